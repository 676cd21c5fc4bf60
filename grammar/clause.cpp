#include "clause_def.hpp"

#include <algorithm>
#include <array>

#include "config.hpp"

namespace resograph::grammar {

namespace parser {

BOOST_SPIRIT_INSTANTIATE(verb_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(past_verb_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(relative_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(adopted_by_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(ibid_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(annex_type, iterator_type, context_type)

}  // namespace parser

bool is_body_head(std::string_view head) {
  // clang-format off
  static constexpr std::array<std::string_view, 17> instrument_heads = {
      "Convention", "Protocole", "Déclaration", "Plan d'action", "Programme d'action", "Programme", "Pacte",
      "Règles", "Ensemble de règles", "Principes directeurs", "Principes", "Stratégie", "Charte", "Statut",
      "Accord", "Traité", "Lignes directrices"};
  static constexpr std::array<std::string_view, 7> more_instrument_heads = {
      "Code", "Directives", "Cadre", "Objectifs", "déclaration politique", "Plan de travail", "Troisième Plan de travail"};
  // clang-format on
  const auto is = [&](const auto& heads) { return std::find(heads.begin(), heads.end(), head) != heads.end(); };
  return !is(instrument_heads) && !is(more_instrument_heads);
}

}  // namespace resograph::grammar
