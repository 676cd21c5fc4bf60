// Grammar unit "token": one alternative over the rules of the citation and
// clause units, in priority order. Takes normalised text at a word start;
// gives one ast::Token.
#pragma once

#include <boost/spirit/home/x3.hpp>

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

}  // namespace resograph::grammar
