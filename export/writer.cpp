#include "writer.hpp"

#include <serd/serd.h>

#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <thread>

#include "statement_writer.hpp"
#include "vocab.hpp"

namespace resograph::exporter {

namespace {

const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

SerdSyntax syntax_of(Format format) {
  switch (format) {
    case Format::turtle: return SERD_TURTLE;
    case Format::ntriples: return SERD_NTRIPLES;
    case Format::nquads: return SERD_NQUADS;
    case Format::trig: return SERD_TRIG;
  }
  return SERD_TURTLE;
}

/// Writes one quad as sord_write does for a model without blank nodes
/// (resograph makes none).
SerdStatus write_quad(SerdWriter* writer, const SordNode* graph, const SordQuad quad) {
  const char* lang = sord_node_get_language(quad[SORD_OBJECT]);
  const SerdNode lang_node = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(lang ? lang : ""));
  const SordNode* datatype = sord_node_get_datatype(quad[SORD_OBJECT]);
  return serd_writer_write_statement(
      writer, 0, graph ? sord_node_to_serd_node(graph) : nullptr, sord_node_to_serd_node(quad[SORD_SUBJECT]),
      sord_node_to_serd_node(quad[SORD_PREDICATE]), sord_node_to_serd_node(quad[SORD_OBJECT]),
      datatype ? sord_node_to_serd_node(datatype) : nullptr, lang ? &lang_node : nullptr);
}

/// Writes every quad of the model, graph by graph (in the order the graphs
/// were first used), each in SPO order.
SerdStatus write_quads(const graph::Model& model, SerdWriter* writer) {
  SerdStatus status = SERD_SUCCESS;
  for (const graph::Node& graph : model.graphs()) {
    SordIter* it = sord_search(model.model(), nullptr, nullptr, nullptr, graph.get());
    for (; status == SERD_SUCCESS && it && !sord_iter_end(it); sord_iter_next(it)) {
      SordQuad quad;
      sord_iter_get(it, quad);
      status = write_quad(writer, graph.get(), quad);
    }
    sord_iter_free(it);
  }
  return status;
}

SerdEnv* new_env(const Prefixes& prefixes) {
  SerdEnv* env = serd_env_new(nullptr);
  for (const auto& [name, iri] : prefixes) {
    serd_env_set_prefix_from_strings(env, bytes(name), bytes(iri));
  }
  return env;
}

bool is_pretty(Format format) { return format == Format::turtle || format == Format::trig; }

SerdWriter* new_writer(Format format, SerdEnv* env, SerdSink sink, void* stream) {
  // Bulk: Serd fills pages before calling the sink, not once per token.
  const SerdStyle style =
      is_pretty(format) ? SerdStyle(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK) : SERD_STYLE_BULK;
  return serd_writer_new(syntax_of(format), style, env, nullptr, sink, stream);
}

size_t string_sink(const void* buffer, size_t length, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buffer), length);
  return length;
}

/// Writes statements with a writer of its own; with `declare`, the prefix
/// declarations first. False when a write failed.
bool write_statements(Format format, const Prefixes& prefixes, bool declare, SerdSink sink, void* stream,
                      const std::function<SerdStatus(SerdWriter*)>& statements) {
  SerdEnv* env = new_env(prefixes);
  SerdWriter* writer = new_writer(format, env, sink, stream);
  if (declare && is_pretty(format)) {
    serd_env_foreach(env, reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer);
  }
  const SerdStatus status = statements(writer);
  const SerdStatus finish = serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  return status == SERD_SUCCESS && finish == SERD_SUCCESS;
}

/// Models from this size on are written in two halves at once.
constexpr std::size_t halves_from = 20000;

/// Writes the statements of a model without named graphs in SPO order from
/// the first subject that starts at or after the `from`-th statement up to
/// the first that starts at or after the `to`-th (`to` past the end: all).
SerdStatus write_subjects(const graph::Model& model, SerdWriter* writer, std::size_t from, std::size_t to) {
  SerdStatus status = SERD_SUCCESS;
  const SordNode* previous_subject = nullptr;
  bool started = false;
  SordIter* it = sord_begin(model.model());
  for (std::size_t index = 0; status == SERD_SUCCESS && it && !sord_iter_end(it); sord_iter_next(it), ++index) {
    SordQuad quad;
    sord_iter_get(it, quad);
    const bool new_subject = quad[SORD_SUBJECT] != previous_subject;
    previous_subject = quad[SORD_SUBJECT];
    if (index >= to && new_subject) break;
    started = started || (index >= from && new_subject);
    if (started) status = write_quad(writer, nullptr, quad);
  }
  sord_iter_free(it);
  return status;
}

/// Writes the statements of a model without named graphs in SPO order. A
/// large model is cut at the first subject past its middle and each half
/// written by a Serd writer on a thread of its own. Serd opens a subject in
/// the same way whether a writer has written one before or not: the texts
/// follow each other as one writer would have written them.
bool write_default_graph(const graph::Model& model, Format format, const Prefixes& prefixes, bool declare,
                         SerdSink sink, void* stream) {
  const auto subjects = [&model](std::size_t from, std::size_t to) {
    return [&model, from, to](SerdWriter* writer) { return write_subjects(model, writer, from, to); };
  };
  const std::size_t all = model.size();
  if (all < halves_from) return write_statements(format, prefixes, declare, sink, stream, subjects(0, all));
  std::string first, second;
  bool second_ok = false;
  std::thread second_half(
      [&] { second_ok = write_statements(format, prefixes, false, string_sink, &second, subjects(all / 2, all)); });
  const bool first_ok = write_statements(format, prefixes, declare, string_sink, &first, subjects(0, all / 2));
  second_half.join();
  const bool written = sink(first.data(), first.size(), stream) == first.size() &&
                       sink(second.data(), second.size(), stream) == second.size();
  return first_ok && second_ok && written;
}

/// Writes the model; with `declare`, the prefix declarations first.
bool write_with_sink(const graph::Model& model, Format format, const Prefixes& prefixes, bool declare, SerdSink sink,
                     void* stream) {
  if (model.has_named_graphs() && (format == Format::nquads || format == Format::trig)) {
    return write_statements(format, prefixes, declare, sink, stream,
                            [&model](SerdWriter* writer) { return write_quads(model, writer); });
  }
  return write_default_graph(model, format, prefixes, declare, sink, stream);
}

}  // namespace

GraphWriter::GraphWriter(Format format, const Prefixes& prefixes, std::FILE* out, AtomicFile* file)
    : format_(format), prefixes_(prefixes), out_(out), file_(file) {
  if (!is_pretty(format)) return;
  SerdEnv* env = new_env(prefixes);
  SerdWriter* writer = new_writer(format, env, serd_file_sink, out);
  serd_env_foreach(env, reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer);
  ok_ = serd_writer_finish(writer) == SERD_SUCCESS;
  serd_writer_free(writer);
  abbreviations_ = std::make_unique<const Abbreviations>(env);
  serd_env_free(env);
}

GraphWriter::~GraphWriter() = default;

std::unique_ptr<graph::TripleSink> GraphWriter::open(std::string_view graph_iri, std::size_t source_bytes) const {
  // Turtle of paragraphs and citations is about five times the source (N-Triples
  // about fourteen): one allocation instead of a string doubling its way up.
  return std::make_unique<StatementWriter>(format_, abbreviations_.get(), graph_iri,
                                           source_bytes * (is_pretty(format_) ? 6 : 16));
}

void GraphWriter::close(std::unique_ptr<graph::TripleSink> sink) {
  auto& document = static_cast<StatementWriter&>(*sink);
  const std::string_view text = document.finish();
  // After a failed write (a full disk) nothing more is written; finish() says so.
  // An empty document (an empty file) has no text to write, not even a buffer.
  ok_ = ok_ && document.ok() && (text.empty() || std::fwrite(text.data(), 1, text.size(), out_) == text.size());
  streamed_ += document.statements();
  // The output is synced before it is renamed into place (AtomicFile): a sync
  // every 64 MB, on the file's own thread, spreads that wait over the build
  // instead of leaving it all to the end.
  unsynced_bytes_ += text.size();
  if (ok_ && file_ && unsynced_bytes_ >= (std::size_t{64} << 20)) {
    unsynced_bytes_ = 0;
    ok_ = std::fflush(out_) == 0;
    file_->sync_written();
  }
}

bool GraphWriter::finish(const graph::Model& model) {
  // While Serd writes the model, the streamed part (most of the output) is
  // synced: the sync before the rename then waits for the model's part alone.
  ok_ = ok_ && std::fflush(out_) == 0;
  if (ok_ && file_) file_->sync_written();
  ok_ = ok_ && write_with_sink(model, format_, prefixes_, false, serd_file_sink, out_);
  return ok_ && std::fflush(out_) == 0 && !std::ferror(out_);
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "turtle" || name == "ttl") return Format::turtle;
  if (name == "ntriples" || name == "nt") return Format::ntriples;
  if (name == "nquads" || name == "nq") return Format::nquads;
  if (name == "trig") return Format::trig;
  return std::nullopt;
}

Prefixes standard_prefixes(std::string_view) {
  return {{"rg", std::string(vocab::rg)},     {"dcterms", std::string(vocab::dcterms)},
          {"rdfs", std::string(vocab::rdfs)}, {"skos", std::string(vocab::skos)},
          {"xsd", std::string(vocab::xsd)},   {"prov", std::string(vocab::prov)},
          {"oa", std::string(vocab::oa)}};
}

bool write(const graph::Model& model, Format format, const Prefixes& prefixes, std::FILE* out) {
  const bool ok = write_with_sink(model, format, prefixes, true, serd_file_sink, out);
  return ok && std::fflush(out) == 0 && !std::ferror(out);
}

std::string to_string(const graph::Model& model, Format format, const Prefixes& prefixes) {
  std::string out;
  write_with_sink(model, format, prefixes, true, string_sink, &out);
  return out;
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const std::filesystem::path target(path_);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) {
    error_ = std::string("cannot create a temporary file beside it: ") + std::strerror(errno);
    return;
  }
  temporary_ = pattern;
  stream_ = fdopen(fd, "wb");
  if (!stream_) {
    error_ = std::strerror(errno);
    ::close(fd);
  }
}

AtomicFile::~AtomicFile() {
  stop_syncing();
  if (stream_) std::fclose(stream_);
  if (!committed_ && !temporary_.empty()) std::remove(temporary_.c_str());
}

void AtomicFile::sync_written() {
  if (!stream_) return;
  {
    std::lock_guard lock(sync_mutex_);
    sync_pending_ = true;
  }
  if (syncing_.joinable()) {
    sync_requested_.notify_one();
    return;
  }
  syncing_ = std::thread([this, fd = fileno(stream_)] {
    std::unique_lock lock(sync_mutex_);
    for (;;) {
      sync_requested_.wait(lock, [this] { return sync_pending_ || sync_stopping_; });
      if (!sync_pending_) return;
      sync_pending_ = false;
      lock.unlock();
      // The kernel reports a failed write-back to one sync only: kept for commit().
      const int failed = fdatasync(fd) == 0 ? 0 : errno;
      lock.lock();
      if (failed && !sync_errno_) sync_errno_ = failed;
    }
  });
}

void AtomicFile::stop_syncing() {
  if (!syncing_.joinable()) return;
  {
    std::lock_guard lock(sync_mutex_);
    sync_pending_ = false;
    sync_stopping_ = true;
  }
  sync_requested_.notify_one();
  syncing_.join();
}

bool AtomicFile::commit() {
  if (!stream_) return false;
  // The first failure is the one reported; errno may be unset after ferror.
  const auto failure = [] { return errno ? errno : EIO; };
  int error = std::fflush(stream_) == 0 && !std::ferror(stream_) ? 0 : failure();
  stop_syncing();
  if (!error) error = sync_errno_;
  if (!error && fsync(fileno(stream_)) != 0) error = failure();
  if (std::fclose(stream_) != 0 && !error) error = failure();
  stream_ = nullptr;
  if (error) {
    error_ = std::string("cannot write: ") + std::strerror(error);
    return false;
  }
  // Temporary files are created 0600; give the output the usual permissions.
  std::error_code ec;
  std::filesystem::permissions(temporary_,
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                   std::filesystem::perms::group_read | std::filesystem::perms::others_read,
                               ec);
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    error_ = std::string("cannot rename into place: ") + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace resograph::exporter
