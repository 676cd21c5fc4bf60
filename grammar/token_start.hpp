// Find stage, fast path: which alternatives of the X3 token rule
// (token_def.hpp) may match at a word start. Most words of a recital ("les",
// "personnes", "traite") open no token, and trying the fourteen alternatives
// of the rule at each of them was most of the finder's time. Of the starts
// that are not letters, digits (act numbers, dates), guillemets (titles) and
// footnote markers may open a token, punctuation none. A word opens the
// alternatives whose opening phrases the text starts with: the keywords of
// their tables (verbs.hpp, keywords.hpp) and literals, with what must follow
// them ("la" opens an act noun only in "la résolution", "a" a past verb only
// in "a adopté" or "a également"); and a document symbol if it is an
// upper-case series before '/'. Takes a text and a word start; gives the
// alternatives to run there. It never turns away an alternative that
// matches (tests/grammar/test_token_start.cpp).
#pragma once

#include <bitset>
#include <cstddef>
#include <string_view>

#include "phrase_table.hpp"
#include "token.hpp"

namespace resograph::grammar {

/// A set of alternatives of the token rule, by TokenRule.
using TokenRules = std::bitset<token_rule_count>;

class TokenStarts {
 public:
  TokenStarts();
  /// The alternatives of the token rule that may match at `at` in `text`.
  TokenRules rules_at(std::string_view text, std::size_t at) const { return rules_at(PhraseWalk(text, at)); }
  /// The same, on a walk from the word start (the finder's, shared with the lexicon).
  TokenRules rules_at(const PhraseWalk& walk) const;

 private:
  /// The phrases a match of an alternative starts with (up to a word
  /// boundary), each with the alternatives it opens, as TokenRules bits.
  PhraseTable openings_;
};

/// The gate of the grammar's token rule, built once.
const TokenStarts& token_starts();

}  // namespace resograph::grammar
