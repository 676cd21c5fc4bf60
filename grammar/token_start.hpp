// Find stage, fast path: which alternatives of the X3 token rule
// (token_def.hpp) may match at a word start. Most words of a recital ("les",
// "personnes", "traite") open no token, and trying the fourteen alternatives
// of the rule at each of them was most of the finder's time. The gate answers
// from the first word alone. Of the starts that are not letters, digits
// (act numbers, dates), guillemets (titles) and footnote markers may open a
// token, punctuation none; a word may open the alternatives whose keyword
// tables (verbs.hpp, keywords.hpp) or literals have it as a first word, and a
// document symbol if it is an upper-case series before '/'. Takes a text and
// a word start; gives the alternatives to run there. It never turns away an
// alternative that matches (tests/grammar/test_token_start.cpp).
#pragma once

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "token.hpp"

namespace resograph::grammar {

/// A set of alternatives of the token rule, by TokenRule.
using TokenRules = std::bitset<token_rule_count>;

class TokenStarts {
 public:
  TokenStarts();
  /// The alternatives of the token rule that may match at `at` in `text`.
  TokenRules rules_at(std::string_view text, std::size_t at) const;

 private:
  /// Records the first word of a keyword of an alternative.
  void add(std::string_view keyword, TokenRule rule);

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
  };
  std::unordered_map<std::string, TokenRules, Hash, std::equal_to<>> first_words_;
  std::bitset<1 << 16> first_pairs_;  ///< The first two bytes of every first word.
};

/// The gate of the grammar's token rule, built once.
const TokenStarts& token_starts();

}  // namespace resograph::grammar
