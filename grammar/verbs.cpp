#include "verbs.hpp"

#include <initializer_list>
#include <string>
#include <utility>

namespace resograph::grammar {

namespace {

using ast::Relation;

/// The same word with its first letter in lower case ("Réaffirmant" → "réaffirmant").
std::string lower_first(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') {
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  } else if (out.starts_with("\u00C9")) {  // É
    out.replace(0, 2, "\u00E9");
  } else if (out.starts_with("\u00C0")) {  // À
    out.replace(0, 2, "\u00E0");
  }
  return out;
}

template <class Table, class Value>
void add_both_cases(Table& table, std::initializer_list<std::string_view> words, Value value) {
  for (std::string_view word : words) {
    table.add(std::string(word), value);
    table.add(lower_first(word), value);
  }
}

}  // namespace

opening_verbs_table::opening_verbs_table() {
  // The VOCABULARY table.
  add_both_cases(*this, {"Rappelant", "Rappelle", "Rappelle aussi"}, Relation::recalls);
  add_both_cases(*this, {"Réaffirmant", "Réaffirme"}, Relation::reaffirms);
  add_both_cases(*this,
                 {"Prenant note", "Prend note", "Prenant acte", "Prend acte", "Notant", "Note",
                  "Prenant également note", "Prend également note", "Prenant aussi note", "Prend aussi note",
                  "Prenant en outre note", "Prend en outre note", "Prenant également acte", "Prend également acte"},
                 Relation::takes_note_of);
  add_both_cases(*this,
                 {"Se félicitant", "Se félicite", "Saluant", "Salue", "Accueillant avec satisfaction",
                  "Accueille avec satisfaction", "Se félicitant également", "Se félicite également"},
                 Relation::welcomes);
  add_both_cases(*this,
                 {"Faisant sienne", "Faisant siennes", "Faisant sien", "Faisant siens", "Fait sienne", "Fait siennes",
                  "Fait sien", "Fait siens", "Souscrivant", "Souscrit", "Approuvant", "Approuve", "Entérine",
                  "Entérinant", "Adopte", "Adoptant"},
                 Relation::endorses);
  add_both_cases(*this,
                 {"Ayant à l'esprit", "Gardant à l'esprit", "Ayant présent à l'esprit", "Gardant présent à l'esprit",
                  "Tenant compte", "Ayant examiné", "Ayant également examiné", "Tenant compte également"},
                 Relation::bears_in_mind);
  add_both_cases(*this, {"Prie", "Demande", "Charge", "Priant", "Demandant", "Chargeant"}, Relation::requests);
  add_both_cases(*this,
                 {"Exhorte", "Prie instamment", "Demande instamment", "Engage", "Engage vivement", "Exhortant",
                  "Priant instamment", "Demandant instamment", "Engageant"},
                 Relation::urges);
  add_both_cases(*this, {"Invite", "Invitant"}, Relation::invites);
  add_both_cases(*this, {"Encourage", "Encourage vivement", "Encourageant"}, Relation::encourages);
  // Any other verb or adjective that opens a paragraph: mentions.
  // clang-format off
  add_both_cases(*this,
                 {"Soulignant", "Souligne", "Considérant", "Considère", "Consciente", "Conscient", "Consciente également",
                  "Sachant", "Condamnant", "Condamne", "Décide", "Décidant", "Constatant", "Constate", "Affirmant",
                  "Affirme", "Reconnaissant", "Reconnaît", "Réitérant", "Réitère", "Gravement préoccupée",
                  "Gravement préoccupé", "Profondément préoccupée", "Profondément préoccupé", "Préoccupée", "Préoccupé",
                  "Se déclarant préoccupée", "Se déclarant préoccupé", "Se déclarant profondément préoccupée",
                  "Se déclare préoccupée", "Se déclare profondément inquiète", "Se déclare", "Convaincue", "Convaincu",
                  "S'affirmant convaincue", "S'affirmant convaincu", "Guidée", "Guidé", "Encouragée", "Encouragé",
                  "Félicitant", "Félicite", "Appelant l'attention", "Appelle l'attention", "Exprime", "Exprimant",
                  "Est consciente", "Est conscient", "Insiste", "Insistant", "Déclare", "Déclarant", "Appuie",
                  "Appuyant", "Soutient", "Alarmée", "Alarmé", "Inquiète", "Déterminée", "Déterminé", "Résolue",
                  "Résolu", "Estimant", "Estime", "Mettant l'accent", "Met l'accent", "Attend avec intérêt",
                  "Ayant à cœur", "Recommande", "Recommandant", "Rend hommage", "Rendant hommage", "Remercie",
                  "Remerciant", "Déplore", "Déplorant", "Observe", "Observant", "Confirme", "Confirmant", "Proclame",
                  "Réaffirmant son attachement", "Persuadée", "Persuadé", "Soucieuse", "Soucieux", "Constatant avec inquiétude",
                  "Constatant une fois de plus avec inquiétude", "Condamnant de nouveau énergiquement"},
                 Relation::mentions);
  // clang-format on
}

adverbs_table::adverbs_table() {
  // clang-format off
  for (const char* adverb :
       {"également", "aussi", "en outre", "de nouveau", "à nouveau", "avec satisfaction", "avec intérêt",
        "avec inquiétude", "avec préoccupation", "avec une profonde préoccupation", "avec une vive préoccupation",
        "avec appréciation", "avec gratitude", "avec reconnaissance", "énergiquement", "fermement", "vivement",
        "instamment", "une fois de plus", "profondément", "pleinement", "encore", "par ailleurs", "enfin",
        "sincèrement", "résolument", "sans réserve", "fortement", "en particulier", "toujours"}) {
    // clang-format on
    add(adverb);
  }
}

past_verbs_table::past_verbs_table() {
  const auto add_all = [this](std::initializer_list<const char*> words, Relation relation) {
    for (const char* word : words) add(word, relation);
  };
  add_all({"souscrit", "adopté", "adoptée", "adoptés", "adoptées", "approuvé", "approuvée", "fait sienne",
           "fait siennes", "fait sien", "entériné"},
          Relation::endorses);
  add_all({"demandé", "prié", "chargé"}, Relation::requests);
  add_all({"exhorté", "engagé", "prié instamment", "demandé instamment"}, Relation::urges);
  add_all({"invité"}, Relation::invites);
  add_all({"encouragé"}, Relation::encourages);
  add_all({"réaffirmé"}, Relation::reaffirms);
  add_all({"rappelé"}, Relation::recalls);
  add_all({"pris note", "pris acte", "noté"}, Relation::takes_note_of);
  add_all({"salué", "accueilli avec satisfaction", "félicitée", "félicité", "félicités"}, Relation::welcomes);
  add_all({"décidé", "souligné", "proclamé", "créé", "affirmé", "reconnu", "constaté", "condamné", "déclaré",
           "déclarés", "déclarées", "déclarée", "exprimé", "recommandé"},
          Relation::mentions);
}

opening_verbs_table const& opening_verbs() {
  static const opening_verbs_table table;
  return table;
}

adverbs_table const& adverbs() {
  static const adverbs_table table;
  return table;
}

past_verbs_table const& past_verbs() {
  static const past_verbs_table table;
  return table;
}

ast::Relation refine_relation(ast::Relation relation, std::string_view verb_text) {
  if (relation == Relation::requests && verb_text.find("instamment") != std::string_view::npos) {
    return Relation::urges;
  }
  return relation;
}

}  // namespace resograph::grammar
