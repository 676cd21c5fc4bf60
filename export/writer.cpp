#include "writer.hpp"

#include <serd/serd.h>

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

/// Writes the statements of the model in SPO order: those of `graph`, as
/// quads of it, or (null) every statement, graphs dropped.
SerdStatus write_graph(const graph::Model& model, const SordNode* graph, SerdWriter* writer) {
  SerdStatus status = SERD_SUCCESS;
  SordIter* it = graph ? sord_search(model.model(), nullptr, nullptr, nullptr, graph) : sord_begin(model.model());
  for (; status == SERD_SUCCESS && it && !sord_iter_end(it); sord_iter_next(it)) {
    SordQuad quad;
    sord_iter_get(it, quad);
    status = write_quad(writer, graph, quad);
  }
  sord_iter_free(it);
  return status;
}

/// Writes every quad of the model, graph by graph (in the order the graphs
/// were first used), each in SPO order.
SerdStatus write_quads(const graph::Model& model, SerdWriter* writer) {
  SerdStatus status = SERD_SUCCESS;
  for (const graph::Node& graph : model.graphs()) {
    if (status == SERD_SUCCESS) status = write_graph(model, graph.get(), writer);
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

/// Writes the model with Serd; with `declare`, the prefix declarations first.
bool write_with_sink(const graph::Model& model, Format format, const Prefixes& prefixes, bool declare, SerdSink sink,
                     void* stream) {
  if (model.has_named_graphs() && (format == Format::nquads || format == Format::trig)) {
    return write_statements(format, prefixes, declare, sink, stream,
                            [&model](SerdWriter* writer) { return write_quads(model, writer); });
  }
  return write_statements(format, prefixes, declare, sink, stream,
                          [&model](SerdWriter* writer) { return write_graph(model, nullptr, writer); });
}

/// A node of the model as a term of the native writer; resograph's models
/// hold IRIs and literals only (no blank nodes).
graph::Term term_of(const SordNode* node) {
  const std::string_view value = graph::text_of(node);
  if (sord_node_get_type(node) != SORD_LITERAL) return graph::Term::iri(value);
  if (const char* language = sord_node_get_language(node)) return graph::Term::text(value, language);
  if (const SordNode* datatype = sord_node_get_datatype(node))
    return graph::Term::typed(value, graph::text_of(datatype));
  return graph::Term::text(value);
}

/// A part of the model to write: the statements of a named graph (null:
/// of every graph, graphs dropped) in SPO order, from the first subject that
/// starts at or after the `from`-th of them up to the first that starts at or
/// after the `to`-th.
struct ModelPart {
  const SordNode* graph = nullptr;
  std::size_t from = 0, to = SIZE_MAX;
};

/// The statements of a part, written as a Serd writer of its own would
/// write them (statement_writer.hpp).
/// `expected_bytes`: a hint of the size of its text.
std::unique_ptr<StatementWriter> write_part(const graph::Model& model, Format format,
                                            const Abbreviations* abbreviations, const ModelPart& part,
                                            std::size_t expected_bytes) {
  auto writer = std::make_unique<StatementWriter>(
      format, abbreviations, part.graph ? graph::text_of(part.graph) : std::string_view(), expected_bytes);
  const SordNode* previous_subject = nullptr;
  bool started = false;
  SordIter* it =
      part.graph ? sord_search(model.model(), nullptr, nullptr, nullptr, part.graph) : sord_begin(model.model());
  for (std::size_t index = 0; it && !sord_iter_end(it); sord_iter_next(it), ++index) {
    SordQuad quad;
    sord_iter_get(it, quad);
    const bool new_subject = quad[SORD_SUBJECT] != previous_subject;
    previous_subject = quad[SORD_SUBJECT];
    if (index >= part.to && new_subject) break;
    started = started || (index >= part.from && new_subject);
    if (started) writer->add(term_of(quad[SORD_SUBJECT]), term_of(quad[SORD_PREDICATE]), term_of(quad[SORD_OBJECT]));
  }
  sord_iter_free(it);
  return writer;
}

/// Models from this size on are written in two halves at once.
constexpr std::size_t halves_from = 20000;

/// The parts of the model in the order they are written: its named graphs
/// one by one (N-Quads), or its statements cut at the first subject past the
/// middle.
std::vector<ModelPart> parts_of(const graph::Model& model, Format format) {
  std::vector<ModelPart> parts;
  if (model.has_named_graphs() && format == Format::nquads) {
    for (const graph::Node& graph : model.graphs()) parts.push_back(ModelPart{graph.get()});
  } else if (const std::size_t all = model.size(); all >= halves_from) {
    parts = {ModelPart{nullptr, 0, all / 2}, ModelPart{nullptr, all / 2}};
  } else {
    parts = {ModelPart{}};
  }
  return parts;
}

}  // namespace

GraphWriter::GraphWriter(Format format, const Prefixes& prefixes, std::FILE* out)
    : GraphWriter(format, prefixes, serd_file_sink, out) {
  stream_ = out;
}

GraphWriter::GraphWriter(Format format, const Prefixes& prefixes, AtomicFile& file)
    : GraphWriter(format, prefixes, AtomicFile::serd_sink, &file) {}

GraphWriter::GraphWriter(Format format, const Prefixes& prefixes, SerdSink sink, void* output)
    : format_(format), prefixes_(prefixes), sink_(sink), output_(output) {
  if (!is_pretty(format)) return;
  SerdEnv* env = new_env(prefixes);
  SerdWriter* writer = new_writer(format, env, sink_, output_);
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
  // After a failed write (a full disk) nothing more is written; finish() says so.
  const std::string_view text = document.finish();
  ok_ = ok_ && document.ok() && write(text);
  streamed_ += document.statements();
  streamed_bytes_ += text.size();
}

bool GraphWriter::finish(const graph::Model& model) {
  // Serd's TriG writer opens a graph that follows another without the
  // indentation a new writer opens its first graph with: a model of named
  // graphs is written as TriG by one Serd writer.
  if (format_ == Format::trig && model.has_named_graphs()) {
    ok_ = ok_ && write_with_sink(model, format_, prefixes_, false, sink_, output_);
  } else {
    // Else written as Serd would write it (statement_writer.hpp), but faster:
    // Serd opens a subject, or a graph of N-Quads, the same way whether a
    // writer has written one before or not, so the model's parts are written
    // by writers of their own, the second half of them on a thread of its
    // own, and their texts follow each other as one writer's would.
    const std::vector<ModelPart> parts = parts_of(model, format_);
    // Room for twice the bytes a streamed statement took: a text that grows
    // is copied into new memory, room never written costs nothing.
    const std::size_t bytes_per_statement = streamed_ > 0 ? 2 * streamed_bytes_ / streamed_ + 1 : 128;
    std::vector<std::unique_ptr<StatementWriter>> written(parts.size());
    const auto write_parts = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to; ++i) {
        const std::size_t statements = parts[i].graph ? 0 : std::min(parts[i].to, model.size()) - parts[i].from;
        written[i] = write_part(model, format_, abbreviations_.get(), parts[i], statements * bytes_per_statement);
      }
    };
    const auto output_parts = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to; ++i) {
        const std::string_view text = written[i]->finish();
        ok_ = ok_ && written[i]->ok() && write(text);
      }
    };
    // The first half is output while the second is being written.
    const std::size_t half = (parts.size() + 1) / 2;
    std::thread second_half;
    if (half < parts.size()) second_half = std::thread(write_parts, half, parts.size());
    write_parts(0, half);
    output_parts(0, half);
    if (second_half.joinable()) second_half.join();
    output_parts(half, parts.size());
  }
  return ok_ && (!stream_ || (std::fflush(stream_) == 0 && !std::ferror(stream_)));
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

}  // namespace resograph::exporter
