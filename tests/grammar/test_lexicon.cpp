// Lexicon of known names (grammar/lexicon.hpp): the longest name that ends at
// a word boundary, lower-case variants of names of several words, the first
// entry of a form kept, and the registry's own lexicon on its own names.
#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "support/fixtures.hpp"

using namespace resograph;
using namespace resograph::test;

namespace {

grammar::Lexicon small_lexicon() {
  grammar::Lexicon lexicon;
  lexicon.add("ONU", 1);
  lexicon.add("ONUDC", 2);
  lexicon.add("Conseil", 3);
  lexicon.add("Conseil de sécurité", 4);
  lexicon.add("Haut-Commissariat des Nations Unies aux droits de l'homme", 5);
  lexicon.add("Colombie", 6);
  lexicon.add("Colombie", 7);  // a second entry for a form: the first keeps it
  return lexicon;
}

/// "entry:length" of the match at `at`, or "none".
std::string match_at(const grammar::Lexicon& lexicon, std::string_view text, std::size_t at = 0) {
  const auto match = lexicon.match(text, at);
  return match ? std::to_string(match->entry) + ":" + std::to_string(match->length) : "none";
}

}  // namespace

TEST_CASE("lexicon: the longest name that ends at a word boundary", "[grammar][lexicon]") {
  const grammar::Lexicon lexicon = small_lexicon();
  CHECK(match_at(lexicon, "ONUDC, et") == "2:5");
  CHECK(match_at(lexicon, "ONU.") == "1:3");
  CHECK(match_at(lexicon, "ONUSIDA") == "none");  // "ONU" goes on with letters
  CHECK(match_at(lexicon, "ONU2") == "none");     // or digits
  CHECK(match_at(lexicon, "Conseil de sécurité a") == "4:21");
  CHECK(match_at(lexicon, "Conseil de la sécurité") == "3:7");
  CHECK(match_at(lexicon, "Conseil de sécuritéé") == "3:7");  // a letter after the long name: the short one
  CHECK(match_at(lexicon, "Haut-Commissariat des Nations Unies aux droits de l'homme,") == "5:57");
  CHECK(match_at(lexicon, "Haut-Commissariat des Nations") == "none");
  CHECK(match_at(lexicon, "la Colombie", 3) == "6:8");
  CHECK(match_at(lexicon, "Colombie") == "6:8");
  CHECK(match_at(lexicon, "") == "none");
  CHECK(match_at(lexicon, "C") == "none");
}

TEST_CASE("lexicon: names of several words also in lower case", "[grammar][lexicon]") {
  const grammar::Lexicon lexicon = small_lexicon();
  CHECK(match_at(lexicon, "le conseil de sécurité", 3) == "4:21");
  CHECK(match_at(lexicon, "conseil") == "none");  // one word: as written only
  CHECK(match_at(lexicon, "oNU") == "none");
  CHECK(lexicon.size() == 6);  // forms as written, "Colombie" once
}

TEST_CASE("lexicon: every label of the registry is found whole", "[grammar][lexicon]") {
  const grammar::Lexicon& lexicon = resolver().lexicon();
  std::size_t labels = 0;
  for (const RegistryEntry& entry : registry().entries()) {
    if (entry.label_fr.empty()) continue;
    const std::string text = entry.label_fr + ", ";
    const auto match = lexicon.match(text, 0);
    INFO(entry.label_fr);
    REQUIRE(match);
    CHECK(match->length == entry.label_fr.size());
    ++labels;
  }
  CHECK(labels > 100);
}
