// Fusion adaptation of the AST structs, so the X3 rules can fill them.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(resograph::ast::Verb, relation, adverbs)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::PastVerb, auxiliary, relation)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::Date, day, month, year)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::ActNumber, base, letters, session)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::ActNoun, determiner, noun)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::DocSymbol, text)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::Title, text)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::Marker, digits)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::Relative, text)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::AdoptedBy, text)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::TreatySeries, volumes, number)
BOOST_FUSION_ADAPT_STRUCT(resograph::ast::Name, head, tail)
