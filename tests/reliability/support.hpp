// Helpers of the reliability tests: scratch folders under the build tree,
// running the `resograph` program, and checking RDF with Serd (the library,
// and the serdi program when it is installed).
#pragma once

#include <serd/serd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
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

namespace reliability {

namespace fs = std::filesystem;

/// An empty folder of its own for one test: RESOGRAPH_RELIABILITY_TMP/name.
inline fs::path scratch(const std::string& name) {
  const fs::path folder = fs::path(RESOGRAPH_RELIABILITY_TMP) / name;
  std::error_code ec;
  // Undo a chmod 000 a previous run may have left.
  if (fs::exists(folder, ec)) {
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code ignored;
      if (!it->is_symlink(ignored)) fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    }
  }
  fs::remove_all(folder, ec);
  fs::create_directories(folder);
  return folder;
}

inline void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// Single-quotes a word for sh.
inline std::string quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

struct Run {
  int status = -1;     ///< Exit status; -1 when the program did not exit (a signal).
  std::string errors;  ///< What it wrote on standard error.
};

/// Runs `resograph ARGS…` in `folder`; `prefix` is shell text put before the
/// command (e.g. "ulimit -f 4;").
inline Run run_resograph(const fs::path& folder, const std::vector<std::string>& args, const std::string& prefix = "",
                         const std::string& standard_output = "/dev/null") {
  const fs::path errors = folder / "stderr.log";
  std::string command = "cd " + quote(folder.string()) + " && " + prefix + " " + quote(RESOGRAPH_BINARY);
  for (const std::string& arg : args) command += " " + quote(arg);
  command += " 2>" + quote(errors.string()) + " </dev/null >" + quote(standard_output);
  const int raw = std::system(("/bin/sh -c " + quote(command)).c_str());
  Run run;
  run.errors = read_file(errors);
  if (raw != -1 && WIFEXITED(raw)) run.status = WEXITSTATUS(raw);
  // In sanitizer builds the program is sanitized too: a report fails the test
  // whatever the exit status (ASan exits with 1, a status some tests expect).
  INFO("stderr: " << run.errors.substr(0, 4000));
  CHECK(run.errors.find("Sanitizer") == std::string::npos);
  CHECK(run.errors.find("runtime error:") == std::string::npos);
  return run;
}

/// The first Serd error parsing `text` as `syntax`, or "" when it is valid.
inline std::string serd_error(const std::string& text, SerdSyntax syntax = SERD_TURTLE) {
  struct Errors {
    std::string first;
  } errors;
  SerdReader* reader = serd_reader_new(syntax, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(
      reader,
      [](void* handle, const SerdError* error) {
        auto* e = static_cast<Errors*>(handle);
        if (e->first.empty()) {
          char message[1024];
          std::vsnprintf(message, sizeof message, error->fmt, *error->args);
          e->first = std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + message;
        }
        return SERD_SUCCESS;
      },
      &errors);
  const SerdStatus status = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str()));
  serd_reader_free(reader);
  if (status != SERD_SUCCESS && errors.first.empty())
    errors.first = reinterpret_cast<const char*>(serd_strerror(status));
  return errors.first;
}

inline bool have_serdi() { return std::string_view(RESOGRAPH_SERDI).size() > 0 && fs::exists(RESOGRAPH_SERDI); }

/// Exit status of `serdi -i SYNTAX FILE` (its output discarded), or -1 without serdi.
inline int serdi_status(const fs::path& file, const std::string& syntax) {
  if (!have_serdi()) return -1;
  const std::string command = quote(RESOGRAPH_SERDI) + " -i " + syntax + " " + quote(file.string()) + " >/dev/null 2>" +
                              quote(file.string() + ".serdi.log");
  const int raw = std::system(command.c_str());
  return raw != -1 && WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

/// A small adopted resolution that resolves to a few dozen statements.
inline std::string good_resolution(const std::string& number = "78/228",
                                   const std::string& title = "Titre de la résolution") {
  return "# Assemblée générale\n\nDistr. générale  \n22 décembre 2023\n\nSoixante-dix-huitième session  \n"
         "Point 107 de l'ordre du jour\n\n## Résolution adoptée par l'Assemblée générale le 19 décembre 2023\n\n### " +
         number + ". " + title +
         "\n\n*L'Assemblée générale,*\n\n*Rappelant* sa résolution 77/1 et la Convention des Nations Unies contre la "
         "criminalité transnationale organisée,\n\n1. *Prie* l'Office des Nations Unies contre la drogue et le crime "
         "de "
         "faire rapport ;\n\n2. *Décide* de rester saisie de la question.\n";
}

/// Text of the graph a run wrote that shows a file was processed.
inline std::string processed_marker(const std::string& file_name) { return "rg:sourceFile \"" + file_name + "\""; }

/// The real registry, loaded once.
inline const resograph::Registry& shared_registry() {
  static const resograph::Registry registry = [] {
    std::vector<resograph::Diagnostic> diagnostics;
    return resograph::Registry::load(RESOGRAPH_REGISTRY_DIR, diagnostics);
  }();
  return registry;
}

struct PipelineResult {
  std::optional<resograph::Diagnostic> read_error;  ///< Set when the reader refused the bytes.
  std::vector<resograph::Diagnostic> diagnostics;   ///< Of the later stages.
  std::size_t blocks = 0;
  std::size_t acts = 0;
  std::size_t paragraphs = 0;
  std::size_t statements = 0;
  std::string turtle;
};

/// The whole pipeline over bytes in memory, as `resograph build` runs it on
/// one file: read, normalise, segment, find and resolve, graph, Turtle.
inline PipelineResult run_pipeline(const std::string& name, std::string bytes) {
  using namespace resograph;
  PipelineResult result;
  ReadResult read = source_from_bytes(name, std::move(bytes));
  if (!read.file) {
    result.read_error = read.error;
    return result;
  }
  std::vector<Block> blocks = normalise(*read.file);
  result.blocks = blocks.size();
  const Document document = segment(std::move(*read.file), std::move(blocks));
  result.acts = document.acts.size();
  for (const Act& act : document.acts) result.paragraphs += act.paragraphs.size();
  static const Resolver resolver(shared_registry());
  const Resolved resolved = resolver.resolve(document);
  result.diagnostics = document.diagnostics;
  result.diagnostics.insert(result.diagnostics.end(), resolved.diagnostics.begin(), resolved.diagnostics.end());
  graph::Model model;
  graph::GraphBuilder builder(model, std::string(vocab::default_base));
  graph::CorpusLinker linker(builder);
  const graph::PreparedDocument prepared = builder.prepare(document, resolved);
  builder.add(document, resolved, prepared);
  linker.observe(document, resolved, prepared);
  const std::vector<Diagnostic> warnings = linker.link(model);
  result.diagnostics.insert(result.diagnostics.end(), warnings.begin(), warnings.end());
  result.statements = model.size();
  result.turtle =
      exporter::to_string(model, exporter::Format::turtle, exporter::standard_prefixes(vocab::default_base));
  return result;
}

}  // namespace reliability
