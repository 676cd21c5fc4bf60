// Export stage: writes a graph with Serd as Turtle (prefixed, deterministic:
// Sord's SPO order), N-Triples, N-Quads or TriG (one named graph per source
// file, written quad by quad since sord_write drops graphs). GraphWriter also
// streams each document's own statements (serialised on worker threads by
// statement_writer.hpp, as Serd would write them) ahead of the shared model.
// Output files are written atomically (atomic_file.hpp).
#pragma once

#include <serd/serd.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "atomic_file.hpp"
#include "model.hpp"
#include "sink.hpp"

namespace resograph::exporter {

enum class Format { turtle, ntriples, nquads, trig };

class Abbreviations;

/// "turtle", "ttl", "ntriples", "nt", "nquads", "nq", "trig".
std::optional<Format> parse_format(std::string_view name);

/// Prefix declarations written at the top of Turtle and TriG.
using Prefixes = std::vector<std::pair<std::string, std::string>>;
Prefixes standard_prefixes(std::string_view base);

/// Writes the model; false when a write failed.
bool write(const graph::Model& model, Format format, const Prefixes& prefixes, std::FILE* out);

/// The model as a string (for tests).
std::string to_string(const graph::Model& model, Format format, const Prefixes& prefixes);

/// Writes a corpus's graph as it is built: the prefixes, then each
/// document's own statements in input order, then the shared model.
class GraphWriter : public graph::DocumentStream {
 public:
  /// Writes the prefix declarations (Turtle, TriG) at once, to a stream
  /// (flushed by finish()) or to a file (that the caller commits).
  GraphWriter(Format format, const Prefixes& prefixes, std::FILE* out);
  GraphWriter(Format format, const Prefixes& prefixes, AtomicFile& file);
  ~GraphWriter() override;

  std::unique_ptr<graph::TripleSink> open(std::string_view graph_iri, std::size_t source_bytes) const override;
  void close(std::unique_ptr<graph::TripleSink> sink) override;
  /// Writes the model after the streamed statements and flushes; false when
  /// any write failed.
  bool finish(const graph::Model& model);
  /// Statements streamed so far (those of the model not counted).
  std::size_t streamed() const { return streamed_; }

 private:
  GraphWriter(Format format, const Prefixes& prefixes, SerdSink sink, void* output);
  /// Appends `text` to the output; false when that failed.
  bool write(std::string_view text) { return text.empty() || sink_(text.data(), text.size(), output_) == text.size(); }

  Format format_;
  Prefixes prefixes_;
  std::unique_ptr<const Abbreviations> abbreviations_;  ///< Turtle and TriG.
  /// Appends bytes to the output (serd_file_sink or AtomicFile::serd_sink).
  SerdSink sink_;
  void* output_;
  std::FILE* stream_ = nullptr;  ///< When writing to a stream.
  std::size_t streamed_ = 0;
  std::size_t streamed_bytes_ = 0;  ///< Of their text.
  bool ok_ = true;
};

}  // namespace resograph::exporter
