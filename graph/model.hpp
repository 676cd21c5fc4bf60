// Graph stage, storage: small RAII wrappers over Sord's C API — a world, a
// model (a set of quads with the indices resograph queries) and reference-
// counted nodes. Takes terms; gives a model the export stage writes.
#pragma once

#include <sord/sord.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace resograph::graph {

/// The text of a Sord node (an IRI, a literal's value) as a view into the
/// node; empty for none.
std::string_view text_of(const SordNode* node);

/// One interned node; copying takes another reference.
class Node {
 public:
  Node() = default;
  Node(SordWorld* world, SordNode* node) : world_(world), node_(node) {}
  Node(const Node& other) : world_(other.world_), node_(other.node_ ? sord_node_copy(other.node_) : nullptr) {}
  Node(Node&& other) noexcept : world_(other.world_), node_(other.node_) { other.node_ = nullptr; }
  Node& operator=(Node other) noexcept {
    std::swap(world_, other.world_);
    std::swap(node_, other.node_);
    return *this;
  }
  ~Node() {
    if (node_) sord_node_free(world_, node_);
  }
  SordNode* get() const { return node_; }
  explicit operator bool() const { return node_ != nullptr; }
  std::string_view str() const { return text_of(node_); }

 private:
  SordWorld* world_ = nullptr;
  SordNode* node_ = nullptr;
};

/// A Sord world and model. The SPO index is always there (writing walks it);
/// the OPS index (finding what points at a node) and named graphs (one per
/// source file, for N-Quads and TriG) cost time and memory and are asked for.
class Model {
 public:
  struct Options {
    bool named_graphs = false;  ///< Keep each quad's graph; otherwise graphs are dropped on insertion.
    bool object_index = false;  ///< Also index by object (OPS).
  };
  Model() : Model(Options{}) {}
  explicit Model(Options options);
  bool has_named_graphs() const { return named_graphs_; }
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  Node uri(std::string_view iri);
  /// A plain or language-tagged literal.
  Node literal(std::string_view value, const char* lang = nullptr);
  /// A literal of the given datatype IRI.
  Node typed(std::string_view value, std::string_view datatype);
  Node typed(std::string_view value, const Node& datatype);

  /// Adds a quad; `graph` may be empty for the default graph.
  void add(const Node& subject, const Node& predicate, const Node& object, const Node& graph = Node());

  /// The named graphs quads were added to, in the order they first appeared.
  const std::vector<Node>& graphs() const { return graphs_; }

  SordWorld* world() const { return world_.get(); }
  SordModel* model() const { return model_.get(); }
  std::size_t size() const { return sord_num_quads(model_.get()); }

 private:
  struct WorldFree {
    void operator()(SordWorld* w) const { sord_world_free(w); }
  };
  struct ModelFree {
    void operator()(SordModel* m) const { sord_free(m); }
  };
  std::unique_ptr<SordWorld, WorldFree> world_;
  std::unique_ptr<SordModel, ModelFree> model_;
  bool named_graphs_ = false;
  std::vector<Node> graphs_;
  /// The nodes of graphs_: Sord interns nodes, and graphs_ keeps them alive,
  /// so a pointer names a graph.
  std::unordered_set<const SordNode*> graph_nodes_;
  /// Where a term's text is copied to end it with the NUL Sord reads up to.
  std::string text_;
  const uint8_t* terminated(std::string_view text);
};

}  // namespace resograph::graph
