// Graph stage, assembly: puts resolved documents into one Sord model, in the
// terms of VOCABULARY.md. IRIs derive from keys under a base (so graphs of
// parts of a corpus union into the graph of the whole); each source file's
// statements go to a named graph of its own. A document's statements come in
// two parts: the shared part (what other documents may state too: the
// entities it names, the acts and documents known by number or UN symbol,
// their relations) always goes to the model; its own part (the nodes named
// after its file with their relations, paragraph lists, paragraphs,
// citations, selectors) goes to the model or to a TripleSink that streams
// it. Both are made from a PreparedDocument, worked out beforehand on any
// thread. Takes Documents and their Resolved forms; gives the model (and the
// stream).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document.hpp"
#include "model.hpp"
#include "resolve.hpp"
#include "sink.hpp"

namespace resograph::graph {

/// The IRI of a key under a base: "res:GA:72/1" gives BASE + "res/GA/72/1".
std::string iri_of_key(std::string_view base, std::string_view key);
/// Percent-encodes what may not stand in an IRI path.
std::string encode_iri_path(std::string_view text);

/// What a worker thread works out of a document before it is assembled: the
/// IRIs of its file, its acts and the entities it names, each entity once,
/// and which statements state a relation for the first time. It points into
/// the Document and Resolved it was made from, which must not move.
struct PreparedDocument {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);

  /// An entity the document names, with what makes two mentions one
  /// description (its key, surface and label) and its IRI.
  struct NamedEntity {
    const Entity* entity;
    std::string identity;
    std::string iri;
  };

  std::string file_iri;  ///< Also the name of the document's graph.
  std::string self_iri;  ///< The document's node: its UN symbol's, else the file's.
  std::vector<std::string> act_iris;
  std::vector<NamedEntity> entities;  ///< Each once, in the order first named.
  /// Indices into `entities` (`none`: not named).
  std::size_t document = none, document_author = none;
  std::vector<std::size_t> act_authors;
  std::vector<std::vector<std::size_t>> act_sponsors;
  std::vector<std::size_t> statement_targets;            ///< One per statement.
  std::vector<std::size_t> fact_subjects, fact_objects;  ///< One per fact.
  /// The statements whose act, relation and target no earlier statement has.
  std::vector<std::size_t> first_statements;
};

class GraphBuilder {
 public:
  GraphBuilder(Model& model, std::string base);
  /// Works out a document's IRIs and entities. Does not touch the model:
  /// callable from any thread.
  PreparedDocument prepare(const Document& document, const Resolved& resolved) const;
  /// Adds one document and everything it states to the model.
  void add(const Document& document, const Resolved& resolved) { add(document, resolved, prepare(document, resolved)); }
  void add(const Document& document, const Resolved& resolved, const PreparedDocument& prepared);
  /// Adds what a document states that others may state too: the entities
  /// it names, and the document and its acts with their relations where
  /// they are known by UN symbol or number.
  void add_shared(const Document& document, const Resolved& resolved, const PreparedDocument& prepared);
  /// Gives `sink` the statements only this document makes: the nodes named
  /// after its file (a document without a UN symbol, acts without a number)
  /// with their relations, its acts' paragraph lists, its paragraphs and the
  /// provenance (rg:Citation, oa:TextPositionSelector) of each relation.
  /// Does not touch the model: callable from any thread.
  void add_own(const Document& document, const Resolved& resolved, const PreparedDocument& prepared,
               TripleSink& sink) const;

  /// The IRI of a document's file, also the name of its graph.
  std::string file_iri(const Document& document) const;

  /// The IRI of the `index`-th act a document states: its key's, or one made
  /// from the file name and position.
  std::string act_iri(const Document& document, const Resolved& resolved, std::size_t index) const;
  /// The IRI of an entity: its key's, or (an instrument known by name) its label's.
  std::string entity_iri(const Entity& entity) const;
  const std::string& base() const { return base_; }

 private:
  /// The nodes of the vocabulary terms the shared part names, made once.
  struct Terms {
    Node type, act_class, instrument_class;
    Node title, key, adopted_on, subject, see_also, pref_label, alt_label, label;
    Node xsd_date;
    std::vector<Node> relations;  ///< By ast::Relation.
  };

  /// The node of a vocabulary term named at run time (a class, a property).
  const Node& term(std::string_view prefix_iri, std::string_view local);
  const Node& rg(std::string_view local) { return term(rg_, local); }
  Node describe(const PreparedDocument::NamedEntity& named, const Node& graph);

  Model& model_;
  std::string base_;
  std::string rg_;
  Terms terms_;
  /// Entities already described in the current graph, by identity.
  std::unordered_map<std::string, Node> described_;
  std::map<std::string, Node, std::less<>> named_terms_;  ///< By IRI.
  std::string term_iri_;                                  ///< Where term() builds an IRI to look up.
};

}  // namespace resograph::graph
