// The command-line program (cli/main.cpp), run as a child process: help and
// version, usage errors, a folder with one bad file (exit 1, a compiler-style
// error line, the good file's graph written), an unwritable output (exit 3,
// nothing created), and output that does not depend on the thread count.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "support/fixtures.hpp"

using namespace resograph::test;
namespace fs = std::filesystem;

namespace {

const std::string binary = RESOGRAPH_BINARY;

struct Result {
  int status = -1;
  std::string out, err;
};

std::string quoted(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

/// Runs the program with `args`; standard output and error go to files of `folder`.
Result run(const std::vector<std::string>& args, const std::string& folder) {
  std::string command = quoted(binary);
  for (const std::string& arg : args) command += " " + quoted(arg);
  const std::string out = folder + "/stdout.log", err = folder + "/stderr.log";
  command += " >" + quoted(out) + " 2>" + quoted(err) + " </dev/null";
  const int raw = std::system(command.c_str());
  Result result;
  REQUIRE(raw != -1);
  REQUIRE(WIFEXITED(raw));
  result.status = WEXITSTATUS(raw);
  result.out = read_file(out);
  result.err = read_file(err);
  fs::remove(out);
  fs::remove(err);
  return result;
}

std::vector<std::string> listing(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    names.push_back(entry.path().lexically_relative(folder));
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("--help and --version exit 0", "[cli]") {
  const std::string folder = scratch_folder("help");
  const Result help = run({"--help"}, folder);
  CHECK(help.status == 0);
  CHECK(help.out.find("usage: resograph build INPUT... -o FILE") != std::string::npos);
  CHECK(help.out.find("exit status:") != std::string::npos);
  const Result version = run({"--version"}, folder);
  CHECK(version.status == 0);
  CHECK(std::regex_match(version.out, std::regex("resograph [0-9]+\\.[0-9]+\\.[0-9]+\n")));
}

TEST_CASE("usage errors exit 2", "[cli]") {
  const std::string folder = scratch_folder("usage");
  SECTION("no arguments") {
    const Result r = run({}, folder);
    CHECK(r.status == 2);
    CHECK(r.err.find("usage:") != std::string::npos);
  }
  SECTION("an unknown option") {
    const Result r = run({"build", corpus_dir, "-o", folder + "/out.ttl", "--no-such-option"}, folder);
    CHECK(r.status == 2);
    CHECK(r.err.find("unknown option '--no-such-option'") != std::string::npos);
    CHECK_FALSE(fs::exists(folder + "/out.ttl"));
  }
  SECTION("an unknown command") { CHECK(run({"frobnicate"}, folder).status == 2); }
  SECTION("no input, no output, a bad format, a bad base, a bad thread count") {
    CHECK(run({"build", "-o", folder + "/out.ttl"}, folder).status == 2);
    CHECK(run({"build", corpus_dir}, folder).status == 2);
    CHECK(run({"build", corpus_dir, "-o", folder + "/out.ttl", "-f", "rdfxml"}, folder).status == 2);
    CHECK(run({"build", corpus_dir, "-o", folder + "/out.ttl", "--base", "not an iri"}, folder).status == 2);
    CHECK(run({"build", corpus_dir, "-o", folder + "/out.ttl", "-j", "many"}, folder).status == 2);
    CHECK(run({"build", corpus_dir, "-o"}, folder).status == 2);
    CHECK_FALSE(fs::exists(folder + "/out.ttl"));
  }
}

TEST_CASE("a folder with a good and an invalid UTF-8 file: exit 1, the error located, the good graph written",
          "[cli]") {
  const std::string folder = scratch_folder("bad_file");
  const std::string inputs = folder + "/inputs";
  fs::create_directories(inputs);
  fs::copy_file(corpus_path("001_1b8c8940ed5f6a62"), inputs + "/good.txt");
  write_file(inputs + "/bad.txt", "Projet de résolution\n\nTitre\n\nL'Assemblée g\xE9n\xE9rale,\n");
  const std::string output = folder + "/graph.ttl";

  const Result r = run({"build", inputs, "-o", output}, folder);
  CHECK(r.status == 1);
  INFO(r.err);
  CHECK(r.err.find(inputs + "/bad.txt:5:14: error: invalid UTF-8") != std::string::npos);
  CHECK(r.err.find("good.txt:") == std::string::npos);
  REQUIRE(fs::exists(output));
  const std::string graph = read_file(output);
  CHECK(graph.find("\"good.txt\"") != std::string::npos);
  CHECK(graph.find("Améliorer la protection des enfants contre la traite des personnes") != std::string::npos);
  CHECK(graph.find("bad.txt") == std::string::npos);
}

TEST_CASE("an output path in a missing folder: exit 3 and nothing created", "[cli]") {
  const std::string folder = scratch_folder("missing_folder");
  const std::string output = folder + "/missing/graph.ttl";
  const Result r = run({"build", corpus_path("001_1b8c8940ed5f6a62"), "-o", output}, folder);
  CHECK(r.status == 3);
  CHECK(r.err.find(output + ": error:") != std::string::npos);
  CHECK_FALSE(fs::exists(folder + "/missing"));
  CHECK(listing(folder).empty());
}

TEST_CASE("a missing input is reported and the others are still built", "[cli]") {
  const std::string folder = scratch_folder("missing_input");
  const Result r = run({"build", folder + "/nope.txt", corpus_path("004_38c0f701a36a6316"), "-o", folder + "/g.nt",
                        "-f", "ntriples", "-q"},
                       folder);
  CHECK(r.status == 1);
  CHECK(r.err.find(folder + "/nope.txt: error:") != std::string::npos);
  const std::string graph = read_file(folder + "/g.nt");
  CHECK(graph.find("<https://w3id.org/resograph/id/res/GA/78/228>") != std::string::npos);
}

TEST_CASE("the corpus to standard output, whatever the thread count, with another base", "[cli]") {
  const std::string folder = scratch_folder("stdout");
  const Result one =
      run({"build", corpus_dir, "-o", "-", "-f", "nquads", "-j", "1", "--base", "http://example.org/un/"}, folder);
  const Result four =
      run({"build", corpus_dir, "-o", "-", "-f", "nquads", "-j", "4", "--base", "http://example.org/un/"}, folder);
  CHECK(one.status == 0);
  CHECK(four.status == 0);
  CHECK_FALSE(one.out.empty());
  CHECK(one.out == four.out);
  CHECK(one.out.find("<http://example.org/un/res/GA/78/228>") != std::string::npos);
  CHECK(one.out.find("https://w3id.org/resograph/id/") == std::string::npos);
  CHECK(one.err.find("5 files, 11 acts") != std::string::npos);
}
