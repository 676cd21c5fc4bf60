// The whole pipeline over a corpus: read → normalise → segment → resolve →
// assemble, file by file, with every problem reported as a Diagnostic and the
// other files still processed. Takes input paths; gives a model.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "model.hpp"
#include "registry.hpp"
#include "sink.hpp"

namespace resograph {

/// The *.txt and *.md files of the inputs (files or folders, read
/// recursively), sorted, or a diagnostic for each input that cannot be read.
std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs, std::vector<Diagnostic>& diagnostics);

/// Seconds spent in each stage, summed over files (and over threads).
struct StageTimes {
  double read = 0, normalise = 0, segment = 0, find = 0, resolve = 0;
  double serialise = 0;  ///< Preparing IRIs and streaming documents' own statements (workers).
  double assemble = 0;   ///< The model and the corpus links (the assembling thread).
};

struct BuildReport {
  std::size_t files = 0;   ///< Files read.
  std::size_t failed = 0;  ///< Files skipped because of an error.
  std::size_t acts = 0;
  std::size_t bytes = 0;  ///< Bytes of input read.
  std::vector<Diagnostic> diagnostics;
  StageTimes times;
};

/// Adds every file to the model. Files are read, parsed and resolved on
/// `threads` threads (0: all cores); the model is assembled on the calling
/// thread in input order, so the output does not depend on the thread count.
/// With a `stream`, each document's own statements (the nodes named after
/// its file, paragraphs, citations) are serialised on the worker threads and
/// handed to it in input order instead of going into the model.
BuildReport build_corpus(const std::vector<std::string>& files, const Registry& registry, const std::string& base,
                         graph::Model& model, unsigned threads = 0, graph::DocumentStream* stream = nullptr);

/// The registry folder: $RESOGRAPH_DATA/registry, else the one built in.
std::string default_registry_folder();

}  // namespace resograph
