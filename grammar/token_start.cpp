#include "token_start.hpp"

#include <string>

#include "common.hpp"
#include "keywords.hpp"
#include "verbs.hpp"

namespace resograph::grammar {

namespace {

/// The run of letters at `at`: "d" in "d'autres", "Haut" in "Haut-Commissariat".
std::string_view first_word(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size()) {
    const std::size_t length = letter_length(text, end);
    if (length == 0) break;
    end += length;
  }
  return text.substr(at, end - at);
}

std::size_t pair_index(std::string_view word) {
  const auto first = static_cast<unsigned char>(word[0]);
  const auto second = word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0;
  return static_cast<std::size_t>(first) << 8 | second;
}

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

bool is_upper_series(std::string_view word) {
  for (const char c : word) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

TokenStarts::TokenStarts() {
  const auto add_table = [this](const auto& table, TokenRule rule) {
    table.for_each([this, rule](const std::string& keyword, const auto&) { add(keyword, rule); });
  };
  // The alternatives of token_def.hpp that may open with a letter, with what
  // they open with; the others open with a digit, '«', '*' or a superscript
  // (rules_of_symbol) or with an upper-case series before '/' (doc_symbol),
  // which rules_at tells from the text.
  add_table(opening_verbs(), TokenRule::verb);
  add_table(auxiliaries(), TokenRule::past_verb);
  add_table(adverbs(), TokenRule::past_verb);
  add_table(past_verbs(), TokenRule::past_verb);
  add_table(relatives(), TokenRule::relative);
  add("qu'", TokenRule::relative);
  add_table(adoption_participles(), TokenRule::adopted_by);
  add_table(name_heads(), TokenRule::name);
  add_table(determiners(), TokenRule::act_noun);
  act_nouns().for_each([this](const std::string& noun, const auto&) {  // singular or plural
    add(noun, TokenRule::act_noun);
    add(noun + "s", TokenRule::act_noun);
  });
  add("Ibid", TokenRule::ibid);
  add("ibid", TokenRule::ibid);
  add("annexe", TokenRule::annex);
  add("vol. ", TokenRule::treaty_series);
  add("S-", TokenRule::act_number);
  add("ES-", TokenRule::act_number);
}

void TokenStarts::add(std::string_view keyword, TokenRule rule) {
  const std::string_view word = first_word(keyword, 0);
  if (word.empty()) return;
  first_words_[std::string(word)].set(static_cast<std::size_t>(rule));
  first_pairs_.set(pair_index(word));
}

TokenRules TokenStarts::rules_at(std::string_view text, std::size_t at) const {
  const std::string_view word = first_word(text, at);
  if (word.empty()) return rules_of_symbol(text, at);
  TokenRules rules;
  if (at + word.size() < text.size() && text[at + word.size()] == '/' && is_upper_series(word)) {
    rules.set(static_cast<std::size_t>(TokenRule::doc_symbol));
  }
  if (first_pairs_.test(pair_index(word))) {
    if (const auto it = first_words_.find(word); it != first_words_.end()) rules |= it->second;
  }
  return rules;
}

const TokenStarts& token_starts() {
  static const TokenStarts starts;
  return starts;
}

}  // namespace resograph::grammar
