// Find stage: runs the grammar over one paragraph (or footnote) and gives its
// tokens in order, each with its byte range in the paragraph's text. At every
// word start the lexicon of known names is tried first, then the X3 token
// rules of the citation and clause units that the token gate
// (token_start.hpp) lets through, in the token rule's order; words that start
// no token are skipped, so the scan is linear in the text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ast.hpp"
#include "lexicon.hpp"

namespace resograph::grammar {

/// A token and the bytes [begin, end) of the text it was found in.
struct Found {
  ast::Token token;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// Tokens of a paragraph, in order.
std::vector<Found> find_tokens(const std::string& text, const Lexicon& lexicon);

/// The token the finder reads at `at` (the token rule's alternatives that the
/// gate lets through), with its length.
std::optional<std::pair<ast::Token, std::size_t>> parse_token_at(const std::string& text, std::size_t at);
/// A date at the start of `text` ("13 avril 2018").
std::optional<ast::Date> parse_date_at(const std::string& text, std::size_t at = 0);
/// A UN document symbol at `at`, with its length.
std::optional<std::pair<ast::DocSymbol, std::size_t>> parse_symbol_at(const std::string& text, std::size_t at = 0);

}  // namespace resograph::grammar
