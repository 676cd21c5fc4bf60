// Token gate (grammar/token_start.hpp): it must never turn away a start where
// the X3 token rule matches, and it should turn away the common words that
// open nothing. Soundness is checked at every byte of every block of the
// corpus and at every keyword of the grammar's tables, each in a sentence.
#include <catch2/catch.hpp>

#include "keywords.hpp"
#include "support/fixtures.hpp"
#include "support/parse.hpp"
#include "token.hpp"
#include "token_start.hpp"
#include "verbs.hpp"

using namespace resograph;
using namespace resograph::test;

namespace {

bool rule_matches_at(const std::string& text, std::size_t at) {
  ast::Token token;
  std::size_t consumed = 0;
  return run_rule(text.substr(at), grammar::token(), token, consumed);
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The starts in `text` where the rule matches but the gate says no.
std::vector<std::string> turned_away(const std::string& text) {
  std::vector<std::string> missed;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (is_continuation(text[at])) continue;
    if (rule_matches_at(text, at) && !grammar::token_starts().may_open(text, at)) {
      missed.push_back(text.substr(at, 40));
    }
  }
  return missed;
}

template <class Table>
std::vector<std::string> keywords_of(const Table& table) {
  std::vector<std::string> keywords;
  table.for_each([&](const std::string& keyword, const auto&) { keywords.push_back(keyword); });
  return keywords;
}

}  // namespace

TEST_CASE("token gate: no start where the rule matches is turned away, in the whole corpus", "[grammar][token_start]") {
  std::size_t starts = 0;
  for (const std::string& stem : corpus_stems) {
    ReadResult read = read_source(corpus_path(stem));
    REQUIRE(read.file.has_value());
    for (const Block& block : normalise(*read.file)) {
      const std::string& text = block.text.text();
      INFO(stem << ": " << text.substr(0, 80));
      CHECK(turned_away(text).empty());
      starts += text.size();
    }
  }
  CHECK(starts > 100000);
}

TEST_CASE("token gate: every keyword of the grammar's tables opens a token", "[grammar][token_start]") {
  std::vector<std::string> keywords;
  for (const auto& table :
       {keywords_of(grammar::opening_verbs()), keywords_of(grammar::adverbs()), keywords_of(grammar::past_verbs()),
        keywords_of(grammar::determiners()), keywords_of(grammar::act_nouns()), keywords_of(grammar::relatives()),
        keywords_of(grammar::auxiliaries()), keywords_of(grammar::adoption_participles()),
        keywords_of(grammar::name_heads())}) {
    keywords.insert(keywords.end(), table.begin(), table.end());
  }
  REQUIRE(keywords.size() > 300);
  for (const std::string& keyword : keywords) {
    // In a sentence, so that the rules that need what follows can match.
    for (const std::string& text : {keyword + " résolution 72/1", keyword + " par la résolution 72/1",
                                    keyword + " note du rapport", keyword + "s, adoptée"}) {
      INFO(text);
      CHECK(turned_away(text).empty());
    }
  }
}

TEST_CASE("token gate: the literal starts of the rules", "[grammar][token_start]") {
  for (const std::string text :
       {"Ibid., vol. 2225, n° 39574.", "ibid.", "annexe I", "S-8/1", "ES-10/1", "A/RES/78/1", "E/CN.15/2018/L.3",
        "CEDAW/C/GC/38", "« Le titre »", "¹²", "*", "27 septembre 2017", "1er décembre 1950", "415 (V)",
        "qu'elle a adoptée", "Résolutions 72/1 et 72/2", "les décisions", "Haut-Commissariat des Nations Unies"}) {
    INFO(text);
    CHECK(turned_away(text).empty());
    CHECK(grammar::token_starts().may_open(text, 0));
  }
}

TEST_CASE("token gate: words that open no token are turned away", "[grammar][token_start]") {
  const std::string text = "de la traite des personnes et pour les victimes, États, Membres, ONU";
  const auto& starts = grammar::token_starts();
  CHECK_FALSE(starts.may_open(text, text.find("traite")));
  CHECK_FALSE(starts.may_open(text, text.find("personnes")));
  CHECK_FALSE(starts.may_open(text, text.find("et ")));
  CHECK_FALSE(starts.may_open(text, text.find("victimes")));
  CHECK_FALSE(starts.may_open(text, text.find("États")));
  CHECK_FALSE(starts.may_open(text, text.find("ONU")));  // upper case, but no '/' follows
  // Punctuation opens nothing; digits, '*', '«' and superscripts may.
  for (const std::string other : {",", ";", ".", "(", ")", "'", "\u2019", "-", "\u2013", "\u00BB"}) {
    INFO(other);
    CHECK_FALSE(starts.may_open(other + " 72/1", 0));
  }
  for (const std::string opener : {"7", "*", "\u00AB", "\u00B9", "\u2074", "\u2070"}) {
    INFO(opener);
    CHECK(starts.may_open(opener, 0));
  }
  // Determiners may open "la résolution": they go through.
  CHECK(starts.may_open(text, 0));
  CHECK(starts.may_open(text, text.find("la ")));
}
