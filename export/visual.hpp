// Export stage, pictures: the entities of a graph (or of one lineage) and the
// statements between them as Graphviz DOT or GraphML, for dot, Gephi, yEd and
// Cytoscape. Nodes are typed and coloured by kind (act, instrument, document,
// body, State) and labelled with key, date and short title; edges are
// labelled by relation. Output is deterministic and properly escaped.
// Takes a GraphIndex (and a Lineage); gives text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lineage.hpp"

namespace resograph::exporter {

enum class VisualFormat { dot, graphml };

/// "dot" (or "gv"), "graphml".
std::optional<VisualFormat> parse_visual_format(std::string_view name);

struct PictureNode {
  std::string id;  ///< The entity's IRI.
  graph::Kind kind = graph::Kind::act;
  std::string type, key, name, date, title, link;
  std::string label;  ///< skos:prefLabel or rdfs:label (a keyed treaty's name).
  std::string role;   ///< "root", "ancestor", "descendant", or empty for a whole graph.
  int depth = 0;      ///< Steps from the root in a lineage.
};

struct PictureEdge {
  std::string source, target;  ///< IRIs; the source states the relation about the target.
  std::string relation;        ///< rg local name: "recalls", "mentions"…
  std::size_t citations = 0;   ///< How many paragraph citations state it.
  // Layout hints for dot. A lineage spreads the many entities one step from
  // their parent over several ranks (older ancestors further left, newer
  // descendants further right) instead of one very tall column; the
  // statements that did not first reach a node do not constrain the ranks.
  int minlen = 1;
  bool constraint = true;
};

struct Picture {
  std::string title;
  bool lineage = false;
  std::vector<PictureNode> nodes;  ///< Sorted: kind, date, name, IRI.
  std::vector<PictureEdge> edges;  ///< Sorted: source, target, relation (in node order).
};

/// Every entity and every statement between two entities.
Picture whole_picture(const graph::GraphIndex& index);
/// The root, its ancestors and descendants, and the statements of the steps.
Picture lineage_picture(const graph::GraphIndex& index, const graph::Lineage& lineage);

/// Graphviz DOT: `dot -Tsvg` draws it. Parallel statements between two nodes
/// are drawn as one edge labelled with every relation.
std::string to_dot(const Picture& picture);
/// GraphML with typed keys (node: kind, type, label, key, date, title, iri,
/// link, role, depth, color, r, g, b; edge: relation, citations).
std::string to_graphml(const Picture& picture);

/// Fill colour of a kind, "#rrggbb".
std::string_view kind_color(graph::Kind kind);

}  // namespace resograph::exporter
