// Export stage, streaming: serialises one document's own statements (what
// GraphBuilder::add_own gives a TripleSink) on the worker thread that made
// them, as the text libserd 0.30.16's writer makes of them with the styles of
// writer.cpp, byte for byte, without Serd: Serd reallocates its context nodes,
// looks prefixes up and scans each node again at every statement. Serd stays
// the reference it is tested against (tests/support/serd_reference.hpp,
// tests/export/test_statement_writer.cpp, fuzz/fuzz_writer.cpp).
// Takes triples (subjects and predicates are IRIs; those of the caller's
// vocabulary numbered, their texts then made once); gives the document's text.
#pragma once

#include <serd/serd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sink.hpp"
#include "writer.hpp"

namespace resograph::exporter {

/// The prefixed names Serd's Turtle writer makes of IRIs (SERD_STYLE_CURIED):
/// Serd takes the first prefix whose IRI starts the IRI, and abbreviates only
/// when the prefix name and the local name are ASCII letters and digits (and
/// the IRI has a scheme, which then lies in the prefix's IRI).
class Abbreviations {
 public:
  /// The prefixes as `env` keeps them (in its order, a name set twice once).
  explicit Abbreviations(const SerdEnv* env);

  struct PrefixedName {
    std::string_view name_and_colon, local;
    bool prefix_starts_iri = false;  ///< Even when the IRI is written in full.
    explicit operator bool() const { return !name_and_colon.empty(); }
  };
  /// The prefixed name Serd writes for `iri`; none (empty) when Serd writes
  /// the IRI in full.
  PrefixedName abbreviate(std::string_view iri) const;
  /// Whether the IRI of a prefix longer than `bytes` starts `iri`.
  bool has_prefix_longer_than(std::string_view iri, std::size_t bytes) const;
  /// The size of the longest prefix name, with its colon.
  std::size_t longest_name() const { return longest_name_; }

 private:
  struct Prefix {
    /// The size and last character of the IRI: they tell most IRIs apart
    /// (prefix IRIs end in '#' or '/') before a comparison of the rest.
    std::size_t size;
    char last;
    bool usable;  ///< A name of letters and digits, and an IRI with a scheme.
    std::string iri;
    std::string name_and_colon;

    bool starts(std::string_view text) const;
  };
  static SerdStatus add_prefix(void* handle, const SerdNode* name, const SerdNode* uri);

  std::vector<Prefix> prefixes_;
  std::vector<std::size_t> longest_first_;  ///< Indices of the prefixes, the longest IRI first.
  std::size_t longest_name_ = 0;
};

/// Storage of text that grows without being zeroed first (as std::string
/// zeroes what it grows into).
class TextBuffer {
 public:
  std::string_view text() const { return {bytes_.get(), size_}; }
  /// Where the text starts, and the room after it (until the room grows).
  const char* begin() const { return bytes_.get(); }
  /// Room for `bytes` more bytes after the text.
  char* room(std::size_t bytes) { return capacity_ - size_ >= bytes ? bytes_.get() + size_ : grow(bytes); }
  /// Ends the text at `end`, inside the room made last.
  void end_at(const char* end) { size_ = static_cast<std::size_t>(end - bytes_.get()); }

 private:
  char* grow(std::size_t bytes);

  std::unique_ptr<char[]> bytes_;
  std::size_t size_ = 0, capacity_ = 0;
};

/// One document's own statements as text. Written for any terms: every
/// escape, every invalid UTF-8 sequence and every relative IRI as Serd writes
/// it. Serd reads the bytes of a cut UTF-8 sequence past the end of a term
/// (its C string's terminator): those read as NUL bytes here.
class StatementWriter : public graph::TripleSink {
 public:
  /// `abbreviations`: needed for Turtle and TriG. An empty `graph_iri` names
  /// the default graph (Turtle and N-Triples have no other).
  /// `expected_bytes`: a hint of the size of the text.
  StatementWriter(Format format, const Abbreviations* abbreviations, std::string_view graph_iri,
                  std::size_t expected_bytes = 0);

  void add(const graph::Term& subject, const graph::Term& predicate, const graph::Term& object) override;

  /// Ends the last statement (and the graph block); gives the text.
  std::string_view finish();
  /// False when a statement could not be written: N-Triples and N-Quads
  /// have no relative IRIs (Serd then leaves the statement cut short).
  bool ok() const { return ok_; }
  std::size_t statements() const { return statements_; }

 private:
  struct KeptIri {
    std::string iri, written;
  };
  /// A vocabulary IRI (graph::Term::vocabulary_id) and its texts once written
  /// (empty before): the same wherever it stands, but for rdf:type, "a" as a
  /// predicate. N-Triples and N-Quads have only the object's.
  struct VocabularyIri {
    std::string iri, as_predicate, as_object;
  };

  /// The most bytes a statement's text may take.
  std::size_t most_bytes(const graph::Term& subject, const graph::Term& predicate, const graph::Term& object) const;
  /// A line of N-Triples or N-Quads.
  void add_line(const graph::Term& subject, const graph::Term& predicate, const graph::Term& object, char* out);
  // Each write_ function writes at `out`, where room was made, and gives the
  // end of what it wrote.
  /// A subject, object or graph IRI in Turtle and TriG.
  char* write_iri(std::string_view iri, char* out);
  /// An IRI in Turtle and TriG that is seldom written in full (a predicate,
  /// a datatype): not compared with the last IRI written in full first.
  char* write_named_iri(std::string_view iri, char* out);
  /// `<iri>`, escaped. `no_prefix_starts_it`: in Turtle and TriG, whether no
  /// prefix's IRI starts it.
  char* write_full_iri(std::string_view iri, bool no_prefix_starts_it, char* out);
  /// The rest of `<iri>`: its first `known` bytes are copied at `out` already,
  /// as they are, after the '<'.
  char* end_full_iri(std::string_view iri, std::size_t known, bool no_prefix_starts_it, char* out);
  /// What Serd copied as it is of the last IRI written in full, at its start.
  std::string_view last_full_iri() const;
  /// An IRI in N-Triples and N-Quads; null when Serd refuses it.
  char* write_line_iri(std::string_view iri, char* out);
  char* write_predicate(const graph::Term& predicate, char* out);  ///< Turtle and TriG.
  char* write_object_iri(const graph::Term& object, char* out);    ///< Turtle and TriG.
  /// An IRI as `write` writes it (null: not at all); a vocabulary IRI's
  /// text is written once and then kept as its `form`.
  template <class Write>
  char* write_kept(const graph::Term& iri, std::string VocabularyIri::*form, char* out, Write write);
  /// A term's vocabulary id; 0 for none, and for one out of range.
  static std::uint8_t vocabulary_id(const graph::Term& iri) {
    return iri.vocabulary_id < graph::Term::vocabulary_ids ? iri.vocabulary_id : 0;
  }
  bool is_last_predicate(const graph::Term& predicate) const;  ///< Turtle and TriG.
  void keep_predicate(const graph::Term& predicate);
  char* write_literal(const graph::Term& literal, char* out);  ///< Turtle and TriG.
  /// A literal's quoted string.
  char* write_string(std::string_view value, char* out) const;
  /// The written form kept of an IRI (not empty); else null, and `place`
  /// is where to keep it.
  const std::string* kept_form(std::string_view iri, KeptIri*& place);
  static char* tabs(int count, char* out);
  /// Whether a literal is written bare, as it is (Turtle, TriG).
  bool is_bare(const graph::Term& literal) const;
  const bool pretty_;  ///< Turtle and TriG.
  const Abbreviations* abbreviations_;
  std::string graph_;
  int indent_ = 0;  ///< Of predicates: 1, and one more inside a TriG graph block.
  bool turtle_short_escapes_;
  TextBuffer text_;
  std::string subject_;  ///< Of the last statement (Turtle, TriG).
  /// The last statement's predicate (Turtle, TriG): its vocabulary id, else
  /// its IRI.
  std::uint8_t predicate_id_ = 0;
  std::string predicate_;
  std::array<VocabularyIri, graph::Term::vocabulary_ids> vocabulary_;
  /// IRIs as they were written (prefixed names; in N-Triples, all), kept by
  /// a hash of the IRI: a document names the same few dozen terms (its
  /// predicates and classes) statement after statement, and a prefixed name
  /// costs a search, an IRI an escaping scan.
  std::array<KeptIri, 64> kept_;
  /// The last IRI written in full: where it is in the text, the size of
  /// what Serd copied as it is at its start, and whether no prefix's IRI
  /// starts it (Turtle, TriG).
  struct {
    std::size_t at = 0, plain = 0;
    bool no_prefix_starts_it = false;
  } last_full_;
  std::size_t statements_ = 0;
  bool ok_ = true;
};

}  // namespace resograph::exporter
