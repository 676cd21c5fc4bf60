#include "token_start.hpp"

#include <string>

#include "keywords.hpp"
#include "verbs.hpp"

namespace resograph::grammar {

namespace {

/// The length of the letter at `at` (the grammar's `letter` of common.hpp:
/// ASCII, or a two-byte Latin letter with lead byte 0xC3 or 0xC5), or 0.
std::size_t letter_length(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 1;
  if ((c == 0xC3 || c == 0xC5) && at + 1 < text.size() && (static_cast<unsigned char>(text[at + 1]) & 0xC0) == 0x80) {
    return 2;
  }
  return 0;
}

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

/// Whether the character at `at`, not a letter, may open a token: a digit
/// (act numbers, dates), '*' or a superscript digit (footnote markers), or
/// '«' (titles). Punctuation and other symbols open none.
bool may_open_with_symbol(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0; };
  const unsigned char c = byte(at);
  if ((c >= '0' && c <= '9') || c == '*') return true;
  if (c == 0xC2) {  // « ¹ ² ³
    const unsigned char next = byte(at + 1);
    return next == 0xAB || next == 0xB9 || next == 0xB2 || next == 0xB3;
  }
  if (c == 0xE2 && byte(at + 1) == 0x81) {  // ⁰ ⁴ … ⁹
    const unsigned char last = byte(at + 2);
    return last == 0xB0 || (last >= 0xB4 && last <= 0xB9);
  }
  return false;
}

bool is_upper_series(std::string_view word) {
  for (const char c : word) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

TokenStarts::TokenStarts() {
  const auto add_table = [this](const auto& table) {
    table.for_each([this](const std::string& keyword, const auto&) { add(keyword); });
  };
  // One line per alternative of token_def.hpp that may open with a letter;
  // the others open with a digit, '«', '*' or a superscript (date, title,
  // marker, act_number's digits: may_open_with_symbol) or with an upper-case
  // series before '/' (doc_symbol), which may_open tells from the text.
  add_table(opening_verbs());                                          // verb
  add_table(auxiliaries());                                            // past_verb
  add_table(adverbs());                                                // past_verb
  add_table(past_verbs());                                             // past_verb
  add_table(relatives());                                              // relative
  add("qu'");                                                          // relative
  add_table(adoption_participles());                                   // adopted_by
  add_table(name_heads());                                             // name
  add_table(determiners());                                            // act_noun
  act_nouns().for_each([this](const std::string& noun, const auto&) {  // act_noun, singular or plural
    add(noun);
    add(noun + "s");
  });
  for (const char* literal :
       {"Ibid", "ibid", "annexe", "vol. ", "S-", "ES-"}) {  // ibid, annex, treaty_series, act_number
    add(literal);
  }
}

void TokenStarts::add(std::string_view keyword) {
  const std::string_view word = first_word(keyword, 0);
  if (word.empty()) return;
  first_words_.emplace(word);
  first_pairs_.set(pair_index(word));
}

bool TokenStarts::may_open(std::string_view text, std::size_t at) const {
  const std::string_view word = first_word(text, at);
  if (word.empty()) return may_open_with_symbol(text, at);
  if (at + word.size() < text.size() && text[at + word.size()] == '/' && is_upper_series(word)) return true;
  return first_pairs_.test(pair_index(word)) && first_words_.find(word) != first_words_.end();
}

const TokenStarts& token_starts() {
  static const TokenStarts starts;
  return starts;
}

}  // namespace resograph::grammar
