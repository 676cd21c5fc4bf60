// Shared by the lineage tests: the corpus graph (built once), scratch files,
// running a shell command, and calling the two commands with their standard
// output and error captured.
#pragma once

#include <unistd.h>

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "build.hpp"
#include "commands.hpp"
#include "corpus.hpp"
#include "lineage.hpp"
#include "registry.hpp"
#include "support/fixtures.hpp"
#include "vocab.hpp"

namespace lineage_test {

using resograph::test::corpus_dir;
using resograph::test::read_file;
using resograph::test::registry_dir;
using resograph::test::scratch_folder;
using resograph::test::write_file;
inline const std::string graphml_xsd = LINEAGE_GRAPHML_XSD;

/// The IRI of a key under the default base.
inline std::string iri(const std::string& key) {
  return resograph::graph::iri_of_key(resograph::vocab::default_base, key);
}

/// The graph of the corpus, built once for every test.
struct CorpusGraph {
  resograph::graph::Model model;
  std::unique_ptr<resograph::graph::GraphIndex> index;

  CorpusGraph() {
    std::vector<resograph::Diagnostic> diagnostics;
    const resograph::Registry registry = resograph::Registry::load(registry_dir, diagnostics);
    const std::vector<std::string> files = resograph::collect_inputs({corpus_dir}, diagnostics);
    resograph::build_corpus(files, registry, std::string(resograph::vocab::default_base), model);
    index = std::make_unique<resograph::graph::GraphIndex>(model);
  }
};

inline const CorpusGraph& corpus_graph() {
  static const CorpusGraph graph;
  return graph;
}

inline std::string quoted(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Whether a program is on the PATH.
inline bool have(const std::string& program) {
  return std::system(("command -v " + quoted(program) + " >/dev/null 2>&1").c_str()) == 0;
}

struct Shell {
  int status = -1;
  std::string output;  ///< Standard output and error.
};

/// Runs a shell command, its output (and errors) gathered in a file.
inline Shell shell(const std::string& command, const std::string& folder) {
  const std::string log = folder + "/shell.log";
  const int raw = std::system((command + " >" + quoted(log) + " 2>&1 </dev/null").c_str());
  Shell result;
  REQUIRE(raw != -1);
  REQUIRE(WIFEXITED(raw));
  result.status = WEXITSTATUS(raw);
  result.output = read_file(log);
  return result;
}

/// Standard output and error swapped for strings while alive.
class Capture {
 public:
  Capture() : out_(std::cout.rdbuf(out_text_.rdbuf())), err_(std::cerr.rdbuf(err_text_.rdbuf())) {}
  ~Capture() {
    std::cout.rdbuf(out_);
    std::cerr.rdbuf(err_);
  }
  Capture(const Capture&) = delete;
  Capture& operator=(const Capture&) = delete;
  std::string out() const { return out_text_.str(); }
  std::string err() const { return err_text_.str(); }

 private:
  std::ostringstream out_text_, err_text_;
  std::streambuf* out_;
  std::streambuf* err_;
};

struct Run {
  int status = -1;
  std::string out, err;
};

/// Calls run_lineage or run_export with `args` (after the command name).
inline Run run(int (*command)(int, char**), const std::string& name, const std::vector<std::string>& args) {
  std::vector<std::string> words{"resograph", name};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  Run result;
  {
    Capture capture;
    result.status = command(static_cast<int>(words.size()), argv.data());
    result.out = capture.out();
    result.err = capture.err();
  }
  std::cout.clear();
  return result;
}

inline Run lineage(const std::vector<std::string>& args) { return run(run_lineage, "lineage", args); }
inline Run export_(const std::vector<std::string>& args) { return run(run_export, "export", args); }

}  // namespace lineage_test
