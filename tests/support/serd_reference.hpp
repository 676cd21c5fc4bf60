// The reference of the native statement writer (export/statement_writer.hpp):
// a TripleSink that gives each statement to libserd's own writer, with the
// syntaxes and styles writer.cpp writes the model with, and collects the text.
// write_both gives a sequence of statements to both; the tests and
// fuzz/fuzz_writer.cpp compare the two texts byte for byte.
//
// Nodes are given to Serd as StatementWriter reads terms: subjects and
// predicates as IRIs, every byte of a term counted (NUL bytes too), a literal
// in Turtle's long form when it holds a quote or a line end anywhere. Serd
// reads a UTF-8 sequence cut by the end of a term on past it: each term is
// copied with NUL bytes after it, so that Serd reads NULs there.
#pragma once

#include <serd/serd.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "sink.hpp"
#include "statement_writer.hpp"
#include "writer.hpp"

namespace resograph::test {

class SerdReferenceSink : public graph::TripleSink {
 public:
  /// As GraphWriter's documents: the graph is named in TriG and N-Quads only,
  /// and an empty IRI is the default graph.
  SerdReferenceSink(exporter::Format format, const exporter::Prefixes& prefixes, std::string_view graph_iri)
      : env_(serd_env_new(nullptr)) {
    for (const auto& [name, iri] : prefixes) {
      serd_env_set_prefix_from_strings(env_, bytes(name), bytes(iri));
    }
    const bool pretty = format == exporter::Format::turtle || format == exporter::Format::trig;
    const SerdSyntax syntax = format == exporter::Format::turtle     ? SERD_TURTLE
                              : format == exporter::Format::ntriples ? SERD_NTRIPLES
                              : format == exporter::Format::nquads   ? SERD_NQUADS
                                                                     : SERD_TRIG;
    const SerdStyle style =
        pretty ? SerdStyle(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK) : SERD_STYLE_BULK;
    writer_ = serd_writer_new(syntax, style, env_, nullptr, append, &text_);
    // Errors (invalid UTF-8, relative IRIs in N-Triples) are in the status.
    serd_writer_set_error_sink(writer_, ignore_error, nullptr);
    if (format == exporter::Format::trig || format == exporter::Format::nquads) graph_ = padded(graph_iri);
  }
  ~SerdReferenceSink() override {
    serd_writer_free(writer_);
    serd_env_free(env_);
  }
  SerdReferenceSink(const SerdReferenceSink&) = delete;
  SerdReferenceSink& operator=(const SerdReferenceSink&) = delete;

  void add(const graph::Term& subject, const graph::Term& predicate, const graph::Term& object) override {
    const std::string s = padded(subject.value), p = padded(predicate.value), o = padded(object.value);
    const std::string datatype = padded(object.datatype), language = padded(object.language);
    const bool literal = object.kind == graph::Term::Kind::literal;
    const SerdNode s_node = node(s, subject.value.size(), SERD_URI);
    const SerdNode p_node = node(p, predicate.value.size(), SERD_URI);
    const SerdNode o_node =
        node(o, object.value.size(), literal ? SERD_LITERAL : SERD_URI, literal ? string_flags(object.value) : 0);
    const SerdNode datatype_node = node(datatype, object.datatype.size(), SERD_URI);
    const SerdNode language_node = node(language, object.language.size(), SERD_LITERAL);
    const SerdNode graph_node = node(graph_, graph_.size() - padding, SERD_URI);
    const bool graph = graph_.size() > padding;
    const SerdStatus status =
        serd_writer_write_statement(writer_, 0, graph ? &graph_node : nullptr, &s_node, &p_node, &o_node,
                                    literal && !object.datatype.empty() ? &datatype_node : nullptr,
                                    literal && !object.language.empty() ? &language_node : nullptr);
    ok_ = ok_ && status == SERD_SUCCESS;
  }

  /// Ends the last statement (and graph); gives the text.
  const std::string& finish() {
    ok_ = serd_writer_finish(writer_) == SERD_SUCCESS && ok_;
    return text_;
  }
  bool ok() const { return ok_; }
  /// The prefixes as Serd keeps them.
  const SerdEnv* env() const { return env_; }
  /// The writer itself, for what is written other than statement by
  /// statement (prefix declarations, sord_write of a whole model).
  SerdWriter* writer() const { return writer_; }

 private:
  static constexpr std::size_t padding = 4;  ///< A UTF-8 sequence is 4 bytes at most.

  static const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }
  static std::string padded(std::string_view term) { return std::string(term) + std::string(padding, '\0'); }
  static SerdNode node(const std::string& storage, std::size_t size, SerdType type, SerdNodeFlags flags = 0) {
    return SerdNode{bytes(storage), size, 0, flags, type};
  }
  /// What serd_strlen finds in a string: a line end, a quote.
  static SerdNodeFlags string_flags(std::string_view text) {
    SerdNodeFlags flags = 0;
    for (const char c : text) {
      if (c == '\n' || c == '\r') flags |= SERD_HAS_NEWLINE;
      if (c == '"') flags |= SERD_HAS_QUOTE;
    }
    return flags;
  }
  static size_t append(const void* buffer, size_t length, void* stream) {
    static_cast<std::string*>(stream)->append(static_cast<const char*>(buffer), length);
    return length;
  }
  static SerdStatus ignore_error(void*, const SerdError*) { return SERD_SUCCESS; }

  SerdEnv* env_;
  SerdWriter* writer_ = nullptr;
  std::string graph_ = padded({});
  std::string text_;
  bool ok_ = true;
};

/// One document's text as StatementWriter writes it and as Serd does.
struct BothTexts {
  std::string native, serd;
  bool native_ok, serd_ok;
  bool same() const { return native == serd && native_ok == serd_ok; }
};

/// Gives the statements `fill` adds to a StatementWriter and to Serd.
template <class Fill>
BothTexts write_both(exporter::Format format, const exporter::Prefixes& prefixes, std::string_view graph_iri,
                     const Fill& fill) {
  SerdReferenceSink serd(format, prefixes, graph_iri);
  const exporter::Abbreviations abbreviations(serd.env());
  exporter::StatementWriter native(format, &abbreviations, graph_iri);
  fill(static_cast<graph::TripleSink&>(native));
  fill(static_cast<graph::TripleSink&>(serd));
  BothTexts texts{std::string(native.finish()), serd.finish(), native.ok(), serd.ok()};
  return texts;
}

}  // namespace resograph::test
