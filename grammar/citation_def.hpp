// Rules of the grammar unit "citation" (see citation.hpp).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

#include "ast.hpp"
#include "ast_adapted.hpp"
#include "citation.hpp"
#include "common.hpp"
#include "keywords.hpp"

namespace resograph::grammar {

namespace parser {

using x3::char_;
using x3::lexeme;
using x3::lit;
using x3::raw;
using x3::uint_;

///////////////////////////////////////////////////////////////////////////
// Rule IDs
///////////////////////////////////////////////////////////////////////////
struct letters_class;
struct session_class;
struct symbol_segment_class;

///////////////////////////////////////////////////////////////////////////
// Rules
///////////////////////////////////////////////////////////////////////////
date_type const date = "date";
act_number_type const act_number = "act number";
act_noun_type const act_noun = "resolution or decision";
doc_symbol_type const doc_symbol = "document symbol";
title_type const title = "title";
marker_type const marker = "footnote marker";
treaty_series_type const treaty_series = "treaty-series reference";

x3::rule<letters_class, std::string> const letters = "part letters";
x3::rule<session_class, std::string> const session = "session";
x3::rule<symbol_segment_class, std::string> const symbol_segment = "symbol segment";

///////////////////////////////////////////////////////////////////////////
// Grammar
///////////////////////////////////////////////////////////////////////////
auto const upper = char_('A', 'Z');
auto const digits = +x3::ascii::digit;
auto const roman = +char_("IVXLC");

// "1er", "1^{er}" (normalised "1er") and "27".
auto const day = uint_ >> -lit("er");
auto const date_def = lexeme[day >> ' ' >> months >> word_end >> ' ' >> uint_ >> word_end];

// "A", "A et B", "A à D": kept as "A", "A,B", "A-D".
// A part letter is a word of its own: "A/78/482" after a number is a symbol.
// (Checked before anything is consumed: X3 does not roll back a string attribute.)
auto const letters_def =
    lexeme[!(upper >> '/') >> upper >>
           ((lit(" et ") >> x3::attr(',') >> upper) | (lit(" à ") >> x3::attr('-') >> upper) | x3::eps) >> word_end];
// "(III)", "(2015)".
auto const session_def = lexeme['(' >> (roman | digits) >> ')'];
// An act number has a slash ("72/1", "S-8/1", "1996/31") or a session in
// parentheses ("415 (V)", "217 A (III)", "2231 (2015)").
auto const slash_number = raw[-(lit("ES-") | "S-") >> digits >> '/' >> digits] >> !char_('/') >> word_end;
auto const act_number_def = lexeme[(slash_number >> -(' ' >> letters) >> -(' ' >> session)) |
                                   (raw[digits] >> -(' ' >> letters) >> ' ' >> session)];

// "sa résolution 72/1", "les résolutions", "Décision".
auto const determiner = x3::rule<struct determiner_class, std::string>{"determiner"} = raw[determiners()];
auto const act_noun_def = lexeme[-(determiner >> ' ') >> raw[act_nouns() >> -lit('s')] >> word_end];

// "A/78/482", "E/CN.15/2018/L.3", "CEDAW/C/GC/38", "A/73/12 (Part I)".
auto const symbol_segment_def = lexeme[+x3::ascii::alnum >> *(char_(".-") >> +x3::ascii::alnum)];
auto const series = +upper;
auto const doc_symbol_def = lexeme[raw[series >> '/' >> symbol_segment >> +('/' >> symbol_segment) >>
                                       -(lit(" (") >> (lit("Part") | "Vol.") >> ' ' >> roman >> ')')]] >>
                            word_end;

// « Amélioration de la coordination … »
// The spaces inside the guillemets are not part of the title.
auto const title_end = *lit(' ') >> lit("\u00BB");
auto const title_def = lexeme[lit("\u00AB") >> *lit(' ') >> raw[*(char_ - title_end - "\u00AB")] >> title_end];

// ¹², '*'.
auto const superscript =
    lit("\u2070") | "\u00B9" | "\u00B2" | "\u00B3" | "\u2074" | "\u2075" | "\u2076" | "\u2077" | "\u2078" | "\u2079";
auto const marker_def = lexeme[raw[+superscript | '*']];

// "vol. 2225, n° 39574", "vol. 2225, 2237, 2241 et 2326, n° 39574".
auto const treaty_series_def =
    lexeme[lit("vol. ") >> (uint_ % (lit(", ") | " et ")) >> lit(", n") >> (lit("\u00B0") | "o") >> -lit(' ') >> uint_];

BOOST_SPIRIT_DEFINE(date, act_number, act_noun, doc_symbol, title, marker, treaty_series, letters, session,
                    symbol_segment)

///////////////////////////////////////////////////////////////////////////
// Annotation: each node records its position in the paragraph.
///////////////////////////////////////////////////////////////////////////

struct date_class : x3::annotate_on_success {};
struct act_number_class : x3::annotate_on_success {};
struct act_noun_class : x3::annotate_on_success {};
struct doc_symbol_class : x3::annotate_on_success {};
struct title_class : x3::annotate_on_success {};
struct marker_class : x3::annotate_on_success {};
struct treaty_series_class : x3::annotate_on_success {};

}  // namespace parser

date_type const& date() { return parser::date; }
act_number_type const& act_number() { return parser::act_number; }
act_noun_type const& act_noun() { return parser::act_noun; }
doc_symbol_type const& doc_symbol() { return parser::doc_symbol; }
title_type const& title() { return parser::title; }
marker_type const& marker() { return parser::marker; }
treaty_series_type const& treaty_series() { return parser::treaty_series; }

}  // namespace resograph::grammar
