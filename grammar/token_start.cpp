#include "token_start.hpp"

#include <map>
#include <string>
#include <vector>

#include "common.hpp"
#include "keywords.hpp"
#include "verbs.hpp"

namespace resograph::grammar {

namespace {

/// The alternatives a character that is not a letter may open: a digit act
/// numbers and dates, '*' and superscript digits footnote markers, '«'
/// titles; punctuation and other symbols none.
TokenRules rules_of_symbol(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0; };
  const auto just = [](TokenRule rule) { return TokenRules().set(static_cast<std::size_t>(rule)); };
  const unsigned char c = byte(at);
  if (c >= '0' && c <= '9') return just(TokenRule::act_number) | just(TokenRule::date);
  if (c == '*') return just(TokenRule::marker);
  if (c == 0xC2) {
    const unsigned char next = byte(at + 1);
    if (next == 0xAB) return just(TokenRule::title);                                   // «
    if (next == 0xB9 || next == 0xB2 || next == 0xB3) return just(TokenRule::marker);  // ¹ ² ³
  }
  if (c == 0xE2 && byte(at + 1) == 0x81) {  // ⁰ ⁴ … ⁹
    const unsigned char last = byte(at + 2);
    if (last == 0xB0 || (last >= 0xB4 && last <= 0xB9)) return just(TokenRule::marker);
  }
  return {};
}

/// An upper-case series before '/': "A/78/1", "CEDAW/C/GC/38".
bool opens_symbol(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && text[end] >= 'A' && text[end] <= 'Z') ++end;
  return end > at && end < text.size() && text[end] == '/';
}

template <class Table>
std::vector<std::string> keywords_of(const Table& table) {
  std::vector<std::string> keywords;
  table.for_each([&](const std::string& keyword, const auto&) { keywords.push_back(keyword); });
  return keywords;
}

}  // namespace

TokenStarts::TokenStarts() {
  std::map<std::string, TokenRules> openings;
  // A phrase the rule reads whole, a word end after it ("Prie", "la résolution").
  const auto whole = [&](const std::string& phrase, TokenRule rule) {
    openings[phrase].set(static_cast<std::size_t>(rule));
  };
  // A literal the rule reads on from without a word end ("qu'elle", "vol. 2225",
  // "S-8/1"): the walk sees it up to its last word boundary.
  const auto cut = [&](std::string_view literal, TokenRule rule) {
    std::size_t end = literal.size() - 1;
    while (!PhraseWalk::is_boundary(literal, end)) --end;
    whole(std::string(literal.substr(0, end)), rule);
  };
  // The alternatives of token_def.hpp that may open with a letter, with what
  // they open with; the others open with a digit, '«', '*' or a superscript
  // (rules_of_symbol) or with an upper-case series before '/' (opens_symbol).
  for (const std::string& verb : keywords_of(opening_verbs())) whole(verb, TokenRule::verb);
  // [auxiliary ' '] adverb* past verb: an auxiliary opens only before an
  // adverb or a past verb.
  const std::vector<std::string> adverbs = keywords_of(grammar::adverbs());
  const std::vector<std::string> past = keywords_of(past_verbs());
  for (const std::vector<std::string>* next : {&adverbs, &past}) {
    for (const std::string& word : *next) {
      whole(word, TokenRule::past_verb);
      for (const std::string& auxiliary : keywords_of(auxiliaries())) {
        whole(auxiliary + " " + word, TokenRule::past_verb);
      }
    }
  }
  for (const std::string& relative : keywords_of(relatives())) whole(relative, TokenRule::relative);
  cut("qu'", TokenRule::relative);
  for (const std::string& participle : keywords_of(adoption_participles())) whole(participle, TokenRule::adopted_by);
  for (const std::string& head : keywords_of(name_heads())) whole(head, TokenRule::name);
  // [determiner ' '] noun ['s']: a determiner opens only before the noun.
  for (const std::string& noun : keywords_of(act_nouns())) {
    for (const std::string& form : {noun, noun + "s"}) {
      whole(form, TokenRule::act_noun);
      for (const std::string& determiner : keywords_of(determiners())) {
        whole(determiner + " " + form, TokenRule::act_noun);
      }
    }
  }
  whole("Ibid", TokenRule::ibid);
  whole("ibid", TokenRule::ibid);
  whole("annexe", TokenRule::annex);
  cut("vol. ", TokenRule::treaty_series);
  cut("S-", TokenRule::act_number);
  cut("ES-", TokenRule::act_number);
  for (const auto& [phrase, rules] : openings) openings_.value(phrase) = static_cast<std::uint32_t>(rules.to_ulong());
}

TokenRules TokenStarts::rules_at(const PhraseWalk& walk) const {
  const std::string_view text = walk.text();
  const std::size_t at = walk.at();
  if (at >= text.size() || letter_length(text, at) == 0) return rules_of_symbol(text, at);
  TokenRules rules;
  if (opens_symbol(text, at)) rules.set(static_cast<std::size_t>(TokenRule::doc_symbol));
  openings_.for_each_at(walk, [&](std::size_t, std::uint32_t opened) { rules |= TokenRules(opened); });
  return rules;
}

const TokenStarts& token_starts() {
  static const TokenStarts starts;
  return starts;
}

}  // namespace resograph::grammar
