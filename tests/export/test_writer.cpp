// Export stage (export/writer.hpp): Turtle that Serd reads back into exactly
// the N-Triples output, byte-identical output across builds, N-Quads and TriG
// with one named graph per source file, and atomic output files.
#include <catch2/catch.hpp>

#include <serd/serd.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include "atomic_file.hpp"
#include "corpus.hpp"
#include "support/fixtures.hpp"
#include "support/quads.hpp"
#include "support/serd_reference.hpp"
#include "vocab.hpp"
#include "writer.hpp"

using namespace resograph;
using namespace resograph::test;
namespace fs = std::filesystem;

namespace {

const std::string base = "https://w3id.org/resograph/id/";

void build_corpus_graph(graph::Model& model) {
  std::vector<Diagnostic> diagnostics;
  const BuildReport report = build_corpus(collect_inputs({corpus_dir}, diagnostics), registry(), base, model, 2);
  REQUIRE(report.failed == 0);
  REQUIRE(report.files == 5);
}

/// The corpus graph with its named graphs, built once.
const graph::Model& corpus_model() {
  static const std::unique_ptr<graph::Model> model = [] {
    auto m = new_model();
    build_corpus_graph(*m);
    return m;
  }();
  return *model;
}

std::string text_of(const graph::Model& model, exporter::Format format) {
  return exporter::to_string(model, format, exporter::standard_prefixes(base));
}

size_t append_sink(const void* buffer, size_t length, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buffer), length);
  return length;
}

struct Parsed {
  bool ok = false;
  std::set<std::string> statements;  ///< As N-Triples / N-Quads lines.
  std::set<std::string> graphs;      ///< Named graphs seen.
  std::size_t count = 0;             ///< Statements read, duplicates included.
  std::string error;
};

struct ReadState {
  SerdWriter* writer = nullptr;
  Parsed* parsed = nullptr;
};

SerdStatus on_statement(void* handle, SerdStatementFlags flags, const SerdNode* graph, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                        const SerdNode* lang) {
  auto* state = static_cast<ReadState*>(handle);
  ++state->parsed->count;
  if (graph && graph->buf) state->parsed->graphs.insert(reinterpret_cast<const char*>(graph->buf));
  return serd_writer_write_statement(state->writer, flags, graph, subject, predicate, object, datatype, lang);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_writer_set_prefix(static_cast<ReadState*>(handle)->writer, name, uri);
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_writer_set_base_uri(static_cast<ReadState*>(handle)->writer, uri);
}

SerdStatus on_end(void* handle, const SerdNode* node) {
  return serd_writer_end_anon(static_cast<ReadState*>(handle)->writer, node);
}

SerdStatus on_error(void* handle, const SerdError* error) {
  char message[512];
  std::vsnprintf(message, sizeof message, error->fmt, *error->args);
  static_cast<Parsed*>(handle)->error +=
      std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + message;
  return SERD_SUCCESS;
}

/// Reads `text` (Turtle, N-Triples, N-Quads or TriG) with Serd's reader and
/// writes every statement back as N-Quads lines (N-Triples lines for the
/// default graph), prefixed names expanded.
Parsed reparse(const std::string& text, SerdSyntax syntax) {
  Parsed parsed;
  std::string out;
  SerdEnv* env = serd_env_new(nullptr);
  SerdWriter* writer = serd_writer_new(SERD_NQUADS, SerdStyle(0), env, nullptr, append_sink, &out);
  ReadState state{writer, &parsed};
  SerdReader* reader = serd_reader_new(syntax, &state, nullptr, on_base, on_prefix, on_statement, on_end);
  serd_reader_set_error_sink(reader, on_error, &parsed);
  const SerdStatus status = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str()));
  serd_reader_free(reader);
  serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  parsed.ok = status == SERD_SUCCESS && parsed.error.empty();
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) parsed.statements.insert(line);
  }
  return parsed;
}

/// One graph per source file, and the corpus graph of the cross-document links.
std::set<std::string> file_graphs() {
  std::set<std::string> graphs;
  for (const std::string& stem : corpus_stems) graphs.insert(base + "file/" + stem + ".txt");
  graphs.insert(base + "corpus");
  return graphs;
}

bool folder_is_empty(const std::string& folder) { return fs::is_empty(folder); }

/// What was written to a temporary file; closes it.
std::string read_back(std::FILE* file) {
  std::fseek(file, 0, SEEK_SET);
  std::string written;
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) written.append(buffer, n);
  std::fclose(file);
  return written;
}

/// The lines of a Turtle or TriG text after its prefix declarations.
std::string statement_lines(const std::string& text) {
  std::string lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && !line.starts_with("@prefix ")) lines += line + '\n';
  }
  return lines;
}

}  // namespace

TEST_CASE("Turtle round trip: Serd reads back exactly the N-Triples output", "[export]") {
  const graph::Model& model = corpus_model();
  const Parsed turtle = reparse(text_of(model, exporter::Format::turtle), SERD_TURTLE);
  INFO(turtle.error);
  REQUIRE(turtle.ok);
  const Parsed ntriples = reparse(text_of(model, exporter::Format::ntriples), SERD_NTRIPLES);
  INFO(ntriples.error);
  REQUIRE(ntriples.ok);
  CHECK(turtle.statements.size() == ntriples.statements.size());
  CHECK(turtle.statements == ntriples.statements);
  // Turtle has no graphs: the quads of the model collapse into its triples.
  CHECK(turtle.count == turtle.statements.size());
  CHECK(turtle.count <= model.size());

  SECTION("the N-Triples output is already in Serd's canonical form") {
    std::set<std::string> lines;
    std::istringstream in(text_of(model, exporter::Format::ntriples));
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) lines.insert(line);
    }
    CHECK(lines == ntriples.statements);
  }
}

TEST_CASE("Turtle round trip of a small graph with odd literals", "[export]") {
  graph::Model model;
  const graph::Node s = model.uri(base + "res/GA/72/1");
  model.add(s, model.uri(std::string(vocab::dcterms) + "title"),
            model.literal("« Titre » avec \"guillemets\", \\ et\nsaut de ligne", "fr"));
  model.add(s, model.uri(std::string(vocab::rg) + "adoptedOn"),
            model.typed("2017-09-27", std::string(vocab::xsd) + "date"));
  model.add(s, model.uri(std::string(vocab::rg) + "key"), model.literal("res:GA:72/1"));
  model.add(s, model.uri(std::string(vocab::rdfs) + "seeAlso"), model.uri("https://undocs.org/fr/A/RES/72/1"));
  const Parsed turtle = reparse(text_of(model, exporter::Format::turtle), SERD_TURTLE);
  const Parsed ntriples = reparse(text_of(model, exporter::Format::ntriples), SERD_NTRIPLES);
  REQUIRE(turtle.ok);
  REQUIRE(ntriples.ok);
  CHECK(turtle.statements.size() == 4);
  CHECK(turtle.statements == ntriples.statements);
  CHECK(text_of(model, exporter::Format::turtle).find("@prefix rg: <https://w3id.org/resograph/ns#>") !=
        std::string::npos);
}

TEST_CASE("building the corpus graph twice gives byte-identical Turtle", "[export]") {
  const auto first = new_model(), second = new_model();
  build_corpus_graph(*first);
  build_corpus_graph(*second);
  const std::string a = text_of(*first, exporter::Format::turtle);
  const std::string b = text_of(*second, exporter::Format::turtle);
  CHECK_FALSE(a.empty());
  CHECK(a.size() == b.size());
  CHECK(a == b);
  CHECK(text_of(*first, exporter::Format::trig) == text_of(*second, exporter::Format::trig));
}

TEST_CASE("N-Quads output parses and carries one named graph per source file", "[export]") {
  const graph::Model& model = corpus_model();
  const Parsed nquads = reparse(text_of(model, exporter::Format::nquads), SERD_NQUADS);
  INFO(nquads.error);
  REQUIRE(nquads.ok);
  CHECK(nquads.graphs == file_graphs());
  // Each act stated by a file is described in that file's graph.
  for (const std::string& stem : corpus_stems) {
    const std::string graph = "<" + base + "file/" + stem + ".txt>";
    const std::string source_file = "<https://w3id.org/resograph/ns#sourceFile> \"" + stem + ".txt\" " + graph + " .";
    const bool found = std::any_of(nquads.statements.begin(), nquads.statements.end(),
                                   [&](const std::string& line) { return line.ends_with(source_file); });
    INFO(stem);
    CHECK(found);
  }
}

TEST_CASE("N-Quads and TriG outputs hold every quad of the model", "[export]") {
  // A triple stated in several files' graphs (body:CCPCJ a rg:Body …) is one quad per graph.
  const graph::Model& model = corpus_model();
  const Parsed nquads = reparse(text_of(model, exporter::Format::nquads), SERD_NQUADS);
  CHECK(nquads.count == model.size());
  const Parsed trig = reparse(text_of(model, exporter::Format::trig), SERD_TRIG);
  CHECK(trig.count == model.size());
  const std::string ccpcj = "<" + base +
                            "body/CCPCJ> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                            "<https://w3id.org/resograph/ns#Body> <" +
                            base + "file/";
  for (const std::string& stem : {std::string("001_1b8c8940ed5f6a62"), std::string("003_07c25e7d960496ef")}) {
    INFO(stem);
    CHECK(nquads.statements.count(ccpcj + stem + ".txt> .") == 1);
  }
}

TEST_CASE("TriG output parses and carries the same quads as N-Quads", "[export]") {
  const graph::Model& model = corpus_model();
  const Parsed trig = reparse(text_of(model, exporter::Format::trig), SERD_TRIG);
  INFO(trig.error);
  REQUIRE(trig.ok);
  CHECK(trig.graphs == file_graphs());
  const Parsed nquads = reparse(text_of(model, exporter::Format::nquads), SERD_NQUADS);
  CHECK(trig.statements == nquads.statements);
}

TEST_CASE("write() to a stream gives what to_string gives", "[export]") {
  graph::Model model;
  model.add(model.uri(base + "body/UNODC"), model.uri(std::string(vocab::rg) + "key"), model.literal("body:UNODC"));
  const auto prefixes = exporter::standard_prefixes(base);
  for (const auto format :
       {exporter::Format::turtle, exporter::Format::ntriples, exporter::Format::nquads, exporter::Format::trig}) {
    std::FILE* out = std::tmpfile();
    REQUIRE(out != nullptr);
    CHECK(exporter::write(model, format, prefixes, out));
    CHECK(read_back(out) == exporter::to_string(model, format, prefixes));
  }
}

TEST_CASE("streaming documents' own statements gives the quads of the whole model, whatever the thread count",
          "[export]") {
  // The model of corpus_model() holds everything; GraphWriter streams each
  // document's paragraphs and citations and writes only the shared part from
  // its model. Both must say the same, in every format.
  const auto prefixes = exporter::standard_prefixes(base);
  for (const auto format :
       {exporter::Format::turtle, exporter::Format::ntriples, exporter::Format::nquads, exporter::Format::trig}) {
    const bool quads = format == exporter::Format::nquads || format == exporter::Format::trig;
    const SerdSyntax syntax = format == exporter::Format::turtle     ? SERD_TURTLE
                              : format == exporter::Format::ntriples ? SERD_NTRIPLES
                              : format == exporter::Format::nquads   ? SERD_NQUADS
                                                                     : SERD_TRIG;
    std::string first_output;
    for (const unsigned threads : {1u, 2u}) {
      INFO("format " << static_cast<int>(format) << ", " << threads << " threads");
      std::FILE* out = std::tmpfile();
      REQUIRE(out != nullptr);
      graph::Model shared(graph::Model::Options{quads, false});
      exporter::GraphWriter writer(format, prefixes, out);
      std::vector<Diagnostic> diagnostics;
      const BuildReport report =
          build_corpus(collect_inputs({corpus_dir}, diagnostics), registry(), base, shared, threads, &writer);
      REQUIRE(report.files == 5);
      REQUIRE(writer.finish(shared));
      CHECK(writer.streamed() > shared.size());  // paragraphs and citations outnumber the rest
      const std::string written = read_back(out);

      const Parsed streamed = reparse(written, syntax);
      INFO(streamed.error);
      REQUIRE(streamed.ok);
      const Parsed whole =
          reparse(text_of(corpus_model(), quads ? exporter::Format::nquads : exporter::Format::ntriples),
                  quads ? SERD_NQUADS : SERD_NTRIPLES);
      CHECK(streamed.statements == whole.statements);
      if (threads == 1) first_output = written;
      CHECK(written == first_output);
    }
  }
}

TEST_CASE("streamed statements are written as Serd writes them from a model: same CURIEs, same literal forms",
          "[export]") {
  // The streaming writer (export/statement_writer.hpp) makes the prefixed
  // names and Turtle's long string forms itself, without Serd: one triple at
  // a time, its text must be what Serd makes of the same triple in a model.
  const std::string rg(vocab::rg), rdf(vocab::rdf), xsd(vocab::xsd), oa(vocab::oa);
  const std::string graph_iri = base + "file/a.txt", subject = graph_iri + "/act1/p1";
  using Kind = graph::Term::Kind;
  struct Object {
    std::string predicate;
    Kind kind;
    std::string value, language = {}, datatype = {};
  };
  const std::vector<Object> objects = {
      {rdf + "type", Kind::iri, rg + "Paragraph"},
      {rdf + "type", Kind::iri, oa + "TextPositionSelector"},
      {rg + "text", Kind::literal, "« Titre » avec \"guillemets\"", "fr"},
      {rg + "text", Kind::literal, "deux\nlignes", "fr"},
      {rg + "text", Kind::literal, "fin\r", "fr"},
      {rg + "text", Kind::literal, "ni l'un ni l'autre", "fr"},
      {rg + "position", Kind::literal, "12", "", xsd + "integer"},
      {rg + "adoptedOn", Kind::literal, "2017-09-27", "", xsd + "date"},
      {oa + "hasSelector", Kind::iri, subject + "/c1/selector"},
      {rg + "relation", Kind::iri, rg + "recalls"},
      // Local names other than letters and digits, an empty one: full IRIs.
      {rg + "paragraph-kind", Kind::iri, rg + "with_underscore"},
      {rg + "target", Kind::iri, rg},
      {rg + "target", Kind::iri, rg + "r\xC3\xA9solution"},
      // No declared prefix; Serd's shorthands for rdf:nil and a predicate rdf:type.
      {std::string(vocab::owl) + "sameAs", Kind::iri, rdf + "type"},
      {rg + "target", Kind::iri, rdf + "nil"},
  };
  // With rdf: declared, Serd's shorthands come before its prefixed names.
  auto with_rdf = exporter::standard_prefixes(base);
  with_rdf.emplace_back("rdf", rdf);
  for (const auto& prefixes : {exporter::standard_prefixes(base), with_rdf}) {
    for (const auto format : {exporter::Format::turtle, exporter::Format::trig}) {
      const graph::Model::Options options{format == exporter::Format::trig, false};
      for (const Object& object : objects) {
        INFO(prefixes.size() << " prefixes, format " << static_cast<int>(format) << ": " << object.predicate << " "
                             << object.value);
        const graph::Term term{object.kind, object.value, object.language, object.datatype};
        std::FILE* out = std::tmpfile();
        REQUIRE(out != nullptr);
        exporter::GraphWriter writer(format, prefixes, out);
        auto sink = writer.open(graph_iri, 0);
        sink->add(graph::Term::iri(subject), graph::Term::iri(object.predicate), term);
        writer.close(std::move(sink));
        graph::Model nothing_shared(options);
        REQUIRE(writer.finish(nothing_shared));
        const std::string streamed = read_back(out);

        graph::Model model(options);
        const graph::Node node = object.kind == Kind::iri   ? model.uri(object.value)
                                 : !object.datatype.empty() ? model.typed(object.value, object.datatype)
                                 : object.language.empty()  ? model.literal(object.value)
                                                            : model.literal(object.value, object.language.c_str());
        model.add(model.uri(subject), model.uri(object.predicate), node, model.uri(graph_iri));
        CHECK(statement_lines(streamed) == statement_lines(exporter::to_string(model, format, prefixes)));
      }
    }
  }
}

namespace {

/// What GraphWriter writes of a model when no document was streamed.
std::string written_by_graph_writer(const graph::Model& model, exporter::Format format,
                                    const exporter::Prefixes& prefixes) {
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  exporter::GraphWriter writer(format, prefixes, out);
  CHECK(writer.finish(model));
  return read_back(out);
}

}  // namespace

TEST_CASE("GraphWriter writes a large model in two halves at once, as sord_write writes it whole", "[export]") {
  // 30 000 statements about 3 000 subjects: past the size from which the
  // writer cuts the model in two, with literals of both string forms.
  graph::Model model;
  const std::string rg(vocab::rg), xsd(vocab::xsd);
  const graph::Node type = model.uri(std::string(vocab::rdf) + "type"), act = model.uri(rg + "Act");
  for (int i = 0; i < 3000; ++i) {
    const graph::Node subject = model.uri(base + "res/GA/" + std::to_string(i));
    model.add(subject, type, act);
    model.add(subject, model.uri(rg + "key"), model.literal("res:GA:" + std::to_string(i)));
    model.add(subject, model.uri(rg + "position"), model.typed(std::to_string(i), xsd + "integer"));
    model.add(subject, model.uri(std::string(vocab::rdfs) + "label"),
              model.literal(i % 7 == 0 ? "« titre » \"cité\"\nsur deux lignes" : "résolution", "fr"));
    for (int j = 1; j <= 6; ++j) {
      model.add(subject, model.uri(rg + "recalls"), model.uri(base + "res/GA/" + std::to_string((i + 431 * j) % 3000)));
    }
  }
  REQUIRE(model.size() == 30000);
  const auto prefixes = exporter::standard_prefixes(base);
  const graph::Model empty;
  for (const auto format : {exporter::Format::turtle, exporter::Format::ntriples}) {
    INFO("format " << static_cast<int>(format));
    // GraphWriter declares the prefixes with a writer of their own: the
    // model's text follows as a new writer's.
    test::SerdReferenceSink whole(format, prefixes, "");
    CHECK(sord_write(model.model(), whole.writer(), nullptr));
    CHECK(written_by_graph_writer(model, format, prefixes) ==
          written_by_graph_writer(empty, format, prefixes) + whole.finish());
  }
}

TEST_CASE("GraphWriter writes a model of named graphs as one Serd writer writes it", "[export]") {
  // N-Quads graph by graph, on two threads; TriG by Serd itself.
  const auto prefixes = exporter::standard_prefixes(base);
  REQUIRE(corpus_model().graphs().size() > 2);
  for (const auto format : {exporter::Format::nquads, exporter::Format::trig}) {
    INFO("format " << static_cast<int>(format));
    CHECK(written_by_graph_writer(corpus_model(), format, prefixes) ==
          exporter::to_string(corpus_model(), format, prefixes));
  }
}

TEST_CASE("parse_format knows the format names", "[export]") {
  CHECK(exporter::parse_format("turtle") == exporter::Format::turtle);
  CHECK(exporter::parse_format("ttl") == exporter::Format::turtle);
  CHECK(exporter::parse_format("ntriples") == exporter::Format::ntriples);
  CHECK(exporter::parse_format("nt") == exporter::Format::ntriples);
  CHECK(exporter::parse_format("nquads") == exporter::Format::nquads);
  CHECK(exporter::parse_format("nq") == exporter::Format::nquads);
  CHECK(exporter::parse_format("trig") == exporter::Format::trig);
  CHECK_FALSE(exporter::parse_format("rdfxml").has_value());
  CHECK_FALSE(exporter::parse_format("").has_value());
  const auto prefixes = exporter::standard_prefixes(base);
  CHECK(std::find(prefixes.begin(), prefixes.end(),
                  std::pair<std::string, std::string>{"rg", std::string(vocab::rg)}) != prefixes.end());
}

TEST_CASE("AtomicFile: nothing is left behind when not committed", "[export]") {
  const std::string folder = scratch_folder("atomic_uncommitted");
  const std::string path = folder + "/graph.ttl";
  {
    exporter::AtomicFile file(path);
    REQUIRE(file.ok());
    CHECK(file.write("partial output"));
    CHECK_FALSE(fs::exists(path));  // written beside it, under another name
  }
  CHECK_FALSE(fs::exists(path));
  CHECK(folder_is_empty(folder));
}

TEST_CASE("AtomicFile: an existing file is untouched until commit", "[export]") {
  const std::string folder = scratch_folder("atomic_existing");
  const std::string path = folder + "/graph.ttl";
  write_file(path, "old content\n");
  {
    exporter::AtomicFile file(path);
    REQUIRE(file.ok());
    CHECK(file.write("new content\n"));
    CHECK(read_file(path) == "old content\n");
  }
  CHECK(read_file(path) == "old content\n");
  CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);

  SECTION("commit replaces it in full, readable by others") {
    {
      exporter::AtomicFile file(path);
      REQUIRE(file.ok());
      CHECK(file.write("new content\n"));
      REQUIRE(file.commit());
      CHECK(file.error().empty());
    }
    CHECK(read_file(path) == "new content\n");
    CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);
    const fs::perms perms = fs::status(path).permissions();
    CHECK((perms & fs::perms::owner_read) != fs::perms::none);
    CHECK((perms & fs::perms::others_read) != fs::perms::none);
  }
}

namespace {

constexpr std::size_t kB = 1024, MB = kB * kB;

/// Writes pieces of the given sizes to a file at `path`, each a run of
/// letters; gives what was written.
std::string write_pieces(const std::string& path, const std::vector<std::size_t>& sizes) {
  std::string written;
  exporter::AtomicFile file(path);
  REQUIRE(file.ok());
  std::size_t next = 0;
  for (const std::size_t size : sizes) {
    std::string piece(size, '\0');
    for (char& byte : piece) byte = static_cast<char>('a' + next++ % 26);
    REQUIRE(file.write(piece));
    written += piece;
  }
  REQUIRE(file.commit());
  return written;
}

}  // namespace

TEST_CASE("AtomicFile: pieces of any size are written byte for byte", "[export]") {
  const std::string folder = scratch_folder("atomic_pieces");
  SECTION("here") {
    // Across the file's 8 MB blocks, its 4 kB alignment of direct writes and its sync every 64 MB.
    const std::string written = write_pieces(
        folder + "/graph.ttl", {1, 4 * kB - 1, 4 * kB + 1, 8 * MB, 8 * MB + 1, 20 * MB, 3 * kB, 30 * MB, 7 * MB + 5});
    CHECK(read_file(folder + "/graph.ttl") == written);
  }
  SECTION("on a file system in memory, which may take no direct writes") {
    const std::string in_memory = "/dev/shm/resograph-atomic-pieces.ttl";
    if (!fs::is_directory("/dev/shm")) {
      WARN("SKIPPED: no /dev/shm here");
      return;
    }
    const std::string written = write_pieces(in_memory, {1, 4 * kB - 1, 8 * MB + 1, 3 * kB});
    CHECK(read_file(in_memory) == written);
    fs::remove(in_memory);
  }
  SECTION("given up after some blocks: nothing is left behind") {
    {
      exporter::AtomicFile file(folder + "/graph.ttl");
      REQUIRE(file.ok());
      CHECK(file.write(std::string(20 << 20, 'x')));
    }
    CHECK(folder_is_empty(folder));
  }
}

TEST_CASE("AtomicFile: a missing folder is an error, and nothing is created", "[export]") {
  const std::string folder = scratch_folder("atomic_missing");
  const std::string path = folder + "/no/such/folder/graph.ttl";
  exporter::AtomicFile file(path);
  CHECK_FALSE(file.ok());
  CHECK_FALSE(file.error().empty());
  CHECK_FALSE(file.commit());
  CHECK_FALSE(fs::exists(folder + "/no"));
  CHECK(folder_is_empty(folder));
}
