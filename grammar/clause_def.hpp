// Rules of the grammar unit "clause" (see clause.hpp).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

#include "ast.hpp"
#include "ast_adapted.hpp"
#include "clause.hpp"
#include "common.hpp"
#include "keywords.hpp"
#include "verbs.hpp"

namespace resograph::grammar {

namespace parser {

using x3::char_;
using x3::lexeme;
using x3::lit;
using x3::raw;

///////////////////////////////////////////////////////////////////////////
// Rule IDs
///////////////////////////////////////////////////////////////////////////
struct name_word_class;

///////////////////////////////////////////////////////////////////////////
// Rules
///////////////////////////////////////////////////////////////////////////
verb_type const verb = "verb";
past_verb_type const past_verb = "verb of a cited act";
relative_type const relative = "relative pronoun";
adopted_by_type const adopted_by = "adopted by";
name_type const name = "name";
ibid_type const ibid = "Ibid.";
annex_type const annex = "annex";

x3::rule<name_word_class> const name_word = "word of a name";

///////////////////////////////////////////////////////////////////////////
// Grammar
///////////////////////////////////////////////////////////////////////////

// "Rappelant également", "Prie instamment", "Consciente".
auto const adverb = lexeme[adverbs() >> word_end];
auto const verb_def = lexeme[opening_verbs() >> word_end >> raw[*(' ' >> adverb)]];

// "elle a souscrit à", "l'Assemblée a demandé", "ont été invités", "et invité".
auto const auxiliary = lexeme[auxiliaries() >> word_end];
auto const omit_adverbs = x3::omit[*(adverb >> ' ')];
auto const past_verb_def = lexeme[-(raw[auxiliary] >> ' ') >> omit_adverbs >> past_verbs() >> word_end];

// "qui", "dans laquelle", "à l'annexe de laquelle", ", que".
auto const relative_def = lexeme[raw[(relatives() >> word_end) | lit("qu'")]];

// "adoptée par", "adoptées le 16 juillet 2020 par".
auto const adopted_by_def = lexeme[raw[adoption_participles()] >> word_end];

// Words that end a name: relative pronouns, participles, conjunctions.
struct name_stops_table : x3::symbols<x3::unused_type> {
  // clang-format off
  name_stops_table() {
    for (const char* stop :
         {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "ainsi", "notamment",
          "y", "ou", "ni", "mais", "adopté", "adoptée", "adoptés", "adoptées", "contenu", "contenue", "contenus",
          "contenues", "figurant", "annexé", "annexée", "approuvé", "approuvée", "tenu", "tenue", "tenus", "tenues",
          "établi", "établie", "dans", "par", "avec", "selon", "afin", "entre", "est", "sont", "a", "ont", "se",
          "s'", "conformément", "compte", "agissant", "en", "telle", "tel", "tels", "telles", "aux fins", "lors",
          "concernant", "pour la période", "et", "soit", "sera", "seront", "serait", "seraient", "avait",
          "avaient", "doit", "doivent", "peut", "peuvent", "ne", "n'", "lui-même", "elle-même", "cette", "ces",
          "ce", "son", "sa", "ses", "leur", "leurs", "fait", "font", "se", "qu'il", "qu'elle", "sous", "vers",
          "lors", "depuis", "après", "avant", "pendant", "durant", "chargé", "chargée", "composant", "mené",
          "menée", "menées", "menés", "prise", "pris", "accomplis", "accompli", "déploie", "assure", "contient",
          "intitulé", "intitulée", "intitulés", "intitulées", "portant", "relevant", "travaillant", "visé",
          "visée", "visées", "visés", "mentionné", "mentionnée", "mentionnées", "mentionnés"}) {
      // clang-format on
      add(stop);
    }
  }
};
inline name_stops_table const name_stops;

auto const word = +(letter | x3::ascii::digit | char_("'-"));
auto const name_word_def = (!(name_stops >> (word_end | &lit(' '))) >> word) |
                           (lit("(n") >> (lit("\u00B0") | 'o') >> ' ' >> +x3::ascii::digit >> ')');
// Names by their head noun: "Convention relative aux droits de l'enfant".
auto const name_def = lexeme[raw[name_heads() >> word_end] >> raw[*(' ' >> name_word)]];

auto const ibid_def = lexeme[(lit("Ibid") | "ibid") >> word_end >> -lit('.')] >> x3::attr(ast::Ibid{});
auto const annex_def = lexeme[lit("annexe") >> word_end] >> x3::attr(ast::Annex{});

BOOST_SPIRIT_DEFINE(verb, past_verb, relative, adopted_by, name, ibid, annex, name_word)

///////////////////////////////////////////////////////////////////////////
// Annotation: each node records its position in the paragraph.
///////////////////////////////////////////////////////////////////////////
struct verb_class : x3::annotate_on_success {};
struct past_verb_class : x3::annotate_on_success {};
struct relative_class : x3::annotate_on_success {};
struct adopted_by_class : x3::annotate_on_success {};
struct name_class : x3::annotate_on_success {};
struct ibid_class : x3::annotate_on_success {};
struct annex_class : x3::annotate_on_success {};

}  // namespace parser

verb_type const& verb() { return parser::verb; }
past_verb_type const& past_verb() { return parser::past_verb; }
relative_type const& relative() { return parser::relative; }
adopted_by_type const& adopted_by() { return parser::adopted_by; }
name_type const& name() { return parser::name; }
ibid_type const& ibid() { return parser::ibid; }
annex_type const& annex() { return parser::annex; }

}  // namespace resograph::grammar
