// Grammar unit "clause" (grammar/clause.hpp) and the verb lexicon
// (grammar/verbs.hpp): every verb of the VOCABULARY.md table with its
// relation, adverbs, verbs of cited acts, relative pronouns, "adoptée par",
// names by head noun, "Ibid." and "annexe".
#include <catch2/catch.hpp>

#include "support/parse.hpp"
#include "verbs.hpp"

using namespace resograph;
using namespace resograph::test;
using ast::Relation;

namespace {

/// The relation the verb rule gives for `text`, the adverbs refining it ("Prie instamment").
Relation relation_of(const std::string& text) {
  ast::Verb verb;
  std::size_t consumed = 0;
  INFO("verb \"" << text << "\"");
  const bool ok = run_rule(text, grammar::verb(), verb, consumed);
  CHECK(ok);
  CHECK(consumed == text.size());
  return grammar::refine_relation(verb.relation, verb.adverbs);
}

struct VerbCase {
  const char* text;
  Relation relation;
};

}  // namespace

TEST_CASE("verb: every verb of the VOCABULARY table states its relation", "[grammar][clause]") {
  const std::vector<VerbCase> table = {
      {"Rappelant", Relation::recalls},
      {"Rappelle", Relation::recalls},
      {"Réaffirmant", Relation::reaffirms},
      {"Réaffirme", Relation::reaffirms},
      {"Prenant note", Relation::takes_note_of},
      {"Prend note", Relation::takes_note_of},
      {"Prenant acte", Relation::takes_note_of},
      {"Prend acte", Relation::takes_note_of},
      {"Notant", Relation::takes_note_of},
      {"Note", Relation::takes_note_of},
      {"Se félicitant", Relation::welcomes},
      {"Se félicite", Relation::welcomes},
      {"Saluant", Relation::welcomes},
      {"Salue", Relation::welcomes},
      {"Accueillant avec satisfaction", Relation::welcomes},
      {"Accueille avec satisfaction", Relation::welcomes},
      {"Faisant sienne", Relation::endorses},
      {"Fait sienne", Relation::endorses},
      {"Souscrivant", Relation::endorses},
      {"Souscrit", Relation::endorses},
      {"Approuvant", Relation::endorses},
      {"Approuve", Relation::endorses},
      {"Entérine", Relation::endorses},
      {"Adopte", Relation::endorses},
      {"Ayant à l'esprit", Relation::bears_in_mind},
      {"Gardant à l'esprit", Relation::bears_in_mind},
      {"Tenant compte", Relation::bears_in_mind},
      {"Ayant examiné", Relation::bears_in_mind},
      {"Prie", Relation::requests},
      {"Demande", Relation::requests},
      {"Charge", Relation::requests},
      {"Exhorte", Relation::urges},
      {"Prie instamment", Relation::urges},
      {"Demande instamment", Relation::urges},
      {"Engage", Relation::urges},
      {"Engage vivement", Relation::urges},
      {"Invite", Relation::invites},
      {"Encourage", Relation::encourages},
      {"Encourage vivement", Relation::encourages},
      // Any other verb: mentions.
      {"Soulignant", Relation::mentions},
      {"Considérant", Relation::mentions},
      {"Consciente", Relation::mentions},
      {"Sachant", Relation::mentions},
      {"Condamnant", Relation::mentions},
      {"Décide", Relation::mentions},
      {"Souligne", Relation::mentions},
  };
  for (const VerbCase& c : table) {
    INFO(c.text);
    CHECK(relation_name(relation_of(c.text)) == relation_name(c.relation));
  }
}

TEST_CASE("verb: lower-case forms open coordinated clauses", "[grammar][clause]") {
  CHECK(relation_of("rappelant") == Relation::recalls);
  CHECK(relation_of("réaffirme") == Relation::reaffirms);
  CHECK(relation_of("prend note") == Relation::takes_note_of);
  CHECK(relation_of("se félicite") == Relation::welcomes);
  CHECK(relation_of("invite") == Relation::invites);
  CHECK(relation_of("prie instamment") == Relation::urges);
}

TEST_CASE("verb: adverbs follow the verb and do not change its relation", "[grammar][clause]") {
  parse_ok("Rappelant également", grammar::verb(), expect::verb(Relation::recalls, " également"));
  parse_ok("Rappelle en outre", grammar::verb(), expect::verb(Relation::recalls, " en outre"));
  parse_ok("Réaffirmant de nouveau", grammar::verb(), expect::verb(Relation::reaffirms, " de nouveau"));
  parse_ok("Prend note avec satisfaction", grammar::verb(),
           expect::verb(Relation::takes_note_of, " avec satisfaction"));
  parse_ok("Condamnant de nouveau énergiquement", grammar::verb(), expect::verb(Relation::mentions));
  parse_ok("Encourage également", grammar::verb(), expect::verb(Relation::encourages, " également"));
  parse_ok("Consciente", grammar::verb(), expect::verb(Relation::mentions));
  parse_prefix("Rappelant sa résolution", grammar::verb(), expect::verb(Relation::recalls), "Rappelant");
  parse_prefix("Invite de nouveau les gouvernements", grammar::verb(), expect::verb(Relation::invites, " de nouveau"),
               "Invite de nouveau");
}

TEST_CASE("verb: 'Prie instamment' urges, through refine_relation too", "[grammar][clause]") {
  CHECK(relation_of("Prie instamment") == Relation::urges);
  CHECK(relation_of("Prie également instamment") == Relation::urges);
  CHECK(relation_of("Demande de nouveau instamment") == Relation::urges);
  CHECK(relation_of("Prie de nouveau") == Relation::requests);
  CHECK(grammar::refine_relation(Relation::requests, " instamment") == Relation::urges);
  CHECK(grammar::refine_relation(Relation::requests, " également") == Relation::requests);
  CHECK(grammar::refine_relation(Relation::invites, " instamment") == Relation::invites);
}

TEST_CASE("verb: words that are no verb of the lexicon", "[grammar][clause]") {
  parse_fails("Rappel", grammar::verb());
  parse_fails("Rappelons", grammar::verb());
  parse_fails("Convention", grammar::verb());
  parse_fails("Notamment", grammar::verb());
  parse_fails("résolution", grammar::verb());
}

TEST_CASE("past_verb: what a cited act did", "[grammar][clause]") {
  parse_ok("a souscrit", grammar::past_verb(), expect::past("a", Relation::endorses));
  parse_ok("ont demandé", grammar::past_verb(), expect::past("ont", Relation::requests));
  parse_ok("a réaffirmé", grammar::past_verb(), expect::past("a", Relation::reaffirms));
  parse_ok("a encouragé", grammar::past_verb(), expect::past("a", Relation::encourages));
  parse_ok("a adopté", grammar::past_verb(), expect::past("a", Relation::endorses));
  parse_ok("s'est félicitée", grammar::past_verb(), expect::past("s'est", Relation::welcomes));
  parse_ok("a également demandé", grammar::past_verb(), expect::past("a", Relation::requests));
  parse_ok("a décidé", grammar::past_verb(), expect::past("a", Relation::mentions));
  // Coordinated without its auxiliary: "… a demandé … et invité …".
  parse_ok("invité", grammar::past_verb(), expect::past("", Relation::invites));
  parse_ok("demandé instamment", grammar::past_verb(), expect::past("", Relation::urges));
  parse_prefix("a souscrit à la Déclaration", grammar::past_verb(), expect::past("a", Relation::endorses),
               "a souscrit");
  parse_fails("a", grammar::past_verb());
  parse_fails("souscrire", grammar::past_verb());
  parse_fails("et invité", grammar::past_verb());  // "et" is left to the finder
}

TEST_CASE("relative: relative pronouns and their number", "[grammar][clause]") {
  parse_ok("dans laquelle", grammar::relative(), expect::relative("dans laquelle"));
  parse_ok("dans lesquelles", grammar::relative(), expect::relative("dans lesquelles"));
  parse_ok("qui", grammar::relative(), expect::relative("qui"));
  parse_ok("que", grammar::relative(), expect::relative("que"));
  parse_ok("à l'annexe de laquelle", grammar::relative(), expect::relative("à l'annexe de laquelle"));
  parse_ok("par laquelle", grammar::relative(), expect::relative("par laquelle"));
  parse_prefix("qu'elle a adopté", grammar::relative(), expect::relative("qu'"), "qu'");
  parse_fails("quinze", grammar::relative());
  parse_fails("quiconque", grammar::relative());
  CHECK(expect::relative("dans lesquelles").plural());
  CHECK_FALSE(expect::relative("dans laquelle").plural());
  CHECK_FALSE(expect::relative("qui").plural());
}

TEST_CASE("adopted_by: the participle that names who adopted", "[grammar][clause]") {
  parse_ok("adoptée", grammar::adopted_by(), expect::adopted_by("adoptée"));
  parse_ok("adoptées", grammar::adopted_by(), expect::adopted_by("adoptées"));
  parse_prefix("adoptée par le quatorzième Congrès", grammar::adopted_by(), expect::adopted_by("adoptée"), "adoptée");
  parse_fails("adoption", grammar::adopted_by());
  parse_fails("adopter", grammar::adopted_by());
}

TEST_CASE("name: instruments and bodies by their head noun", "[grammar][clause]") {
  parse_ok("Convention relative aux droits de l'enfant", grammar::name(),
           expect::name("Convention", " relative aux droits de l'enfant"));
  parse_prefix("Déclaration de Kyoto visant à faire progresser, qui", grammar::name(),
               expect::name("Déclaration", " de Kyoto visant à faire progresser"),
               "Déclaration de Kyoto visant à faire progresser");
  parse_prefix("Groupe interinstitutions de coordination contre la traite des personnes dans", grammar::name(),
               expect::name("Groupe", " interinstitutions de coordination contre la traite des personnes"),
               "Groupe interinstitutions de coordination contre la traite des personnes");
  parse_ok("Convention de 1930 sur le travail forcé (no 29)", grammar::name(),
           expect::name("Convention", " de 1930 sur le travail forcé (no 29)"));
  parse_ok("Plan d'action", grammar::name(), expect::name("Plan d'action", ""));
  parse_fails("Conventionnel", grammar::name());
  parse_fails("convention", grammar::name());
  CHECK(grammar::is_body_head("Groupe"));
  CHECK(grammar::is_body_head("Office"));
  CHECK_FALSE(grammar::is_body_head("Convention"));
  CHECK_FALSE(grammar::is_body_head("Plan d'action"));
  CHECK_FALSE(grammar::is_body_head("Lignes directrices"));
}

TEST_CASE("name: an ILO convention number '(n° 182)' is part of the name", "[grammar][clause]") {
  // name_word accepts "(n° 182)", but char_("\u00B0o") is a set of bytes and "°" is two bytes.
  parse_ok("Convention de 1999 sur les pires formes de travail des enfants (n° 182)", grammar::name(),
           expect::name("Convention", " de 1999 sur les pires formes de travail des enfants (n° 182)"));
}

TEST_CASE("ibid and annex: footnote words", "[grammar][clause]") {
  ast::Ibid ibid;
  std::size_t consumed = 0;
  CHECK(run_rule(std::string("Ibid., vol. 2237"), grammar::ibid(), ibid, consumed));
  CHECK(consumed == 5);
  CHECK(run_rule(std::string("ibid."), grammar::ibid(), ibid, consumed));
  CHECK(consumed == 5);
  CHECK_FALSE(run_rule(std::string("Id., vol. 2237"), grammar::ibid(), ibid, consumed));
  ast::Annex annex;
  CHECK(run_rule(std::string("annexe."), grammar::annex(), annex, consumed));
  CHECK(consumed == 6);
  CHECK_FALSE(run_rule(std::string("annexes"), grammar::annex(), annex, consumed));
  CHECK_FALSE(run_rule(std::string("annexé"), grammar::annex(), annex, consumed));
}
