// Fuzz target: the whole pipeline, as `resograph build` runs it on one file.
// Bytes → source_from_bytes → normalise → segment → resolve → graph (builder
// and corpus linker) → Turtle and TriG strings, written whole from the model
// and streamed as the command-line program writes them (GraphWriter); each is
// parsed again with Serd, and a parse error aborts: every graph resograph
// writes must be valid.
#include <serd/serd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "build.hpp"
#include "document.hpp"
#include "link.hpp"
#include "model.hpp"
#include "normalize.hpp"
#include "registry.hpp"
#include "resolve.hpp"
#include "source.hpp"
#include "vocab.hpp"
#include "writer.hpp"

#ifndef RESOGRAPH_REGISTRY_DIR
#define RESOGRAPH_REGISTRY_DIR "ontology/registry"
#endif

namespace {

const resograph::Registry& registry() {
  static const resograph::Registry instance = [] {
    std::vector<resograph::Diagnostic> diagnostics;
    resograph::Registry loaded = resograph::Registry::load(RESOGRAPH_REGISTRY_DIR, diagnostics);
    if (loaded.entries().empty()) {
      std::fprintf(stderr, "fuzz_pipeline: the registry %s is empty or missing\n", RESOGRAPH_REGISTRY_DIR);
      std::abort();
    }
    return loaded;
  }();
  return instance;
}

struct ParseErrors {
  std::string first;
  int count = 0;
};

SerdStatus on_error(void* handle, const SerdError* error) {
  auto* errors = static_cast<ParseErrors*>(handle);
  if (errors->count++ == 0) {
    char line[1024];
    std::vsnprintf(line, sizeof line, error->fmt, *error->args);
    errors->first = std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + line;
  }
  return SERD_SUCCESS;
}

/// Parses `text` as `syntax`; aborts with the text when Serd refuses it.
void require_valid(const std::string& text, SerdSyntax syntax, const char* name) {
  ParseErrors errors;
  SerdReader* reader = serd_reader_new(syntax, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, on_error, &errors);
  const SerdStatus status = serd_reader_read_string(reader, reinterpret_cast<const std::uint8_t*>(text.c_str()));
  serd_reader_free(reader);
  if (status != SERD_SUCCESS || errors.count != 0) {
    std::fprintf(stderr, "fuzz_pipeline: resograph wrote invalid %s (%s): %s\n----\n%s\n----\n", name,
                 reinterpret_cast<const char*>(serd_strerror(status)), errors.first.c_str(), text.c_str());
    std::abort();
  }
}

/// The graph as the command-line program writes it: the document's own
/// statements streamed (GraphWriter), then the shared model.
std::string streamed(const resograph::Document& document, const resograph::Resolved& resolved,
                     resograph::exporter::Format format) {
  using namespace resograph;
  const bool quads = format == exporter::Format::trig || format == exporter::Format::nquads;
  graph::Model model(graph::Model::Options{quads, false});
  graph::GraphBuilder builder(model, std::string(vocab::default_base));
  graph::CorpusLinker linker(builder);
  char* buffer = nullptr;
  std::size_t length = 0;
  std::FILE* out = open_memstream(&buffer, &length);
  if (!out) std::abort();
  {
    exporter::GraphWriter writer(format, exporter::standard_prefixes(vocab::default_base), out);
    const graph::PreparedDocument prepared = builder.prepare(document, resolved);
    auto own = writer.open(prepared.file_iri, document.source.bytes.size());
    builder.add_own(document, resolved, prepared, *own);
    builder.add_shared(document, resolved, prepared);
    writer.close(std::move(own));
    linker.observe(document, resolved, prepared);
    (void)linker.link(model);
    if (!writer.finish(model)) std::abort();
  }
  std::fclose(out);
  std::string text(buffer, length);
  std::free(buffer);
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace resograph;
  ReadResult read = source_from_bytes("fuzz input.md", std::string(reinterpret_cast<const char*>(data), size));
  if (!read.file) return 0;
  std::vector<Block> blocks = normalise(*read.file);
  const Document document = segment(std::move(*read.file), std::move(blocks));

  static const Resolver resolver(registry());
  const Resolved resolved = resolver.resolve(document);

  graph::Model model;
  graph::GraphBuilder builder(model, std::string(vocab::default_base));
  graph::CorpusLinker linker(builder);
  const graph::PreparedDocument prepared = builder.prepare(document, resolved);
  builder.add(document, resolved, prepared);
  linker.observe(document, resolved, prepared);
  (void)linker.link(model);

  const auto prefixes = exporter::standard_prefixes(vocab::default_base);
  require_valid(exporter::to_string(model, exporter::Format::turtle, prefixes), SERD_TURTLE, "Turtle");
  require_valid(exporter::to_string(model, exporter::Format::trig, prefixes), SERD_TRIG, "TriG");
  require_valid(streamed(document, resolved, exporter::Format::turtle), SERD_TURTLE, "streamed Turtle");
  require_valid(streamed(document, resolved, exporter::Format::trig), SERD_TRIG, "streamed TriG");
  return 0;
}
