// Reading a Sord model back in tests: its quads as strings, and small queries.
#pragma once

#include <sord/sord.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model.hpp"
#include "support/fixtures.hpp"
#include "vocab.hpp"

namespace resograph::test {

/// A model that keeps named graphs (one per source file) and indexes objects,
/// whether graph::Model takes Options (named graphs asked for) or not (always kept).
template <class M = graph::Model>
std::unique_ptr<M> new_model(bool named_graphs = true) {
  if constexpr (requires { typename M::Options; }) {
    typename M::Options options;
    options.named_graphs = named_graphs;
    options.object_index = true;
    return std::make_unique<M>(options);
  } else {
    (void)named_graphs;
    return std::make_unique<M>();
  }
}

struct Quad {
  std::string s, p, o, g;
  bool literal = false;
  std::string datatype, lang;
};

inline std::string node_string(const SordNode* node) {
  return node ? reinterpret_cast<const char*>(sord_node_get_string(node)) : "";
}

inline Quad quad_of(const SordQuad& q) {
  Quad quad;
  quad.s = node_string(q[SORD_SUBJECT]);
  quad.p = node_string(q[SORD_PREDICATE]);
  quad.o = node_string(q[SORD_OBJECT]);
  quad.g = node_string(q[SORD_GRAPH]);
  quad.literal = sord_node_get_type(q[SORD_OBJECT]) == SORD_LITERAL;
  if (quad.literal) {
    quad.datatype = node_string(sord_node_get_datatype(q[SORD_OBJECT]));
    const char* lang = sord_node_get_language(q[SORD_OBJECT]);
    quad.lang = lang ? lang : "";
  }
  return quad;
}

/// Every quad of the model. Sord's sord_begin() walks an SPO index and skips
/// a triple that is also in another graph, so the named graphs are read one
/// by one through their own index (the default graph is what sord_begin
/// gives without a graph).
inline std::vector<Quad> quads_of(const graph::Model& model) {
  std::vector<Quad> quads;
  std::vector<SordNode*> graphs;
  SordIter* it = sord_begin(model.model());
  for (; it && !sord_iter_end(it); sord_iter_next(it)) {
    SordQuad q;
    sord_iter_get(it, q);
    if (!q[SORD_GRAPH]) {
      quads.push_back(quad_of(q));
    } else if (std::find_if(graphs.begin(), graphs.end(),
                            [&](SordNode* g) { return sord_node_equals(g, q[SORD_GRAPH]); }) == graphs.end()) {
      graphs.push_back(sord_node_copy(q[SORD_GRAPH]));
    }
  }
  sord_iter_free(it);
  for (SordNode* graph : graphs) {
    SordIter* in_graph = sord_search(model.model(), nullptr, nullptr, nullptr, graph);
    for (; in_graph && !sord_iter_end(in_graph); sord_iter_next(in_graph)) {
      SordQuad q;
      sord_iter_get(in_graph, q);
      quads.push_back(quad_of(q));
    }
    sord_iter_free(in_graph);
    sord_node_free(model.world(), graph);
  }
  return quads;
}

/// The quads as N-Quads-like lines (for set comparisons).
inline std::set<std::string> quad_lines(const std::vector<Quad>& quads) {
  std::set<std::string> lines;
  for (const Quad& q : quads) {
    lines.insert(q.s + " " + q.p + " " + (q.literal ? "\"" + q.o + "\"^^" + q.datatype + "@" + q.lang : q.o) + " " +
                 q.g);
  }
  return lines;
}

inline std::string rg(std::string_view local) { return std::string(vocab::rg) + std::string(local); }
inline std::string rdf_type() { return std::string(vocab::rdf) + "type"; }
inline std::string dcterms(std::string_view local) { return std::string(vocab::dcterms) + std::string(local); }

/// Objects of (subject, predicate).
inline std::set<std::string> objects(const std::vector<Quad>& quads, const std::string& s, const std::string& p) {
  std::set<std::string> out;
  for (const Quad& q : quads) {
    if (q.s == s && q.p == p) out.insert(q.o);
  }
  return out;
}

/// Subjects of (predicate, object).
inline std::set<std::string> subjects(const std::vector<Quad>& quads, const std::string& p, const std::string& o) {
  std::set<std::string> out;
  for (const Quad& q : quads) {
    if (q.p == p && q.o == o) out.insert(q.s);
  }
  return out;
}

/// Subjects that have predicate `p`, whatever its object.
inline std::set<std::string> subjects_with(const std::vector<Quad>& quads, const std::string& p) {
  std::set<std::string> out;
  for (const Quad& q : quads) {
    if (q.p == p) out.insert(q.s);
  }
  return out;
}

}  // namespace resograph::test
