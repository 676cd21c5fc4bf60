// Find stage, fast path: where the X3 token rule (token_def.hpp) may match.
// Most words of a recital ("les", "personnes", "traite") open no token, and
// trying the fourteen alternatives of the rule at each of them is most of the
// finder's time. The gate answers from the first word alone. Of the starts
// that are not letters, digits, guillemets and footnote markers may open a
// token (punctuation opens none); a word may only if it is the first word of
// a keyword the grammar's own tables hold (verbs.hpp, keywords.hpp), of a
// literal of the rules, or an upper-case series before '/' (a document
// symbol). Takes a text and a word start; gives whether to run the rule
// there. It never turns away a start where the rule matches
// (tests/grammar/test_token_start.cpp).
#pragma once

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace resograph::grammar {

class TokenStarts {
 public:
  TokenStarts();
  /// Whether the token rule may match at `at` in `text`.
  bool may_open(std::string_view text, std::size_t at) const;

 private:
  /// Records the first word of a keyword.
  void add(std::string_view keyword);

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> first_words_;
  std::bitset<1 << 16> first_pairs_;  ///< The first two bytes of every first word.
};

/// The gate of the grammar's token rule, built once.
const TokenStarts& token_starts();

}  // namespace resograph::grammar
