#include "corpus.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "build.hpp"
#include "document.hpp"
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
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      diagnostics.push_back(Diagnostic{Status::bad_read, input, 0, 0, "no such file or folder"});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(input);
      continue;
    }
    // Folder symlinks are not followed, so a symlink loop cannot trap the walk.
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_regular_file(type_ec) && is_text_file(it->path())) files.push_back(it->path().string());
    }
    if (ec) diagnostics.push_back(Diagnostic{Status::bad_read, input, 0, 0, "cannot list the folder: " + ec.message()});
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

BuildReport build_corpus(const std::vector<std::string>& files, const Registry& registry, const std::string& base,
                         graph::Model& model) {
  BuildReport report;
  const Resolver resolver(registry);
  graph::GraphBuilder builder(model, base);
  for (const std::string& path : files) {
    ReadResult read = read_source(path);
    if (!read.file) {
      report.diagnostics.push_back(read.error);
      ++report.failed;
      continue;
    }
    ++report.files;
    std::vector<Block> blocks = normalise(*read.file);
    const Document document = segment(std::move(*read.file), std::move(blocks));
    const Resolved resolved = resolver.resolve(document);
    report.acts += document.acts.size();
    report.diagnostics.insert(report.diagnostics.end(), document.diagnostics.begin(), document.diagnostics.end());
    report.diagnostics.insert(report.diagnostics.end(), resolved.diagnostics.begin(), resolved.diagnostics.end());
    builder.add(document, resolved);
  }
  return report;
}

std::string default_registry_folder() {
  if (const char* data = std::getenv("RESOGRAPH_DATA"); data && *data) return std::string(data) + "/registry";
  return std::string(RESOGRAPH_DATA_DIR) + "/registry";
}

}  // namespace resograph
