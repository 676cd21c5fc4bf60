// The keyword tables of the grammar other than verbs (verbs.hpp has those):
// determiners of a cited act, the nouns "résolution" and "décision",
// relative pronouns, auxiliaries of past verbs, participles of adoption and
// head nouns of names. Each is an X3 symbol table (it takes the longest entry
// that matches) used by the rules of citation_def.hpp and clause_def.hpp;
// the token gate (token_start.hpp) reads them for the words a token may open
// with. Adding a keyword is adding it to its list in keywords.cpp.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <initializer_list>

namespace resograph::grammar {

namespace x3 = boost::spirit::x3;

/// A list of words or phrases, matched as written.
struct keyword_table : x3::symbols<x3::unused_type> {
  keyword_table(std::initializer_list<const char*> keywords);
};

/// "sa", "ses", "les autres", "dans la", "à ses" … before "résolution".
keyword_table const& determiners();
/// "résolution", "Résolution", "décision", "Décision" (a plural adds "s").
keyword_table const& act_nouns();
/// "qui", "dont", "dans laquelle", "à l'annexe de laquelle" …
keyword_table const& relatives();
/// "a", "ont", "avait", "s'est" … before a past participle.
keyword_table const& auxiliaries();
/// "adopté", "adoptée", "adoptés", "adoptées".
keyword_table const& adoption_participles();
/// Head nouns of names: "Convention", "Plan d'action", "Comité" …
keyword_table const& name_heads();

}  // namespace resograph::grammar
