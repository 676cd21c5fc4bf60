#include "writer.hpp"

#include <serd/serd.h>

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <filesystem>

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

/// Writes every quad of the model, graph by graph (in the order the graphs
/// were first used), each in SPO order.
SerdStatus write_quads(const graph::Model& model, SerdWriter* writer) {
  SerdStatus status = SERD_SUCCESS;
  // A model without named graphs is all default graph (a null node).
  const std::vector<graph::Node> default_graph(1);
  for (const graph::Node& graph : model.has_named_graphs() ? model.graphs() : default_graph) {
    SordIter* it =
        graph ? sord_search(model.model(), nullptr, nullptr, nullptr, graph.get()) : sord_begin(model.model());
    for (; status == SERD_SUCCESS && it && !sord_iter_end(it); sord_iter_next(it)) {
      SordQuad quad;
      sord_iter_get(it, quad);
      const char* lang = sord_node_get_language(quad[SORD_OBJECT]);
      const SerdNode lang_node =
          serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(lang ? lang : ""));
      const SordNode* datatype = sord_node_get_datatype(quad[SORD_OBJECT]);
      status = serd_writer_write_statement(
          writer, 0, graph ? sord_node_to_serd_node(graph.get()) : nullptr, sord_node_to_serd_node(quad[SORD_SUBJECT]),
          sord_node_to_serd_node(quad[SORD_PREDICATE]), sord_node_to_serd_node(quad[SORD_OBJECT]),
          datatype ? sord_node_to_serd_node(datatype) : nullptr, lang ? &lang_node : nullptr);
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

/// Writes the model; with `declare`, the prefix declarations first.
bool write_with_sink(const graph::Model& model, Format format, const Prefixes& prefixes, bool declare, SerdSink sink,
                     void* stream) {
  SerdEnv* env = new_env(prefixes);
  SerdWriter* writer = new_writer(format, env, sink, stream);
  SerdStatus status = SERD_SUCCESS;
  if (declare && is_pretty(format)) {
    serd_env_foreach(env, reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer);
  }
  // An empty model (every input failed) is an empty graph: sord_write would
  // report it as a failure.
  if (model.size() > 0 && (format == Format::turtle || format == Format::ntriples)) {
    status = sord_write(model.model(), writer, nullptr) ? SERD_SUCCESS : SERD_ERR_UNKNOWN;
  } else if (model.size() > 0) {
    status = write_quads(model, writer);
  }
  const SerdStatus finish = serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  return status == SERD_SUCCESS && finish == SERD_SUCCESS;
}

size_t string_sink(const void* buffer, size_t length, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buffer), length);
  return length;
}

/// A Serd node over a term's bytes. serd_node_from_substring would count
/// characters byte by byte, and the streamed literals are whole paragraphs;
/// Serd's writer reads the bytes and the flags that choose Turtle's long
/// string form, not the character count (later Serd dropped the field), so
/// the count is left at 0, the same for every node this writer compares.
SerdNode view_node(std::string_view value, SerdType type, SerdNodeFlags flags = 0) {
  return SerdNode{reinterpret_cast<const uint8_t*>(value.data()), value.size(), 0, flags, type};
}

/// The flags that make Serd write a literal in Turtle's long form ("""…""").
/// memchr scans wide: three of its passes cost less than one byte by byte.
SerdNodeFlags long_form_flags(std::string_view text) {
  SerdNodeFlags flags = 0;
  if (text.find('\n') != std::string_view::npos || text.find('\r') != std::string_view::npos) {
    flags |= SERD_HAS_NEWLINE;
  }
  if (text.find('"') != std::string_view::npos) flags |= SERD_HAS_QUOTE;
  return flags;
}

/// Serd's test of the prefix and local names of a CURIE it writes: ASCII
/// letters and digits only.
bool is_name(std::string_view text) {
  for (const char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

/// Whether `iri` starts with `prefix`. Prefix IRIs end in '#' or '/': their
/// last character tells most IRIs apart before a comparison of the rest.
bool starts_with(std::string_view iri, std::string_view prefix) {
  return prefix.empty() ||
         (iri.size() >= prefix.size() && iri[prefix.size() - 1] == prefix.back() && iri.starts_with(prefix));
}

/// The prefixed names Serd's Turtle writer makes of IRIs (SERD_STYLE_CURIED),
/// made ahead of it: Serd writes a CURIE node as it is, where an IRI costs it
/// a search of the prefixes, checks and an escaping scan, statement after
/// statement. Serd takes the first prefix whose IRI starts the IRI, and
/// abbreviates only when the prefix name and the local name are ASCII letters
/// and digits; rdf:nil, and rdf:type as a predicate, get shorthands of their own.
class Abbreviations {
 public:
  explicit Abbreviations(const SerdEnv* env) { serd_env_foreach(env, add_prefix, this); }

  /// Puts the CURIE Serd would write for `iri` into `curie`; false when Serd
  /// would write something else.
  bool abbreviate(std::string_view iri, bool predicate, std::string& curie) const {
    for (const Prefix& prefix : prefixes_) {
      if (!starts_with(iri, prefix.iri)) continue;
      const std::string_view local = iri.substr(prefix.iri.size());
      if (!prefix.usable || !is_name(local) || iri == rdf_nil_ || (predicate && iri == rdf_type_)) return false;
      curie.assign(prefix.curie_start).append(local);
      return true;
    }
    return false;
  }

 private:
  struct Prefix {
    std::string curie_start;  ///< The name and a colon.
    std::string iri;
    /// Serd abbreviates only IRIs with a scheme, which then lies in the prefix.
    bool usable;
  };

  static SerdStatus add_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    const std::string_view name_text(reinterpret_cast<const char*>(name->buf), name->n_bytes);
    static_cast<Abbreviations*>(handle)->prefixes_.push_back(
        {std::string(name_text) + ':', reinterpret_cast<const char*>(uri->buf),
         is_name(name_text) && serd_uri_string_has_scheme(uri->buf)});
    return SERD_SUCCESS;
  }

  std::vector<Prefix> prefixes_;  ///< In Serd's order.
  inline static const std::string rdf_nil_ = std::string(vocab::rdf) + "nil";
  inline static const std::string rdf_type_ = std::string(vocab::rdf) + "type";
};

/// One document's own statements, serialised into a string by Serd.
class SerialisedDocument : public graph::TripleSink {
 public:
  SerialisedDocument(Format format, const Prefixes& prefixes, std::string_view graph_iri)
      : env_(new_env(prefixes)), writer_(new_writer(format, env_, string_sink, &text_)) {
    if (is_pretty(format)) abbreviations_.emplace(env_);
    if (format == Format::nquads || format == Format::trig) graph_iri_ = graph_iri;
    graph_ = view_node(graph_iri_, SERD_URI);
  }
  ~SerialisedDocument() override {
    serd_writer_free(writer_);
    serd_env_free(env_);
  }
  SerialisedDocument(const SerialisedDocument&) = delete;
  SerialisedDocument& operator=(const SerialisedDocument&) = delete;

  void add(const graph::Term& subject, const graph::Term& predicate, const graph::Term& object) override {
    // Subjects (and the graph) are written once per block of statements:
    // qualifying them is left to Serd, which does it then, not every time.
    const SerdNode s = view_node(subject.value, SERD_URI);
    const SerdNode p = node(predicate, true, predicate_curie_), o = node(object, false, object_curie_);
    // Given as IRIs: Serd writes xsd:integer literals bare only on seeing the full IRI.
    const SerdNode datatype = view_node(object.datatype, SERD_URI);
    const SerdNode language = view_node(object.language, SERD_LITERAL);
    const SerdStatus status = serd_writer_write_statement(writer_, 0, graph_iri_.empty() ? nullptr : &graph_, &s, &p,
                                                          &o, object.datatype.empty() ? nullptr : &datatype,
                                                          object.language.empty() ? nullptr : &language);
    ok_ = ok_ && status == SERD_SUCCESS;
    ++statements_;
  }

  void reserve(std::size_t bytes) { text_.reserve(bytes); }
  /// Ends the last statement (and graph block); gives the text.
  const std::string& finish() {
    ok_ = serd_writer_finish(writer_) == SERD_SUCCESS && ok_;
    return text_;
  }
  bool ok() const { return ok_; }
  std::size_t statements() const { return statements_; }

 private:
  /// The node Serd is given for a predicate or an object: in Turtle and TriG,
  /// a CURIE (its text kept in `curie`) where Serd would abbreviate the IRI.
  SerdNode node(const graph::Term& term, bool predicate, std::string& curie) const {
    if (term.kind == graph::Term::Kind::literal) {
      // N-Triples and N-Quads have one string form: no flags to find.
      return view_node(term.value, SERD_LITERAL, abbreviations_ ? long_form_flags(term.value) : 0);
    }
    if (abbreviations_ && abbreviations_->abbreviate(term.value, predicate, curie)) return view_node(curie, SERD_CURIE);
    return view_node(term.value, SERD_URI);
  }

  std::string text_;
  std::string graph_iri_;
  SerdNode graph_ = SERD_NODE_NULL;
  SerdEnv* env_;
  SerdWriter* writer_;
  /// Turtle and TriG only.
  std::optional<Abbreviations> abbreviations_;
  /// The texts of the CURIE nodes of the statement being written, kept to
  /// reuse their storage.
  std::string predicate_curie_, object_curie_;
  std::size_t statements_ = 0;
  bool ok_ = true;
};

}  // namespace

GraphWriter::GraphWriter(Format format, const Prefixes& prefixes, std::FILE* out)
    : format_(format), prefixes_(prefixes), out_(out) {
  if (!is_pretty(format)) return;
  SerdEnv* env = new_env(prefixes);
  SerdWriter* writer = new_writer(format, env, serd_file_sink, out);
  serd_env_foreach(env, reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer);
  ok_ = serd_writer_finish(writer) == SERD_SUCCESS;
  serd_writer_free(writer);
  serd_env_free(env);
}

std::unique_ptr<graph::TripleSink> GraphWriter::open(std::string_view graph_iri, std::size_t source_bytes) const {
  auto document = std::make_unique<SerialisedDocument>(format_, prefixes_, graph_iri);
  // Turtle of paragraphs and citations is about five times the source (N-Triples
  // about fourteen): one allocation instead of a string doubling its way up.
  document->reserve(source_bytes * (is_pretty(format_) ? 6 : 16));
  return document;
}

void GraphWriter::close(std::unique_ptr<graph::TripleSink> sink) {
  auto& document = static_cast<SerialisedDocument&>(*sink);
  const std::string& text = document.finish();
  // After a failed write (a full disk) nothing more is written; finish() says so.
  ok_ = ok_ && document.ok() && std::fwrite(text.data(), 1, text.size(), out_) == text.size();
  streamed_ += document.statements();
  // The output is synced before it is renamed into place (AtomicFile): asking
  // the kernel to start writing every 64 MB spreads that wait over the build
  // instead of leaving it all to the end. A hint: on a pipe it does nothing.
  unsynced_bytes_ += text.size();
  if (ok_ && unsynced_bytes_ >= (std::size_t{64} << 20)) {
    unsynced_bytes_ = 0;
    ok_ = std::fflush(out_) == 0;
    (void)sync_file_range(fileno(out_), 0, 0, SYNC_FILE_RANGE_WRITE);
  }
}

bool GraphWriter::finish(const graph::Model& model) {
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
  if (stream_) std::fclose(stream_);
  if (!committed_ && !temporary_.empty()) std::remove(temporary_.c_str());
}

bool AtomicFile::commit() {
  if (!stream_) return false;
  const bool flushed = std::fflush(stream_) == 0 && !std::ferror(stream_) && fsync(fileno(stream_)) == 0;
  const bool closed = std::fclose(stream_) == 0;
  stream_ = nullptr;
  if (!flushed || !closed) {
    error_ = std::string("cannot write: ") + std::strerror(errno);
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
