// Grammar unit "citation": the X3 rules that recognise what a paragraph cites
// — act numbers in every UN numbering, "sa résolution" nouns, dates, UN
// document symbols, titles « … », footnote markers and treaty-series
// references. Takes normalised text at a word start; gives AST nodes.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "ast.hpp"

namespace resograph::grammar {

namespace x3 = boost::spirit::x3;

namespace parser {

struct date_class;
struct act_number_class;
struct act_noun_class;
struct doc_symbol_class;
struct title_class;
struct marker_class;
struct treaty_series_class;

using date_type = x3::rule<date_class, ast::Date>;
using act_number_type = x3::rule<act_number_class, ast::ActNumber>;
using act_noun_type = x3::rule<act_noun_class, ast::ActNoun>;
using doc_symbol_type = x3::rule<doc_symbol_class, ast::DocSymbol>;
using title_type = x3::rule<title_class, ast::Title>;
using marker_type = x3::rule<marker_class, ast::Marker>;
using treaty_series_type = x3::rule<treaty_series_class, ast::TreatySeries>;

BOOST_SPIRIT_DECLARE(date_type, act_number_type, act_noun_type, doc_symbol_type, title_type, marker_type,
                     treaty_series_type)

}  // namespace parser

using parser::act_noun_type;
using parser::act_number_type;
using parser::date_type;
using parser::doc_symbol_type;
using parser::marker_type;
using parser::title_type;
using parser::treaty_series_type;

date_type const& date();
act_number_type const& act_number();
act_noun_type const& act_noun();
doc_symbol_type const& doc_symbol();
title_type const& title();
marker_type const& marker();
treaty_series_type const& treaty_series();

}  // namespace resograph::grammar
