// Token gate (grammar/token_start.hpp) and the finder's run of the token
// rule's alternatives (grammar/find.hpp, parse_token_at): at every byte of
// every block of the corpus, and at every keyword of the grammar's tables in
// a sentence, they must read what the X3 token rule reads (the same
// alternative, the same length, or nothing). The gate must also turn away the
// common words and the punctuation that open nothing.
#include <catch2/catch.hpp>

#include "find.hpp"
#include "keywords.hpp"
#include "support/fixtures.hpp"
#include "support/parse.hpp"
#include "token.hpp"
#include "token_start.hpp"
#include "verbs.hpp"

using namespace resograph;
using namespace resograph::test;

namespace {

/// "alternative:length" of what the X3 token rule reads at `at`, or "none".
std::string rule_reads(const std::string& text, std::size_t at) {
  ast::Token token;
  std::size_t consumed = 0;
  if (!run_rule(text.substr(at), grammar::token(), token, consumed)) return "none";
  return std::to_string(token.get().which()) + ":" + std::to_string(consumed);
}

/// The same, of the finder's gated run of the alternatives.
std::string finder_reads(const std::string& text, std::size_t at) {
  const auto read = grammar::parse_token_at(text, at);
  if (!read) return "none";
  return std::to_string(read->first.get().which()) + ":" + std::to_string(read->second);
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The starts in `text` where the finder and the rule read differently.
std::vector<std::string> disagreements(const std::string& text) {
  std::vector<std::string> found;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (is_continuation(text[at])) continue;
    const std::string rule = rule_reads(text, at), finder = finder_reads(text, at);
    if (rule != finder) found.push_back(text.substr(at, 40) + " (rule " + rule + ", finder " + finder + ")");
  }
  return found;
}

template <class Table>
std::vector<std::string> keywords_of(const Table& table) {
  std::vector<std::string> keywords;
  table.for_each([&](const std::string& keyword, const auto&) { keywords.push_back(keyword); });
  return keywords;
}

bool opens(std::string_view text, std::size_t at = 0) { return grammar::token_starts().rules_at(text, at).any(); }

}  // namespace

TEST_CASE("token gate: the finder reads what the token rule reads, in the whole corpus", "[grammar][token_start]") {
  std::size_t starts = 0;
  for (const std::string& stem : corpus_stems) {
    ReadResult read = read_source(corpus_path(stem));
    REQUIRE(read.file.has_value());
    for (const Block& block : normalise(*read.file)) {
      const std::string& text = block.text.text();
      INFO(stem << ": " << text.substr(0, 80));
      CHECK(disagreements(text).empty());
      starts += text.size();
    }
  }
  CHECK(starts > 100000);
}

TEST_CASE("token gate: every keyword of the grammar's tables, in a sentence", "[grammar][token_start]") {
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
    // In sentences, so that the rules that need what follows can match.
    for (const std::string& text :
         {keyword + " résolution 72/1", keyword + " par la résolution 72/1", keyword + " note du rapport",
          keyword + "s, adoptée", keyword + " également adopté la résolution 72/1"}) {
      INFO(text);
      CHECK(disagreements(text).empty());
    }
    INFO(keyword);
    // An auxiliary opens a past verb: before one.
    CHECK((opens(keyword + " résolution 72/1") || opens(keyword + " adopté")));
  }
}

TEST_CASE("token gate: the literal starts of the rules", "[grammar][token_start]") {
  for (const std::string text :
       {"Ibid., vol. 2225, n° 39574.", "ibid.", "annexe I", "S-8/1", "ES-10/1", "A/RES/78/1", "E/CN.15/2018/L.3",
        "CEDAW/C/GC/38", "« Le titre »", "¹²", "*", "27 septembre 2017", "1er décembre 1950", "415 (V)",
        "qu'elle a adoptée", "Résolutions 72/1 et 72/2", "les décisions", "Haut-Commissariat des Nations Unies"}) {
    INFO(text);
    CHECK(disagreements(text).empty());
    CHECK(opens(text));
  }
}

TEST_CASE("token gate: words and punctuation that open no token are turned away", "[grammar][token_start]") {
  const std::string text = "de la traite des personnes et pour les victimes, États, Membres, ONU";
  CHECK_FALSE(opens(text, text.find("traite")));
  CHECK_FALSE(opens(text, text.find("personnes")));
  CHECK_FALSE(opens(text, text.find("et ")));
  CHECK_FALSE(opens(text, text.find("victimes")));
  CHECK_FALSE(opens(text, text.find("États")));
  CHECK_FALSE(opens(text, text.find("ONU")));  // upper case, but no '/' follows
  for (const std::string other : {",", ";", ".", "(", ")", "'", "\u2019", "-", "\u2013", "\u00BB"}) {
    INFO(other);
    CHECK_FALSE(opens(other + " 72/1"));
  }
  for (const std::string opener : {"7", "*", "\u00AB", "\u00B9", "\u2074", "\u2070"}) {
    INFO(opener);
    CHECK(opens(opener));
  }
  // A determiner opens only "la résolution" and its kind: one alternative;
  // an auxiliary only a past verb, after it or an adverb.
  CHECK_FALSE(opens(text, text.find("la ")));
  CHECK_FALSE(opens(text, text.find("de ")));
  CHECK_FALSE(opens("a un rôle"));
  CHECK_FALSE(opens("dans la situation"));
  const grammar::TokenRules rules = grammar::token_starts().rules_at("dans la résolution 72/1", 0);
  CHECK(rules.count() == 1);
  CHECK(rules.test(static_cast<std::size_t>(grammar::TokenRule::act_noun)));
  for (const std::string past : {"a adopté", "a également adopté", "ont prié instamment", "également prié"}) {
    INFO(past);
    CHECK(grammar::token_starts().rules_at(past, 0) ==
          grammar::TokenRules().set(static_cast<std::size_t>(grammar::TokenRule::past_verb)));
  }
  // "Prie" opens a verb only; "Convention" a name only.
  CHECK(grammar::token_starts().rules_at("Prie le", 0).count() == 1);
  CHECK(grammar::token_starts()
            .rules_at("Convention relative", 0)
            .test(static_cast<std::size_t>(grammar::TokenRule::name)));
}
