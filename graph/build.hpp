// Graph stage, assembly: puts resolved documents into one Sord model, in the
// terms of VOCABULARY.md. IRIs derive from keys under a base (so graphs of
// parts of a corpus union into the graph of the whole); each source file's
// statements go to a named graph of its own. A document's statements come in
// two parts: the shared part (acts, entities, relations: what other documents
// may state too) always goes to the model; its own part (paragraphs,
// citations, selectors) goes to the model or to a TripleSink that streams it.
// Takes Documents and their Resolved forms; gives the model (and the stream).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "document.hpp"
#include "model.hpp"
#include "resolve.hpp"
#include "sink.hpp"

namespace resograph::graph {

/// The IRI of a key under a base: "res:GA:72/1" gives BASE + "res/GA/72/1".
std::string iri_of_key(std::string_view base, std::string_view key);
/// Percent-encodes what may not stand in an IRI path.
std::string encode_iri_path(std::string_view text);

class GraphBuilder {
 public:
  GraphBuilder(Model& model, std::string base);
  /// Adds one document and everything it states to the model.
  void add(const Document& document, const Resolved& resolved);
  /// Adds what a document states that others may state too: the document,
  /// its acts and their paragraph lists, the entities it names, the relations.
  void add_shared(const Document& document, const Resolved& resolved);
  /// Gives `sink` the statements only this document makes: its paragraphs and
  /// the provenance (rg:Citation, oa:TextPositionSelector) of each relation.
  /// Does not touch the model: callable from any thread.
  void add_own(const Document& document, const Resolved& resolved, TripleSink& sink) const;

  /// The IRI of a document's file, also the name of its graph.
  std::string file_iri(const Document& document) const;

  /// The IRI of the `index`-th act a document states: its key's, or one made
  /// from the file name and position.
  std::string act_iri(const Document& document, const Resolved& resolved, std::size_t index) const;
  /// The IRI of an entity: its key's, or (an instrument known by name) its label's.
  std::string entity_iri(const Entity& entity) const;
  const std::string& base() const { return base_; }

 private:
  /// The node of a vocabulary term, made once: the shared part names the
  /// same few dozen terms for every statement.
  const Node& term(std::string_view prefix_iri, std::string_view local);
  const Node& rg(std::string_view local) { return term(rg_, local); }
  Node describe(const Entity& entity, const Node& graph);

  Model& model_;
  std::string base_;
  std::string rg_;
  Node type_;  ///< rdf:type
  /// Entities already described in the current graph, by identity.
  std::unordered_map<std::string, Node> described_;
  std::map<std::string, Node, std::less<>> terms_;  ///< By IRI.
  std::string term_iri_;                            ///< Where term() builds an IRI to look up.
};

}  // namespace resograph::graph
