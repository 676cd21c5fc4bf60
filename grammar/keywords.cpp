#include "keywords.hpp"

namespace resograph::grammar {

keyword_table::keyword_table(std::initializer_list<const char*> keywords) {
  for (const char* keyword : keywords) add(keyword);
}

keyword_table const& determiners() {
  static const keyword_table table{
      "ses autres", "les autres", "leurs autres", "d'autres", "des autres", "lesdites", "ladite",   "leurs",
      "leur",       "ses",        "sa",           "les",      "la",         "cette",    "ces",      "une",
      "des",        "de la",      "de sa",        "de ses",   "du",         "dans sa",  "dans ses", "dans la",
      "dans les",   "par sa",     "par la",       "aux",      "à la",       "à sa",     "à ses",    "sur la",
      "sur sa",     "sur ses",    "en sa",        "La",       "Les",        "Sa",       "Ses"};
  return table;
}

keyword_table const& act_nouns() {
  static const keyword_table table{"résolution", "Résolution", "décision", "Décision"};
  return table;
}

keyword_table const& relatives() {
  static const keyword_table table{"dans laquelle",
                                   "dans lesquelles",
                                   "dans lequel",
                                   "dans lesquels",
                                   "à l'annexe de laquelle",
                                   "à l'annexe desquelles",
                                   "par laquelle",
                                   "par lesquelles",
                                   "en vertu de laquelle",
                                   "aux termes de laquelle",
                                   "laquelle",
                                   "lesquelles",
                                   "lequel",
                                   "lesquels",
                                   "qui",
                                   "que",
                                   "dont",
                                   "où"};
  return table;
}

keyword_table const& auxiliaries() {
  static const keyword_table table{"a", "ont", "avait", "avaient", "s'est", "se sont", "s'était"};
  return table;
}

keyword_table const& adoption_participles() {
  static const keyword_table table{"adopté", "adoptée", "adoptés", "adoptées"};
  return table;
}

keyword_table const& name_heads() {
  // clang-format off
  static const keyword_table table{
      "Convention", "Protocole", "Déclaration", "Plan d'action", "Programme d'action", "Programme", "Pacte",
      "Règles", "Ensemble de règles", "Principes directeurs", "Principes", "Stratégie", "Charte", "Statut",
      "Accord", "Traité", "Lignes directrices", "Code", "Directives", "Cadre", "Objectifs", "Comité", "Groupe",
      "Conseil", "Commission", "Bureau", "Office", "Institut", "Fonds", "Organisation", "Conférence", "Réunion",
      "Forum", "Rapporteur spécial", "Rapporteuse spéciale", "Représentant spécial", "Représentante spéciale",
      "Département", "Division", "Entité", "Union", "Alliance", "Processus", "Centre", "Congrès",
      "Haut-Commissariat", "Haut-Commissaire", "Agence", "Banque", "Direction exécutive", "Équipe spéciale",
      "Mécanisme", "Réseau", "Partenariat", "Tribunal", "Cour", "Assemblée", "Secrétariat", "Secrétaire général",
      "Groupe de travail", "déclaration politique", "Plan de travail", "Troisième Plan de travail"};
  // clang-format on
  return table;
}

}  // namespace resograph::grammar
