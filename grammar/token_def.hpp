// Rules of the grammar unit "token" (see token.hpp).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "ast.hpp"
#include "ast_adapted.hpp"
#include "citation.hpp"
#include "clause.hpp"
#include "token.hpp"

namespace resograph::grammar {

namespace parser {

token_type const token = "token";

// Titles and markers first (they contain anything), then citations, then the
// words of clauses; names by head noun last. (TokenRule, token.hpp, names
// them in this order.)
auto const token_def = grammar::title() | grammar::marker() | grammar::doc_symbol() | grammar::act_noun() |
                       grammar::act_number() | grammar::date() | grammar::treaty_series() | grammar::ibid() |
                       grammar::annex() | grammar::relative() | grammar::adopted_by() | grammar::past_verb() |
                       grammar::verb() | grammar::name();

BOOST_SPIRIT_DEFINE(token)

}  // namespace parser

token_type const& token() { return parser::token; }

}  // namespace resograph::grammar
