// Export stage: writes a graph with Serd as Turtle (prefixed, deterministic:
// Sord's SPO order), N-Triples, N-Quads or TriG (one named graph per source
// file, written quad by quad since sord_write drops graphs). GraphWriter also
// streams each document's own statements (serialised on worker threads by
// statement_writer.hpp, as Serd would write them) ahead of the shared model.
// Output files are written atomically: a temporary file, synced to disk as it
// is written, renamed into place only when complete.
#pragma once

#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "model.hpp"
#include "sink.hpp"

namespace resograph::exporter {

enum class Format { turtle, ntriples, nquads, trig };

class Abbreviations;
class AtomicFile;

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
  /// Writes the prefix declarations (Turtle, TriG) at once. When `out` is
  /// the stream of `file`, the file is asked to sync what is written as the
  /// build goes on (AtomicFile::sync_written).
  GraphWriter(Format format, const Prefixes& prefixes, std::FILE* out, AtomicFile* file = nullptr);
  ~GraphWriter() override;

  std::unique_ptr<graph::TripleSink> open(std::string_view graph_iri, std::size_t source_bytes) const override;
  void close(std::unique_ptr<graph::TripleSink> sink) override;
  /// Writes the model after the streamed statements and flushes; false when
  /// any write failed.
  bool finish(const graph::Model& model);
  /// Statements streamed so far (those of the model not counted).
  std::size_t streamed() const { return streamed_; }

 private:
  Format format_;
  Prefixes prefixes_;
  std::unique_ptr<const Abbreviations> abbreviations_;  ///< Turtle and TriG.
  std::FILE* out_;
  AtomicFile* file_;
  std::size_t streamed_ = 0;
  std::size_t unsynced_bytes_ = 0;  ///< Written since the file was last asked to sync.
  bool ok_ = true;
};

/// A file written in full or not at all: written to a temporary file beside
/// it, synced to disk, then renamed into place.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();  ///< Removes the temporary file unless committed.
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::FILE* stream() const { return stream_; }
  bool ok() const { return stream_ != nullptr; }
  const std::string& error() const { return error_; }
  /// Has a thread of its own sync to disk what the stream has flushed so
  /// far, while the writing goes on: the sync in commit() then waits for
  /// the rest alone. Call it after a flush; a failure is reported by commit().
  void sync_written();
  /// Flushes, syncs, closes and renames into place; false (and `error()`)
  /// on failure.
  bool commit();

 private:
  /// Waits for the syncing thread to finish its last sync and stop.
  void stop_syncing();

  std::string path_;
  std::string temporary_;
  std::FILE* stream_ = nullptr;
  std::string error_;
  bool committed_ = false;

  std::thread syncing_;  ///< Started by the first sync_written().
  std::mutex sync_mutex_;
  std::condition_variable sync_requested_;
  bool sync_pending_ = false;  ///< A sync was asked for and not yet started.
  bool sync_stopping_ = false;
  int sync_errno_ = 0;  ///< Of the first failed sync: the error is reported once per file.
};

}  // namespace resograph::exporter
