// The verb lexicon of the recital grammar: French verbs (participles of the
// preamble, presents of the operative part, adjectives, past participles of
// what a cited act did) with the relation each states. One line a verb:
// adding a verb is adding a line here. Tables feed the generic clause rules
// of clause_def.hpp; capitalised and lower-case forms are both registered.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "ast.hpp"

namespace resograph::grammar {

namespace x3 = boost::spirit::x3;

/// Verbs that open a paragraph or a coordinated clause, by relation.
struct opening_verbs_table : x3::symbols<ast::Relation> {
  opening_verbs_table();
};

/// Adverbs and adverbial phrases that may follow a verb ("également", "de nouveau").
struct adverbs_table : x3::symbols<x3::unused_type> {
  adverbs_table();
};

/// Past participles of what a cited act or its author did ("a souscrit à").
struct past_verbs_table : x3::symbols<ast::Relation> {
  past_verbs_table();
};

opening_verbs_table const& opening_verbs();
adverbs_table const& adverbs();
past_verbs_table const& past_verbs();

/// "Prie instamment" urges where "Prie" requests: the adverb decides.
ast::Relation refine_relation(ast::Relation relation, std::string_view verb_text);

}  // namespace resograph::grammar
