// Output integrity: a failing write leaves an earlier output file untouched
// (and no temporary file behind), and every graph written is valid RDF, IRIs
// included, whatever the file names and texts.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace reliability;

namespace {

/// Files of `folder` whose names start with ".out.ttl." (AtomicFile's temporaries).
std::vector<std::string> temporaries(const fs::path& folder) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(".out.", 0) == 0) found.push_back(name);
  }
  return found;
}

fs::path folder_with_resolutions(const std::string& name, int count) {
  const fs::path folder = scratch(name);
  for (int i = 1; i <= count; ++i) {
    write_file(folder / ("r" + std::to_string(i) + ".md"), good_resolution("78/" + std::to_string(200 + i)));
  }
  return folder;
}

}  // namespace

TEST_CASE("a write that fails half-way leaves the earlier output untouched", "[output]") {
  const fs::path folder = folder_with_resolutions("write-fails", 10);
  write_file(folder / "out.ttl", "earlier output\n");
  // A file size limit of a few kB: the graph (tens of kB) cannot be written.
  const Run run = run_resograph(folder, {"build", ".", "-o", "out.ttl"}, "trap '' XFSZ; ulimit -f 8;");
  INFO("stderr: " << run.errors);
  CHECK(run.status == 3);
  CHECK(run.errors.find("out.ttl: error: ") != std::string::npos);
  CHECK(read_file(folder / "out.ttl") == "earlier output\n");
  CHECK(temporaries(folder).empty());
}

TEST_CASE("a write to a full device fails with status 3", "[output]") {
  if (!fs::exists("/dev/full")) {
    WARN("SKIPPED: no /dev/full here");
    return;
  }
  const fs::path folder = folder_with_resolutions("stdout-full", 1);
  const Run run = run_resograph(folder, {"build", ".", "-o", "-"}, "", "/dev/full");
  INFO("stderr: " << run.errors);
  CHECK(run.status == 3);
  CHECK(run.errors.find("error: cannot write to standard output") != std::string::npos);
}

TEST_CASE("an output in a folder that does not exist fails with status 3", "[output]") {
  const fs::path folder = folder_with_resolutions("no-folder", 1);
  const Run run = run_resograph(folder, {"build", ".", "-o", "missing/out.ttl"});
  INFO("stderr: " << run.errors);
  CHECK(run.status == 3);
  CHECK(run.errors.find("missing/out.ttl: error: ") != std::string::npos);
  CHECK_FALSE(fs::exists(folder / "missing"));
}

TEST_CASE("an output path that is a folder is left untouched", "[output]") {
  const fs::path folder = folder_with_resolutions("output-is-folder", 1);
  fs::create_directory(folder / "out.ttl");
  write_file(folder / "out.ttl" / "keep.txt", "keep");
  const Run run = run_resograph(folder, {"build", "r1.md", "-o", "out.ttl"});
  INFO("stderr: " << run.errors);
  CHECK(run.status == 3);
  CHECK(read_file(folder / "out.ttl" / "keep.txt") == "keep");
  CHECK(temporaries(folder).empty());
}

TEST_CASE("an output in a read-only folder fails with status 3 and leaves the earlier file", "[output]") {
  const fs::path folder = folder_with_resolutions("read-only", 1);
  const fs::path locked = folder / "locked";
  fs::create_directory(locked);
  write_file(locked / "out.ttl", "earlier output\n");
  ::chmod(locked.c_str(), 0555);
  if (::access(locked.c_str(), W_OK) == 0) {
    ::chmod(locked.c_str(), 0755);
    WARN("SKIPPED: a read-only folder is still writable here (running as root); covered by the ulimit case");
    return;
  }
  const Run run = run_resograph(folder, {"build", "r1.md", "-o", "locked/out.ttl"});
  ::chmod(locked.c_str(), 0755);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 3);
  CHECK(read_file(locked / "out.ttl") == "earlier output\n");
}

TEST_CASE("a successful write replaces the earlier output whole, readable by others", "[output]") {
  const fs::path folder = folder_with_resolutions("replace", 2);
  write_file(folder / "out.ttl", "earlier output\n");
  const Run run = run_resograph(folder, {"build", ".", "-o", "out.ttl"});
  INFO("stderr: " << run.errors);
  CHECK(run.status == 0);
  const std::string graph = read_file(folder / "out.ttl");
  CHECK(graph.find("earlier output") == std::string::npos);
  CHECK(serd_error(graph) == "");
  struct stat info {};
  REQUIRE(::stat((folder / "out.ttl").c_str(), &info) == 0);
  CHECK((info.st_mode & 0444) == 0444);
  CHECK(temporaries(folder).empty());
}

TEST_CASE("every format written for odd file names and texts is valid RDF", "[output]") {
  // File names become IRIs (…/file/NAME) and literals (rg:sourceFile).
  const std::vector<std::string> names = {"a b.md",
                                          "x#y?z.md",
                                          "100%.md",
                                          "quote\"s.md",
                                          "<angle>.md",
                                          "back\\slash.md",
                                          "b{r}a|c^k`.md",
                                          "é à ç.md",
                                          "tab\tname.md",
                                          "new\nline.md",
                                          "semi;colon,comma=eq&amp+plus'.md",
                                          "[brackets].md"};
  // Texts whose words end up in IRIs and literals: symbols, numbers, quotes, backslashes.
  const std::string odd_text = good_resolution("78/1", "Titre <x> & \"1\" \\ {a}") +
                               "\n3. *Rappelant* sa résolution 72/1#frag et la résolution A/RES/72/\"1\" et "
                               "le document E/CN.15/2018/L.3/Rev.1\\\\x et la décision 2019/2{4}5 ;\n\n"
                               "4. *Prie* l'Office « \\u0041 \"guillemets\" » et <b>le</b> $\\text{E/2018/30}$ ;\n";
  const fs::path folder = scratch("odd-iris");
  for (const std::string& name : names) write_file(folder / name, odd_text);
  write_file(folder / "good.md", good_resolution());

  for (const auto& [format, syntax] : std::vector<std::pair<std::string, std::string>>{
           {"turtle", "turtle"}, {"ntriples", "ntriples"}, {"nquads", "nquads"}, {"trig", "trig"}}) {
    const std::string output = "out." + format;
    const Run run = run_resograph(folder, {"build", ".", "-f", format, "-o", output});
    INFO("format " << format << "; stderr: " << run.errors.substr(0, 2000));
    REQUIRE(run.status == 0);
    const std::string graph = read_file(folder / output);
    const SerdSyntax serd_syntax = format == "turtle"     ? SERD_TURTLE
                                   : format == "ntriples" ? SERD_NTRIPLES
                                   : format == "nquads"   ? SERD_NQUADS
                                                          : SERD_TRIG;
    CHECK(serd_error(graph, serd_syntax) == "");
    if (have_serdi()) {
      INFO("serdi: " << read_file(folder / (output + ".serdi.log")));
      CHECK(serdi_status(folder / output, syntax) == 0);
    }
    // Every file is read and states its act.
    const std::string count = std::to_string(names.size() + 1);
    CHECK(run.errors.find(count + " files, " + count + " acts") != std::string::npos);
  }
  if (!have_serdi()) WARN("serdi is not installed: checked with the Serd library only");
}

TEST_CASE("a file name that is not UTF-8 gives valid RDF", "[output]") {
  // Linux file names are bytes: rg:sourceFile "\xFF\xFE.md" would be an invalid literal.
  const fs::path folder = scratch("non-utf8-name");
  write_file(folder / "\xFF\xFE.md", good_resolution());
  const Run run = run_resograph(folder, {"build", ".", "-o", "out.ttl"});
  INFO("stderr: " << run.errors);
  const std::string graph = read_file(folder / "out.ttl");
  CHECK(serd_error(graph) == "");
  if (have_serdi()) CHECK(serdi_status(folder / "out.ttl", "turtle") == 0);
}
