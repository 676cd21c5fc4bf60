// `resograph export (--corpus DIR | --graph FILE) --format dot|graphml …`: a
// picture of the whole graph, or of one lineage, for Graphviz, Gephi, yEd or
// Cytoscape.
#include <charconv>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include "commands.hpp"
#include "visual.hpp"

namespace {

constexpr int exit_ok = 0, exit_input_failed = 1, exit_usage = 2, exit_output_failed = 3;

constexpr const char* usage = R"(usage: resograph export (--corpus DIR | --graph FILE) --format dot|graphml [options]

Draws the graph — its acts, instruments, documents, bodies and States and the
relations between them — or one act's lineage, as Graphviz DOT (for dot) or
GraphML (for Gephi, yEd, Cytoscape). Nodes carry their kind, key, date and
title; edges their relation.

options:
  --corpus DIR         build the graph of a corpus (files or folders) in memory
  --graph FILE         read a graph written by `resograph build` (.ttl, .nt, .nq, .trig)
  -f, --format NAME    dot or graphml (default: from the -o file's extension)
  --lineage KEY        only the lineage of KEY (as `resograph lineage` shows it)
  --depth N            with --lineage: links followed each way (default 2)
  --agents             with --lineage: also the bodies and States
  -o, --output FILE    write to FILE (atomically) instead of standard output
  --registry DIR       registry of bodies, States and instruments (with --corpus)
  -q, --quiet          print errors only

example:
  resograph export --corpus ../shared/corpus --format dot --lineage res:GA:78/228 | dot -Tsvg -o lineage.svg

exit status: 0 done; 1 an input could not be used; 2 the command line is
wrong or KEY is not in the graph; 3 the output could not be written.
)";

}  // namespace

int run_export(int argc, char** argv) {
  using namespace resograph;
  using namespace resograph::cli;
  Source source;
  std::string key, output, error;
  std::optional<exporter::VisualFormat> format;
  graph::LineageOptions options;
  bool lineage_options = false;
  for (int i = 2; i < argc && error.empty(); ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << usage;
      return exit_ok;
    }
    if (parse_source_option(argc, argv, i, source, error)) continue;
    const auto value = [&] { return option_value(argc, argv, i, error); };
    if (arg == "-f" || arg == "--format") {
      if (auto v = value()) {
        format = exporter::parse_visual_format(*v);
        if (!format) error = "unknown format '" + *v + "' (dot, graphml)";
      }
    } else if (arg == "--lineage") {
      if (auto v = value()) key = *v;
    } else if (arg == "--depth") {
      if (auto v = value()) {
        int depth = -1;
        const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), depth);
        if (ec != std::errc() || end != v->data() + v->size() || depth < 0 || depth > 1000) {
          error = "--depth needs a whole number from 0 to 1000, not '" + *v + "'";
        }
        options.depth = depth;
        lineage_options = true;
      }
    } else if (arg == "--agents") {
      options.agents = true;
      lineage_options = true;
    } else if (arg == "-o" || arg == "--output") {
      if (auto v = value()) output = *v;
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "unknown option '" + arg + "'";
    } else {
      error = "unexpected argument '" + arg + "'";
    }
  }
  if (error.empty() && !format && !output.empty() && output != "-") {
    const std::string extension = std::filesystem::path(output).extension().string();
    if (extension == ".dot" || extension == ".gv") format = exporter::VisualFormat::dot;
    if (extension == ".graphml") format = exporter::VisualFormat::graphml;
  }
  if (error.empty() && !format) error = "give --format dot or --format graphml";
  if (error.empty() && lineage_options && key.empty()) error = "--depth and --agents go with --lineage KEY";
  if (error.empty()) error = check_source(source);
  if (!error.empty()) {
    std::cerr << "resograph: " << error << "\n" << usage;
    return exit_usage;
  }

  graph::Model model;
  const Loaded loaded = load_source(source, model);
  if (loaded == Loaded::failed) return exit_input_failed;
  const graph::GraphIndex index(model);
  exporter::Picture picture;
  if (key.empty()) {
    picture = exporter::whole_picture(index);
  } else {
    const graph::Entity* root = resolve_key(index, key, error);
    if (!root) {
      std::cerr << "resograph: " << error << '\n';
      return exit_usage;
    }
    picture = exporter::lineage_picture(index, graph::lineage(index, root->iri, options));
  }
  const std::string text =
      *format == exporter::VisualFormat::dot ? exporter::to_dot(picture) : exporter::to_graphml(picture);
  if (!write_output(output, text)) return exit_output_failed;
  return loaded == Loaded::partly ? exit_input_failed : exit_ok;
}
