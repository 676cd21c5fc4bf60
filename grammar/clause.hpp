// Grammar unit "clause": the X3 rules that recognise how a paragraph speaks
// — its verbs (from the verb lexicon), what cited acts did ("elle a souscrit
// à"), relative pronouns, "adoptée par", names of instruments and bodies by
// their head noun, and the footnote words "Ibid." and "annexe". Takes
// normalised text at a word start; gives AST nodes.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "ast.hpp"

namespace resograph::grammar {

namespace x3 = boost::spirit::x3;

namespace parser {

struct verb_class;
struct past_verb_class;
struct relative_class;
struct adopted_by_class;
struct name_class;
struct ibid_class;
struct annex_class;

using verb_type = x3::rule<verb_class, ast::Verb>;
using past_verb_type = x3::rule<past_verb_class, ast::PastVerb>;
using relative_type = x3::rule<relative_class, ast::Relative>;
using adopted_by_type = x3::rule<adopted_by_class, ast::AdoptedBy>;
using name_type = x3::rule<name_class, ast::Name>;
using ibid_type = x3::rule<ibid_class, ast::Ibid>;
using annex_type = x3::rule<annex_class, ast::Annex>;

BOOST_SPIRIT_DECLARE(verb_type, past_verb_type, relative_type, adopted_by_type, name_type, ibid_type, annex_type)

}  // namespace parser

using parser::adopted_by_type;
using parser::annex_type;
using parser::ibid_type;
using parser::name_type;
using parser::past_verb_type;
using parser::relative_type;
using parser::verb_type;

verb_type const& verb();
past_verb_type const& past_verb();
relative_type const& relative();
adopted_by_type const& adopted_by();
name_type const& name();
ibid_type const& ibid();
annex_type const& annex();

/// Whether a name's head noun names a body ("Groupe", "Office") rather than an
/// instrument ("Convention", "Plan d'action").
bool is_body_head(std::string_view head);

}  // namespace resograph::grammar
