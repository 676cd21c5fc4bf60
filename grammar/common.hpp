// Lexical pieces shared by the X3 units of the grammar: letters of French
// UTF-8 text (as X3 rules, and `letter_length` for code outside X3), word
// boundaries, whole-word keywords, month names.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <string_view>

namespace resograph::grammar {

namespace x3 = boost::spirit::x3;

/// A letter: ASCII, or a Latin-1 supplement / Latin Extended-A letter in
/// UTF-8 (é, è, à, ç, œ …). Superscript digits (footnote markers) are not letters.
inline auto const letter = x3::rule<struct letter_class>{"letter"} = x3::ascii::alpha |
                                                                     (x3::char_('\xC3') >> x3::char_('\x80', '\xBF')) |
                                                                     (x3::char_('\xC5') >> x3::char_('\x80', '\xBF'));

/// The same letter outside X3: its length in bytes at `at` in `text` (1 or
/// 2), or 0 when no letter starts there.
inline std::size_t letter_length(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 1;
  if ((c == 0xC3 || c == 0xC5) && at + 1 < text.size() && (static_cast<unsigned char>(text[at + 1]) & 0xC0) == 0x80) {
    return 2;
  }
  return 0;
}

/// The end of a word: no letter or digit follows.
inline auto const word_end = !(letter | x3::ascii::digit);

/// A whole word or phrase: `kw("résolution")` does not match "résolutions".
inline auto kw(char const* word) { return x3::lexeme[x3::lit(word) >> word_end]; }

/// Month names, to their number.
struct months_table : x3::symbols<unsigned> {
  months_table() {
    add("janvier", 1)("février", 2)("mars", 3)("avril", 4)("mai", 5)("juin", 6)("juillet", 7)("août", 8)(
        "septembre", 9)("octobre", 10)("novembre", 11)("décembre", 12);
  }
};
inline months_table const months;

}  // namespace resograph::grammar
