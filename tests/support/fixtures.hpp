// Shared fixtures of the test suite: where the corpus, the gold annotations
// and the registry are, reading files, the gold `act` records, and running the
// pipeline (normalise, segment, resolve) on a file or on a text in memory.
#pragma once

#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "document.hpp"
#include "normalize.hpp"
#include "registry.hpp"
#include "resolve.hpp"
#include "source.hpp"

namespace resograph::test {

inline const std::string shared_dir = RESOGRAPH_SHARED_DIR;
inline const std::string corpus_dir = shared_dir + "/corpus";
inline const std::string gold_dir = shared_dir + "/gold";
inline const std::string registry_dir = RESOGRAPH_REGISTRY_DIR;
inline const std::string test_tmp = RESOGRAPH_TEST_TMP;

/// The five corpus files, by their stem.
inline const std::vector<std::string> corpus_stems = {"000_7d9389fceeaa127f", "001_1b8c8940ed5f6a62",
                                                      "002_ef8251257cbc6635", "003_07c25e7d960496ef",
                                                      "004_38c0f701a36a6316"};

inline std::string corpus_path(const std::string& stem) { return corpus_dir + "/" + stem + ".txt"; }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void write_file(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  REQUIRE(out.good());
}

/// A fresh, empty scratch folder under the build tree, of this process alone
/// (ctest runs test cases as parallel processes).
inline std::string scratch_folder(const std::string& name) {
  const std::filesystem::path folder = std::filesystem::path(test_tmp) / (name + "." + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder.string();
}

/// One record of a gold file: its fields, split at tabs.
inline std::vector<std::vector<std::string>> gold_records(const std::string& stem) {
  std::vector<std::vector<std::string>> records;
  std::istringstream in(read_file(gold_dir + "/" + stem + ".tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t begin = 0;
    while (true) {
      const std::size_t tab = line.find('\t', begin);
      fields.push_back(line.substr(begin, tab - begin));
      if (tab == std::string::npos) break;
      begin = tab + 1;
    }
    records.push_back(std::move(fields));
  }
  return records;
}

/// The titles of the `act` records of a gold file, in order.
inline std::vector<std::string> gold_act_titles(const std::string& stem) {
  std::vector<std::string> titles;
  for (const auto& record : gold_records(stem)) {
    if (record.size() >= 3 && record[0] == "act") titles.push_back(record[2]);
  }
  return titles;
}

/// The value of the required `fact @N PROPERTY VALUE` records of a gold file.
inline std::vector<std::string> gold_facts(const std::string& stem, const std::string& subject,
                                           const std::string& property) {
  std::vector<std::string> values;
  for (const auto& record : gold_records(stem)) {
    const bool optional = record.size() >= 5 && record[4] == "optional";
    if (record.size() >= 4 && record[0] == "fact" && record[1] == subject && record[2] == property && !optional) {
      values.push_back(record[3]);
    }
  }
  return values;
}

/// The registry of the repository, loaded once.
inline const Registry& registry() {
  static const Registry loaded = [] {
    std::vector<Diagnostic> diagnostics;
    Registry r = Registry::load(registry_dir, diagnostics);
    for (const Diagnostic& d : diagnostics) WARN(d.to_string());
    return r;
  }();
  return loaded;
}

inline const Resolver& resolver() {
  static const Resolver r(registry());
  return r;
}

/// A source file made of `text`.
inline SourceFile source_of(const std::string& text, const std::string& name = "test.txt") {
  ReadResult read = source_from_bytes(name, text);
  INFO(read.error.to_string());
  REQUIRE(read.file.has_value());
  return std::move(*read.file);
}

/// Normalises and segments a text in memory.
inline Document document_of(const std::string& text, const std::string& name = "test.txt") {
  SourceFile file = source_of(text, name);
  std::vector<Block> blocks = normalise(file);
  return segment(std::move(file), std::move(blocks));
}

/// Diagnostics as they read ("file:line:column: error: …"), for comparisons.
inline std::vector<std::string> messages_of(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> messages;
  for (const Diagnostic& diagnostic : diagnostics) messages.push_back(diagnostic.to_string());
  return messages;
}

/// Reads, normalises and segments a corpus file.
inline Document corpus_document(const std::string& stem) {
  ReadResult read = read_source(corpus_path(stem));
  REQUIRE(read.file.has_value());
  std::vector<Block> blocks = normalise(*read.file);
  return segment(std::move(*read.file), std::move(blocks));
}

}  // namespace resograph::test
