// Graph stage, streaming: where the statements go that only one document
// makes (the nodes named after its file, its paragraphs, citations and their
// selectors). They need no merging with other documents, so they can bypass
// the Sord model and be serialised on the worker thread that resolved the
// document. Takes terms; gives them to
// a model (graph/build.cpp) or to a serialiser (export/writer.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace resograph::graph {

/// An RDF term as views into strings that outlive the call that passes it.
struct Term {
  enum class Kind { iri, literal };
  /// The numbers a caller may give the IRIs of its vocabulary: 1 to 63.
  static constexpr std::size_t vocabulary_ids = 64;

  Kind kind = Kind::iri;
  std::string_view value;
  std::string_view language;  ///< Literals: a language tag, or empty.
  std::string_view datatype;  ///< Literals: a datatype IRI, or empty (plain or tagged).
  /// IRIs passed statement after statement (predicates, classes) may be
  /// numbered, one number an IRI and one IRI a number for the life of a
  /// sink, so that the sink can keep what it makes of each: 0 is none.
  std::uint8_t vocabulary_id = 0;

  static Term iri(std::string_view value) { return Term{Kind::iri, value, {}, {}}; }
  /// An IRI of the caller's vocabulary, numbered `id` (below vocabulary_ids;
  /// 0: not numbered).
  static Term vocabulary(std::string_view value, std::uint8_t id) { return Term{Kind::iri, value, {}, {}, id}; }
  static Term text(std::string_view value, std::string_view language = {}) {
    return Term{Kind::literal, value, language, {}};
  }
  static Term typed(std::string_view value, std::string_view datatype) {
    return Term{Kind::literal, value, {}, datatype};
  }
};

/// Takes the triples of one document, in the graph it was opened for.
class TripleSink {
 public:
  virtual ~TripleSink() = default;
  virtual void add(const Term& subject, const Term& predicate, const Term& object) = 0;
};

/// A destination for the per-document statements of a whole corpus: each
/// document's sink is opened and filled on a worker thread, then handed back
/// on the assembling thread in input order (so the output does not depend on
/// the thread count).
class DocumentStream {
 public:
  virtual ~DocumentStream() = default;
  /// A sink for one document whose statements belong to graph `graph_iri`;
  /// `source_bytes`, the size of the document, hints at how much it will
  /// hold. Called on worker threads: must not touch shared state.
  virtual std::unique_ptr<TripleSink> open(std::string_view graph_iri, std::size_t source_bytes) const = 0;
  /// Takes a filled sink back, in input order. A write that fails is the
  /// stream's to report, once, when it is finished.
  virtual void close(std::unique_ptr<TripleSink> sink) = 0;
};

}  // namespace resograph::graph
