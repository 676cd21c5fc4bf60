#include "model.hpp"

namespace resograph::graph {

std::string_view text_of(const SordNode* node) {
  if (!node) return {};
  size_t length = 0;
  const uint8_t* text = sord_node_get_string_counted(node, &length);
  return std::string_view(reinterpret_cast<const char*>(text), length);
}

// The model must be freed before its world: members are destroyed in reverse order.
Model::Model(Options options)
    : world_(sord_world_new()),
      model_(sord_new(world_.get(),
                      // with graphs, Sord adds a graph-first twin of each index (GSPO)
                      SORD_SPO | (options.object_index ? SORD_OPS : 0), options.named_graphs)),
      named_graphs_(options.named_graphs) {}

const uint8_t* Model::terminated(std::string_view text) {
  text_.assign(text);
  return reinterpret_cast<const uint8_t*>(text_.c_str());
}

Node Model::uri(std::string_view iri) { return Node(world(), sord_new_uri(world(), terminated(iri))); }

Node Model::literal(std::string_view value, const char* lang) {
  return Node(world(), sord_new_literal(world(), nullptr, terminated(value), lang));
}

Node Model::typed(std::string_view value, std::string_view datatype) { return typed(value, uri(datatype)); }

Node Model::typed(std::string_view value, const Node& datatype) {
  return Node(world(), sord_new_literal(world(), datatype.get(), terminated(value), nullptr));
}

void Model::add(const Node& subject, const Node& predicate, const Node& object, const Node& graph) {
  SordQuad quad = {subject.get(), predicate.get(), object.get(), named_graphs_ ? graph.get() : nullptr};
  if (named_graphs_ && graph && graph_nodes_.insert(graph.get()).second) graphs_.push_back(graph);
  sord_add(model(), quad);
}

}  // namespace resograph::graph
