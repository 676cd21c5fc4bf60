// `resograph lineage KEY (--corpus DIR | --graph FILE) …`: what an act cites
// (its ancestors) and what cites it (its descendants), as a tree for the
// terminal, DOT or JSON. Also the helpers both picture commands share: the
// source of the graph, key lookup, and writing the output.
#include <charconv>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "atomic_file.hpp"
#include "commands.hpp"
#include "corpus.hpp"
#include "registry.hpp"
#include "visual.hpp"
#include "vocab.hpp"
#include "writer.hpp"

namespace resograph::cli {

namespace {

constexpr int exit_ok = 0, exit_input_failed = 1, exit_usage = 2, exit_output_failed = 3;

constexpr const char* usage = R"(usage: resograph lineage KEY (--corpus DIR | --graph FILE) [options]

Shows the lineage of an act (or of any keyed entity): its ancestors — what it
recalls, reaffirms, takes note of, welcomes, endorses, bears in mind,
mentions, is contained in, was drafted as — and its descendants — what cites
it — each link with its relation, the dates and titles, and the paragraph
that states it.

KEY is an rg:key such as res:GA:78/228, res:ECOSOC:2004/45, unts:2225:39574.

options:
  --corpus DIR         build the graph of a corpus (files or folders) in memory
  --graph FILE         read a graph written by `resograph build` (.ttl, .nt, .nq, .trig)
  --depth N            links followed each way (default 2; 0 shows the act alone)
  --why                also show each link's verb, quoted words and byte offsets
  --format NAME        text (default), dot or json
  --agents             also show the bodies and States it mentions or addresses
  -o, --output FILE    write to FILE (atomically) instead of standard output
  --registry DIR       registry of bodies, States and instruments (with --corpus)
  -q, --quiet          print errors only

exit status: 0 done; 1 an input could not be used; 2 the command line is
wrong or KEY is not in the graph (the nearest known keys are listed);
3 the output could not be written.
)";

std::optional<int> parse_depth(const std::string& text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > 1000) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::string> option_value(int argc, char** argv, int& i, std::string& error) {
  if (i + 1 >= argc) {
    error = std::string(argv[i]) + " needs a value";
    return std::nullopt;
  }
  return std::string(argv[++i]);
}

bool parse_source_option(int argc, char** argv, int& i, Source& source, std::string& error) {
  const std::string arg = argv[i];
  const auto value = [&] { return option_value(argc, argv, i, error); };
  if (arg == "--corpus") {
    if (auto v = value()) source.corpus.push_back(*v);
    return true;
  }
  if (arg == "--graph") {
    if (auto v = value()) {
      if (!source.graph.empty()) error = "--graph is given twice";
      source.graph = *v;
    }
    return true;
  }
  if (arg == "--registry") {
    if (auto v = value()) source.registry = *v;
    return true;
  }
  if (arg == "--base") {
    if (auto v = value()) source.base = *v;
    return true;
  }
  if (arg == "-q" || arg == "--quiet") {
    source.quiet = true;
    return true;
  }
  return false;
}

std::string check_source(const Source& source) {
  if (source.corpus.empty() && source.graph.empty()) return "give --corpus DIR or --graph FILE";
  if (!source.corpus.empty() && !source.graph.empty()) return "give --corpus or --graph, not both";
  if (!source.base.empty() &&
      (source.base.find_first_of(" <>\"{}|\\^`") != std::string::npos || source.base.find(':') == std::string::npos)) {
    return "--base must be an absolute IRI";
  }
  return {};
}

Loaded load_source(const Source& source, graph::Model& model) {
  if (!source.graph.empty()) {
    std::string error;
    if (!graph::load_graph(source.graph, model, error)) {
      std::cerr << "resograph: " << error << '\n';
      return Loaded::failed;
    }
    return Loaded::ok;
  }
  std::vector<Diagnostic> diagnostics;
  const std::string folder = source.registry.empty() ? default_registry_folder() : source.registry;
  const Registry registry = Registry::load(folder, diagnostics);
  if (registry.entries().empty()) {
    diagnostics.push_back(Diagnostic{Status::bad_read, folder, 0, 0, "the registry is empty or missing"});
  }
  const std::vector<std::string> files = collect_inputs(source.corpus, diagnostics);
  const std::size_t unreadable_inputs = diagnostics.size();
  const std::string base = source.base.empty() ? std::string(vocab::default_base) : source.base;
  const BuildReport report = build_corpus(files, registry, base, model);
  diagnostics.insert(diagnostics.end(), report.diagnostics.begin(), report.diagnostics.end());
  bool any_error = unreadable_inputs > 0 || report.failed > 0;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.is_error() || !source.quiet) std::cerr << "resograph: " << diagnostic.to_string() << '\n';
    any_error = any_error || diagnostic.is_error();
  }
  if (report.files == 0) {
    std::cerr << "resograph: error: no corpus file could be read\n";
    return Loaded::failed;
  }
  return any_error ? Loaded::partly : Loaded::ok;
}

const graph::Entity* resolve_key(const graph::GraphIndex& index, const std::string& key, std::string& error) {
  if (const graph::Entity* entity = index.find_key(key)) return entity;
  if (const graph::Entity* entity = index.entity(key)) return entity;  // an IRI
  error = "unknown key " + key + "; nearest known keys: ";
  const std::vector<std::string> nearest = index.nearest_keys(key, 5);
  if (nearest.empty()) error += "none (the graph has no keys)";
  for (std::size_t i = 0; i < nearest.size(); ++i) error += (i ? ", " : "") + nearest[i];
  return nullptr;
}

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "resograph: error: cannot write to standard output\n";
      return false;
    }
    return true;
  }
  exporter::AtomicFile file(path);
  if (!file.ok() || !file.write(text) || !file.commit()) {
    std::cerr << "resograph: " << path << ": error: " << (file.error().empty() ? "cannot write" : file.error()) << '\n';
    return false;
  }
  return true;
}

}  // namespace resograph::cli

int run_lineage(int argc, char** argv) {
  using namespace resograph;
  using namespace resograph::cli;
  Source source;
  std::string key, output, format = "text", error;
  graph::LineageOptions options;
  bool why = false;
  for (int i = 2; i < argc && error.empty(); ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << usage;
      return exit_ok;
    }
    if (parse_source_option(argc, argv, i, source, error)) continue;
    const auto value = [&] { return option_value(argc, argv, i, error); };
    if (arg == "--depth") {
      if (auto v = value()) {
        if (auto depth = parse_depth(*v)) {
          options.depth = *depth;
        } else {
          error = "--depth needs a whole number from 0 to 1000, not '" + *v + "'";
        }
      }
    } else if (arg == "--why") {
      why = true;
    } else if (arg == "--agents") {
      options.agents = true;
    } else if (arg == "-f" || arg == "--format") {
      if (auto v = value()) {
        format = *v;
        if (format != "text" && format != "dot" && format != "json")
          error = "unknown format '" + format + "' (text, dot, json)";
      }
    } else if (arg == "-o" || arg == "--output") {
      if (auto v = value()) output = *v;
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "unknown option '" + arg + "'";
    } else if (key.empty()) {
      key = arg;
    } else {
      error = "one KEY only ('" + key + "' and '" + arg + "')";
    }
  }
  if (error.empty() && key.empty()) error = "no KEY (for example res:GA:78/228)";
  if (error.empty()) error = check_source(source);
  if (!error.empty()) {
    std::cerr << "resograph: " << error << "\n" << usage;
    return exit_usage;
  }

  graph::Model model;
  const Loaded loaded = load_source(source, model);
  if (loaded == Loaded::failed) return exit_input_failed;
  const graph::GraphIndex index(model);
  const graph::Entity* root = resolve_key(index, key, error);
  if (!root) {
    std::cerr << "resograph: " << error << '\n';
    return exit_usage;
  }
  const graph::Lineage lineage = graph::lineage(index, root->iri, options);
  std::string text;
  if (format == "json") {
    text = graph::lineage_json(index, lineage);
  } else if (format == "dot") {
    text = exporter::to_dot(exporter::lineage_picture(index, lineage));
  } else {
    text = graph::lineage_text(index, lineage, why);
  }
  if (!write_output(output, text)) return exit_output_failed;
  return loaded == Loaded::partly ? exit_input_failed : exit_ok;
}
