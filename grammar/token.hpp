// Grammar unit "token": one alternative over the rules of the citation and
// clause units, in priority order. Takes normalised text at a word start;
// gives one ast::Token. The finder runs the alternatives one by one, only
// those the token gate (token_start.hpp) lets through, in the same order: the
// rule is what it must agree with (tests/grammar/test_token_start.cpp).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <cstddef>

#include "ast.hpp"

namespace resograph::grammar {

namespace x3 = boost::spirit::x3;

namespace parser {
struct token_class;
using token_type = x3::rule<token_class, ast::Token>;
BOOST_SPIRIT_DECLARE(token_type)
}  // namespace parser

using parser::token_type;
token_type const& token();

/// The alternatives of the token rule, in its order (token_def.hpp).
enum class TokenRule : unsigned {
  title,
  marker,
  doc_symbol,
  act_noun,
  act_number,
  date,
  treaty_series,
  ibid,
  annex,
  relative,
  adopted_by,
  past_verb,
  verb,
  name,
};
inline constexpr std::size_t token_rule_count = 14;

}  // namespace resograph::grammar
