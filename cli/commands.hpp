// The commands of the resograph program besides `build` (in main.cpp), each
// a function of the whole command line: argv[1] is the command's name. Each
// returns the program's exit status: 0 done, 1 an input could not be used,
// 2 the command line is wrong (an unknown key included), 3 the output could
// not be written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lineage.hpp"

/// `resograph lineage KEY (--corpus DIR | --graph FILE) [--depth N] [--why]
/// [--format text|dot|json] [--agents] [-o FILE]`: what an act cites and what
/// cites it, with the paragraphs and quoted words that state each link.
int run_lineage(int argc, char** argv);

/// `resograph export (--corpus DIR | --graph FILE) --format dot|graphml
/// [--lineage KEY [--depth N] [--agents]] [-o FILE]`: a picture of the graph,
/// or of one lineage, for Graphviz, Gephi, yEd or Cytoscape.
int run_export(int argc, char** argv);

namespace resograph::cli {

/// Where a command's graph comes from: a corpus built in memory, or a graph file.
struct Source {
  std::vector<std::string> corpus;  ///< --corpus DIR (repeatable; files or folders).
  std::string graph;                ///< --graph FILE.
  std::string registry;             ///< --registry DIR (default: the built-in one).
  std::string base;                 ///< --base IRI (default: the standard base).
  bool quiet = false;               ///< -q: print errors only.
};

/// The value of the option at argv[i], that is argv[i + 1], advancing i past
/// it; empty, with "OPTION needs a value" in `error`, when the line ends first.
std::optional<std::string> option_value(int argc, char** argv, int& i, std::string& error);

/// Reads the option at argv[i] if it is a source option (--corpus, --graph,
/// --registry, --base, -q), advancing i past its value. True when consumed;
/// `error` is set when its value is missing.
bool parse_source_option(int argc, char** argv, int& i, Source& source, std::string& error);
/// Empty, or what is wrong with the source options (none, or both kinds).
std::string check_source(const Source& source);

enum class Loaded { ok, partly, failed };
/// Builds or reads the graph into `model`, reporting problems on standard
/// error: `partly` when some inputs could not be used, `failed` when nothing
/// could.
Loaded load_source(const Source& source, graph::Model& model);

/// The entity of a key (or an IRI); null, with "unknown key K; nearest known
/// keys: …" in `error`, when the graph has none.
const graph::Entity* resolve_key(const graph::GraphIndex& index, const std::string& key, std::string& error);

/// Writes `text` to standard output ("-" or empty) or atomically to a file;
/// false after printing the error.
bool write_output(const std::string& path, const std::string& text);

}  // namespace resograph::cli
