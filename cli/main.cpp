// resograph: the command-line program. `resograph build INPUT... -o FILE`
// reads UN resolutions (French), builds their knowledge graph and writes it
// as Turtle, N-Triples, N-Quads or TriG. See --help for the exit codes.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "atomic_file.hpp"
#include "commands.hpp"
#include "corpus.hpp"
#include "huge_pages.hpp"
#include "registry.hpp"
#include "vocab.hpp"
#include "writer.hpp"

#ifndef RESOGRAPH_VERSION
#define RESOGRAPH_VERSION "0.0.0"
#endif

namespace {

/// Exit codes, documented in --help and README.
enum Exit : int {
  exit_ok = 0,             // every input was read and the graph written
  exit_input_failed = 1,   // some inputs could not be used; the graph of the others was written
  exit_usage = 2,          // the command line is wrong
  exit_output_failed = 3,  // the graph could not be written; no output file was touched
};

constexpr const char* usage = R"(usage: resograph build INPUT... -o FILE [options]
       resograph lineage KEY (--corpus DIR | --graph FILE) [--depth N] [--why] [--format text|dot|json]
       resograph export (--corpus DIR | --graph FILE) --format dot|graphml [--lineage KEY] [-o FILE]
       resograph --help | --version

Builds the knowledge graph of UN resolutions (French) and writes it as RDF.
INPUT is a file or a folder (read recursively, *.txt and *.md).

options:
  -o, --output FILE     where to write the graph ('-' for standard output)
  -f, --format NAME     turtle (default), ntriples, nquads or trig
  --base IRI            base of data IRIs (default https://w3id.org/resograph/id/)
  --registry DIR        registry of bodies, States and instruments
                        (default: the built-in ontology/registry, or $RESOGRAPH_DATA/registry)
  -j, --jobs N          parse files on N threads (default: all cores); the
                        output is the same whatever N
  --timings             print the time of each stage on standard error
  -q, --quiet           print errors only

exit status:
  0  every input was read and the graph written
  1  some inputs could not be used (each is reported with file, line and
     column); the graph of the others was written
  2  the command line is wrong
  3  the graph could not be written; an existing output file is left untouched
)";

struct Options {
  std::vector<std::string> inputs;
  std::string output;
  resograph::exporter::Format format = resograph::exporter::Format::turtle;
  std::string base = std::string(resograph::vocab::default_base);
  std::string registry = resograph::default_registry_folder();
  unsigned jobs = 0;
  bool timings = false;
  bool quiet = false;
};

std::optional<Options> parse_arguments(int argc, char** argv, std::string& error) {
  Options options;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&] { return resograph::cli::option_value(argc, argv, i, error); };
    if (arg == "-o" || arg == "--output") {
      auto v = value();
      if (!v) return std::nullopt;
      options.output = *v;
    } else if (arg == "-f" || arg == "--format") {
      auto v = value();
      if (!v) return std::nullopt;
      auto format = resograph::exporter::parse_format(*v);
      if (!format) {
        error = "unknown format '" + *v + "' (turtle, ntriples, nquads, trig)";
        return std::nullopt;
      }
      options.format = *format;
    } else if (arg == "--base") {
      auto v = value();
      if (!v) return std::nullopt;
      options.base = *v;
    } else if (arg == "--registry") {
      auto v = value();
      if (!v) return std::nullopt;
      options.registry = *v;
    } else if (arg == "-j" || arg == "--jobs") {
      auto v = value();
      if (!v) return std::nullopt;
      char* end = nullptr;
      const unsigned long jobs = std::strtoul(v->c_str(), &end, 10);
      if (v->empty() || *end != '\0' || jobs > 1024) {
        error = "-j needs a number of threads";
        return std::nullopt;
      }
      options.jobs = static_cast<unsigned>(jobs);
    } else if (arg == "--timings") {
      options.timings = true;
    } else if (arg == "-q" || arg == "--quiet") {
      options.quiet = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "unknown option '" + arg + "'";
      return std::nullopt;
    } else {
      options.inputs.push_back(arg);
    }
  }
  if (options.inputs.empty()) {
    error = "no input";
    return std::nullopt;
  }
  if (options.output.empty()) {
    error = "no output: give -o FILE (or -o - for standard output)";
    return std::nullopt;
  }
  if (options.base.find_first_of(" <>\"{}|\\^`") != std::string::npos || options.base.find(':') == std::string::npos) {
    error = "--base must be an absolute IRI";
    return std::nullopt;
  }
  return options;
}

/// The model of the graph written, left for the system to take back at exit.
/// Volatile, so the pointer is kept and leak checkers find the model reachable.
const resograph::graph::Model* volatile model_left_to_exit = nullptr;

int build(const Options& options) {
  std::vector<resograph::Diagnostic> diagnostics;
  const resograph::Registry registry = resograph::Registry::load(options.registry, diagnostics);
  if (registry.entries().empty()) {
    diagnostics.push_back(
        resograph::Diagnostic{resograph::Status::bad_read, options.registry, 0, 0, "the registry is empty or missing"});
  }
  const std::vector<std::string> files = resograph::collect_inputs(options.inputs, diagnostics);
  const std::size_t unreadable_inputs = diagnostics.size();

  // The output is opened first: each document's own statements are written
  // to it as soon as the document is done; the shared model follows at the end.
  std::optional<resograph::exporter::AtomicFile> file;
  if (options.output != "-") {
    file.emplace(options.output);
    if (!file->ok()) {
      std::cerr << "resograph: " << options.output << ": error: " << file->error() << '\n';
      return exit_output_failed;
    }
  }
  const auto prefixes = resograph::exporter::standard_prefixes(options.base);
  resograph::exporter::GraphWriter writer = file ? resograph::exporter::GraphWriter(options.format, prefixes, *file)
                                                 : resograph::exporter::GraphWriter(options.format, prefixes, stdout);

  // Named graphs only where the format can write them.
  const bool quads =
      options.format == resograph::exporter::Format::nquads || options.format == resograph::exporter::Format::trig;
  auto model = std::make_unique<resograph::graph::Model>(resograph::graph::Model::Options{quads, false});
  const resograph::BuildReport report =
      resograph::build_corpus(files, registry, options.base, *model, options.jobs, &writer);
  diagnostics.insert(diagnostics.end(), report.diagnostics.begin(), report.diagnostics.end());

  bool any_error = unreadable_inputs > 0 || report.failed > 0;
  for (const resograph::Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.is_error() || !options.quiet) std::cerr << "resograph: " << diagnostic.to_string() << '\n';
    any_error = any_error || diagnostic.is_error();
  }

  const auto write_start = std::chrono::steady_clock::now();
  const bool written = writer.finish(*model);
  const std::size_t statements = model->size() + writer.streamed();
  // The model is left for the system to take back at exit, all at once:
  // freeing its nodes one by one took 0.1 s at 100 MB.
  model_left_to_exit = model.release();
  const bool committed = written && (!file || file->commit());
  if (!committed) {
    if (!file) {
      std::cerr << "resograph: error: cannot write to standard output\n";
    } else {
      std::cerr << "resograph: " << options.output
                << ": error: " << (file->error().empty() ? "cannot write" : file->error()) << '\n';
    }
    return exit_output_failed;
  }
  if (options.timings) {
    // One line a stage; thread times are summed, so they may exceed the wall time.
    const double write = std::chrono::duration<double>(std::chrono::steady_clock::now() - write_start).count();
    const auto& t = report.times;
    for (const auto& [stage, seconds] : {std::pair{"read", t.read},
                                         {"normalise", t.normalise},
                                         {"segment", t.segment},
                                         {"parse", t.find},
                                         {"resolve", t.resolve},
                                         {"serialise", t.serialise},
                                         {"assemble", t.assemble},
                                         {"write", write}}) {
      std::fprintf(stderr, "timing: %s %.3f s\n", stage, seconds);
    }
    std::fprintf(stderr, "timing: bytes %zu\ntiming: statements %zu\n", report.bytes, statements);
  }
  if (!options.quiet) {
    std::cerr << "resograph: " << report.files << " files, " << report.acts << " acts, " << statements
              << " statements written to " << options.output << '\n';
  }
  return any_error ? exit_input_failed : exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  resograph::cli::use_huge_pages();
  if (argc < 2) {
    std::cerr << usage;
    return exit_usage;
  }
  const std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << usage;
    return exit_ok;
  }
  if (command == "--version") {
    std::cout << "resograph " << RESOGRAPH_VERSION << '\n';
    return exit_ok;
  }
  if (command == "lineage") return run_lineage(argc, argv);
  if (command == "export") return run_export(argc, argv);
  if (command != "build") {
    std::cerr << "resograph: unknown command '" << command << "'\n" << usage;
    return exit_usage;
  }
  std::string error;
  const auto options = parse_arguments(argc, argv, error);
  if (!options) {
    std::cerr << "resograph: " << error << "\n" << usage;
    return exit_usage;
  }
  return build(*options);
}
