// Lexicon of known names (grammar/lexicon.hpp): the longest name that ends at
// a word boundary, lower-case variants of names of several words, the first
// entry of a form kept, and the registry's own lexicon on its own names. And
// the phrase table it is made of (grammar/phrase_table.hpp): the walk from
// word boundary to word boundary, and every phrase a text starts with.
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

/// The lengths at which a walk from `at` stands, one word boundary after another.
std::vector<std::size_t> boundaries(std::string_view text, std::size_t at = 0) {
  std::vector<std::size_t> lengths;
  for (grammar::PhraseWalk walk(text, at); !walk.done(); walk.next(text.size())) lengths.push_back(walk.length());
  return lengths;
}

/// "value:length" of every phrase of `table` that `text` starts with at `at`.
std::vector<std::string> phrases_at(const grammar::PhraseTable& table, std::string_view text, std::size_t at = 0) {
  std::vector<std::string> found;
  table.for_each_at(grammar::PhraseWalk(text, at), [&](std::size_t length, std::uint32_t value) {
    found.push_back(std::to_string(value) + ":" + std::to_string(length));
  });
  return found;
}

}  // namespace

TEST_CASE("phrase walk: from word boundary to word boundary", "[grammar][lexicon]") {
  using Lengths = std::vector<std::size_t>;
  CHECK(boundaries("Haut-Commissariat des Nations") == Lengths{4, 17, 21, 29});
  CHECK(boundaries("ONU2, et") == Lengths{4, 5, 8});         // a digit goes on with the word
  CHECK(boundaries("Comité économique") == Lengths{7, 19});  // so do accented letters
  CHECK(boundaries("d'autres (résolutions)") == Lengths{1, 8, 9, 22, 23});
  CHECK(boundaries("la Colombie", 3) == Lengths{8});
  CHECK(boundaries("") == Lengths{});
  CHECK(boundaries("ONU", 3) == Lengths{});
  // The same hash, walked or whole.
  grammar::PhraseWalk walk("Conseil de sécurité", 0);
  walk.next(100);
  CHECK(walk.read() == "Conseil de");
  CHECK(walk.hash() == grammar::PhraseWalk::hash_of("Conseil de"));
  // A walk goes no further than it is told.
  walk.next(12);
  CHECK(walk.done());
}

TEST_CASE("phrase table: every phrase the text starts with, shortest first", "[grammar][lexicon]") {
  grammar::PhraseTable table;
  table.value("de la résolution") = 1;
  table.value("de") = 2;
  table.value("vol.") = 3;
  CHECK(table.value("de") == 2);                                  // there already: its value
  CHECK(table.value("de la") == grammar::PhraseTable::no_value);  // a prefix is no phrase of its own
  CHECK(phrases_at(table, "de la résolution 72/1") == std::vector<std::string>{"2:2", "1:17"});
  CHECK(phrases_at(table, "de la résolutions") == std::vector<std::string>{"2:2"});  // ends inside a word
  CHECK(phrases_at(table, "de la") == std::vector<std::string>{"2:2"});
  CHECK(phrases_at(table, "des") == std::vector<std::string>{});
  CHECK(phrases_at(table, "vol. 2225") == std::vector<std::string>{"3:4"});
  CHECK(phrases_at(table, "le vol. 2225", 3) == std::vector<std::string>{"3:4"});
  CHECK(phrases_at(table, "le vol.", 3) == std::vector<std::string>{"3:4"});
  CHECK(phrases_at(table, "vol") == std::vector<std::string>{});
  // After "de la" only "résolution" goes on: "traite" is not read.
  CHECK(phrases_at(table, "de la traite") == std::vector<std::string>{"2:2"});
  CHECK(phrases_at(table, "de la r") == std::vector<std::string>{"2:2"});
}

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
