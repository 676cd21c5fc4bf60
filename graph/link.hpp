// Linking stage: what only the corpus as a whole says. Takes every resolved
// document (after the graph builder has added it); gives, in the model:
// - rg:draftOf from a draft to the adopted act it became, when another
//   document cites that act: same body, adopted after the draft's date and
//   within a year, similar title; each link with its evidence (similarity,
//   dates) on an rg:DraftOfEvidence node;
// - rg:Series grouping acts that carry the same title;
// and, as warnings, conflicting facts (two adoption dates for one act) with
// both source positions. Both values stay in the graph.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "build.hpp"
#include "diagnostic.hpp"

namespace resograph::graph {

/// Word-set similarity of two titles (Dice coefficient of normalised words).
double title_similarity(std::string_view a, std::string_view b);

class CorpusLinker {
 public:
  explicit CorpusLinker(const GraphBuilder& builder) : builder_(builder) {}

  /// Takes note of what a document states and cites.
  void observe(const Document& document, const Resolved& resolved, const PreparedDocument& prepared);
  /// Adds the cross-document links to the model; gives the warnings.
  std::vector<Diagnostic> link(Model& model) const;

 private:
  /// An act with what the corpus says of it.
  struct ActFacts {
    std::string iri;
    std::string key;
    std::string body;  ///< "GA", "CCPCJ" (the key's, or the stated act's author).
    std::vector<std::string> titles;
    std::vector<std::string> topics;  ///< "… sur l'amélioration de …": a series' title as a subject.
    std::optional<CalendarDate> adopted_on;
    bool draft = false;
    std::optional<CalendarDate> draft_date;  ///< The date of the draft's document.
  };
  /// One value of a single-valued fact, and where it is stated.
  struct Sourced {
    std::string value;
    std::string where;  ///< "file:line:column"
  };

  const GraphBuilder& builder_;
  std::map<std::string, ActFacts> acts_;                                               // by IRI
  std::map<std::pair<std::string, std::string>, std::vector<Sourced>> single_valued_;  // (entity, property)
};

}  // namespace resograph::graph
