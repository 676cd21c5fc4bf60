#include "corpus.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "build.hpp"
#include "document.hpp"
#include "link.hpp"
#include "normalize.hpp"
#include "resolve.hpp"

#ifndef RESOGRAPH_DATA_DIR
#define RESOGRAPH_DATA_DIR "ontology"
#endif

namespace resograph {

namespace {

bool is_text_file(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".txt" || extension == ".md";
}

}  // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs, std::vector<Diagnostic>& diagnostics) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  // A path that names something that cannot be read: a loop of symbolic
  // links (ELOOP), a link to nothing, a folder that cannot be searched.
  const auto unusable = [&](const std::string& path, const std::error_code& error) {
    std::string message = "cannot open: " + error.message();
    if (error == std::errc::no_such_file_or_directory) {
      std::error_code link_ec;
      message = fs::is_symlink(fs::symlink_status(path, link_ec)) ? "the symbolic link points to no file or folder"
                                                                  : "no such file or folder";
    }
    diagnostics.push_back(Diagnostic{Status::bad_read, path, 0, 0, std::move(message)});
  };
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      unusable(input, ec ? ec : std::make_error_code(std::errc::no_such_file_or_directory));
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(input);
      continue;
    }
    // Folder symlinks are not followed, so a symlink loop cannot trap the walk.
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!is_text_file(it->path())) continue;
      std::error_code type_ec;
      if (it->is_regular_file(type_ec)) {
        files.push_back(it->path().string());
      } else if (type_ec) {
        unusable(it->path().string(), type_ec);  // a *.txt symlink loop is not skipped silently
      }
    }
    if (ec) diagnostics.push_back(Diagnostic{Status::bad_read, input, 0, 0, "cannot list the folder: " + ec.message()});
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

/// A document, what the resolver made of it and what the graph builder
/// prepared: kept in one place, since the preparation points into the others.
struct Assembly {
  Document document;
  Resolved resolved;
  graph::PreparedDocument prepared;
};

/// What a worker makes of one file: everything up to the graph.
struct Processed {
  std::unique_ptr<Assembly> assembly;                 ///< Unless the file could not be read.
  std::unique_ptr<graph::TripleSink> own_statements;  ///< When streaming.
  Diagnostic error;                                   ///< When the file could not be read.
  StageTimes times;
  std::size_t bytes = 0;
};

Processed process_file(const std::string& path, const Resolver& resolver, const graph::GraphBuilder& builder,
                       const graph::DocumentStream* stream) {
  Processed out;
  auto start = Clock::now();
  ReadResult read = read_source(path);
  out.times.read = seconds_since(start);
  if (!read.file) {
    out.error = read.error;
    return out;
  }
  out.bytes = read.file->bytes.size();
  start = Clock::now();
  std::vector<Block> blocks = normalise(*read.file);
  out.times.normalise = seconds_since(start);
  start = Clock::now();
  out.assembly = std::make_unique<Assembly>(Assembly{segment(std::move(*read.file), std::move(blocks)), {}, {}});
  const Document& document = out.assembly->document;
  out.times.segment = seconds_since(start);
  start = Clock::now();
  const FoundDocument found = resolver.find(document);
  out.times.find = seconds_since(start);
  start = Clock::now();
  out.assembly->resolved = resolver.resolve(document, found);
  out.times.resolve = seconds_since(start);
  start = Clock::now();
  out.assembly->prepared = builder.prepare(document, out.assembly->resolved);
  if (stream) {
    out.own_statements = stream->open(out.assembly->prepared.file_iri, out.bytes);
    builder.add_own(document, out.assembly->resolved, out.assembly->prepared, *out.own_statements);
  }
  out.times.serialise = seconds_since(start);
  return out;
}

}  // namespace

BuildReport build_corpus(const std::vector<std::string>& files, const Registry& registry, const std::string& base,
                         graph::Model& model, unsigned threads, graph::DocumentStream* stream) {
  BuildReport report;
  const Resolver resolver(registry);
  graph::GraphBuilder builder(model, base);
  graph::CorpusLinker linker(builder);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(files.size(), 1)));

  // Workers take files in order; at most `window` results wait for assembly,
  // so memory stays bounded whatever the corpus size. Sixteen a worker: with
  // four, workers often waited on an assembling thread that shares their
  // cores (1.78 cores busy of 2 at 100 MB, 1.83 with sixteen; 4 MB more).
  const std::size_t window = 16 * static_cast<std::size_t>(threads);
  std::vector<std::optional<Processed>> results(files.size());
  std::mutex mutex;
  std::condition_variable ready, room;
  std::size_t next = 0, assembled = 0;

  const auto work = [&] {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return next >= files.size() || next < assembled + window; });
        if (next >= files.size()) return;
        index = next++;
      }
      Processed processed = process_file(files[index], resolver, builder, stream);
      {
        std::lock_guard lock(mutex);
        results[index] = std::move(processed);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) workers.emplace_back(work);

  for (std::size_t i = 0; i < files.size(); ++i) {
    Processed processed;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return results[i].has_value(); });
      processed = std::move(*results[i]);
      results[i].reset();
      assembled = i + 1;
    }
    room.notify_all();
    StageTimes& times = report.times;
    times.read += processed.times.read;
    times.normalise += processed.times.normalise;
    times.segment += processed.times.segment;
    times.find += processed.times.find;
    times.resolve += processed.times.resolve;
    times.serialise += processed.times.serialise;
    if (!processed.assembly) {
      report.diagnostics.push_back(processed.error);
      ++report.failed;
      continue;
    }
    ++report.files;
    report.bytes += processed.bytes;
    const auto& [document, resolved, prepared] = *processed.assembly;
    report.acts += document.acts.size();
    report.diagnostics.insert(report.diagnostics.end(), document.diagnostics.begin(), document.diagnostics.end());
    report.diagnostics.insert(report.diagnostics.end(), resolved.diagnostics.begin(), resolved.diagnostics.end());
    const auto start = Clock::now();
    if (stream) {
      builder.add_shared(document, resolved, prepared);
      stream->close(std::move(processed.own_statements));
    } else {
      builder.add(document, resolved, prepared);
    }
    linker.observe(document, resolved, prepared);
    times.assemble += seconds_since(start);
  }
  for (std::thread& worker : workers) worker.join();
  const auto start = Clock::now();
  const std::vector<Diagnostic> warnings = linker.link(model);
  report.diagnostics.insert(report.diagnostics.end(), warnings.begin(), warnings.end());
  report.times.assemble += seconds_since(start);
  return report;
}

std::string default_registry_folder() {
  if (const char* data = std::getenv("RESOGRAPH_DATA"); data && *data) return std::string(data) + "/registry";
  return std::string(RESOGRAPH_DATA_DIR) + "/registry";
}

}  // namespace resograph
