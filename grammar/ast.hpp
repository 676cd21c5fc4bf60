// The AST of the recital grammar: the tokens that the Spirit X3 rules find in
// a paragraph (verbs, act citations, dates, document symbols, titles, footnote
// markers, relative pronouns, names). Plain data, no RDF: the resolve stage
// turns a token sequence into typed relations. Every node is position_tagged,
// and the finder also records the byte range of each token in the paragraph.
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace resograph::ast {

namespace x3 = boost::spirit::x3;

/// The relation a verb states (the VOCABULARY table); `mentions` for any other verb.
enum class Relation : std::uint8_t {
  recalls,
  reaffirms,
  takes_note_of,
  welcomes,
  endorses,
  bears_in_mind,
  requests,
  urges,
  invites,
  encourages,
  mentions,
};

/// Requesting verbs point at the bodies or States they address.
inline bool is_requesting(Relation relation) {
  return relation == Relation::requests || relation == Relation::urges || relation == Relation::invites ||
         relation == Relation::encourages;
}

/// A verb as the act states it: "Rappelant également", "Prie instamment", "Consciente".
struct Verb : x3::position_tagged {
  Relation relation = Relation::mentions;
  std::string adverbs;  ///< What follows the verb proper: " également", " instamment".
};

/// A verb stated by a cited act or a subject of a relative clause:
/// "elle a souscrit à", "ont demandé", "et invité".
struct PastVerb : x3::position_tagged {
  std::string auxiliary;  ///< "a", "ont", "s'est" … or empty in "et invité".
  Relation relation = Relation::mentions;
};

/// A calendar date as written ("27 septembre 2017", "1er décembre 1950").
struct Date : x3::position_tagged {
  unsigned day = 0;
  unsigned month = 0;
  unsigned year = 0;
};

/// The number of a resolution or decision as written, in its parts:
/// "72/1" (base "72/1"), "217 A (III)" (base "217", letters "A", session "III"),
/// "3419 A à D (XXX)" (letters "A-D"), "3411 A et B (XXX)" (letters "A,B"),
/// "S-8/1", "ES-10/2", "2231 (2015)" (session "2015"), "1996/31".
struct ActNumber : x3::position_tagged {
  std::string base;
  std::string letters;
  std::string session;
};

/// "sa résolution", "les résolutions", "la décision", "Résolution".
struct ActNoun : x3::position_tagged {
  std::string determiner;  ///< As written: "sa", "ses", "la", "les", "" …
  std::string noun;        ///< "résolution", "résolutions", "décision", "Décisions" …

  bool decision() const { return noun.find("cision") != std::string::npos; }
  bool plural() const { return !noun.empty() && noun.back() == 's'; }
};

/// A UN document symbol: "A/78/482", "E/CN.15/2018/L.3", "A/73/12 (Part I)".
struct DocSymbol : x3::position_tagged {
  std::string text;
};

/// A title between guillemets: « … ».
struct Title : x3::position_tagged {
  std::string text;
};

/// A footnote marker: ¹², <sup>3</sup>, ^{4} (normalised to superscripts), '*'.
struct Marker : x3::position_tagged {
  std::string digits;  ///< As normalised: "¹²", "*" (superscript_to_ascii gives "12").
};

/// Words that open a relative or subordinate clause: "qui", "dans laquelle",
/// "dans lesquelles", ", que", "où", "à l'annexe de laquelle".
struct Relative : x3::position_tagged {
  std::string text;

  /// "dans lesquelles": the clause is about every act of a list.
  bool plural() const { return text.find("lesquel") != std::string::npos; }
};

/// "adoptée par", "adoptées … par": who adopted what was just named.
struct AdoptedBy : x3::position_tagged {
  std::string text;
};

/// A treaty-series reference of a footnote: "Recueil des Traités, vol. 2225, 2237 et 2241, n° 39574".
struct TreatySeries : x3::position_tagged {
  std::vector<unsigned> volumes;
  unsigned number = 0;
};

/// "Ibid." at the start of a footnote.
struct Ibid : x3::position_tagged {};

/// "annexe" after a citation in a footnote: what the marker names is annexed to it.
struct Annex : x3::position_tagged {};

/// A name of an instrument or body found by its head noun ("Convention de …",
/// "Groupe interinstitutions de coordination …") when the registry lacks it.
struct Name : x3::position_tagged {
  std::string head;  ///< "Convention", "Protocole", "Groupe" …
  std::string tail;  ///< The rest of the name as written, with its leading space.
};

/// A name the lexicon (the registry of bodies, States and instruments) knows:
/// "Office des Nations Unies contre la drogue et le crime", "ONUDC", "Colombie".
struct Known : x3::position_tagged {
  std::uint32_t entry = 0;  ///< Index of the lexicon entry.
  std::string text;
};

/// One token of a paragraph.
struct Token : x3::variant<Verb, PastVerb, ActNoun, ActNumber, Date, DocSymbol, Title, Marker, Relative, AdoptedBy,
                           TreatySeries, Ibid, Annex, Name, Known> {
  using base_type::base_type;
  using base_type::operator=;
};

}  // namespace resograph::ast
