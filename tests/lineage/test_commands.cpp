// cli/lineage_command.cpp and cli/export_command.cpp, called as functions:
// formats, --depth, --why, --graph and --corpus, exit statuses (0 ok,
// 1 input, 2 usage or unknown key, 3 output) and atomic output files.
#include "fixture.hpp"

#include "writer.hpp"

using namespace lineage_test;
namespace fs = std::filesystem;

namespace {

/// The corpus graph written once as Turtle, for --graph.
const std::string& turtle_graph() {
  static const std::string path = [] {
    const std::string folder = scratch_folder("commands-graph");
    const std::string file = folder + "/corpus.ttl";
    write_file(file,
               resograph::exporter::to_string(corpus_graph().model, resograph::exporter::Format::turtle,
                                              resograph::exporter::standard_prefixes(resograph::vocab::default_base)));
    return file;
  }();
  return path;
}

}  // namespace

TEST_CASE("lineage KEY --corpus: a tree with dates, relations and paragraphs", "[commands][lineage]") {
  const Run run = lineage({"res:GA:78/228", "--corpus", corpus_dir, "--registry", registry_dir, "--depth", "1"});
  INFO(run.err);
  CHECK(run.status == 0);
  CHECK(run.out.rfind("res:GA:78/228 (2023-12-19)", 0) == 0);
  CHECK(run.out.find("recalls, mentions res:GA:64/293 (2010-07-30)") != std::string::npos);
  CHECK(run.out.find("ancestors — what it cites (depth 1)") != std::string::npos);
  CHECK(run.out.find("descendants — what cites it (depth 1)") != std::string::npos);
  CHECK(run.out.find("why:") == std::string::npos);
}

TEST_CASE("lineage --graph: --why, --depth, and the same tree as --corpus", "[commands][lineage]") {
  const Run from_graph = lineage({"res:GA:78/228", "--graph", turtle_graph(), "--why", "--depth", "2"});
  const Run from_corpus =
      lineage({"res:GA:78/228", "--corpus", corpus_dir, "--registry", registry_dir, "--why", "--depth", "2"});
  CHECK(from_graph.status == 0);
  CHECK(from_corpus.status == 0);
  CHECK(from_graph.out == from_corpus.out);
  CHECK(from_graph.out.find("why: recalls — verb « Rappelant », « 64/293 » at bytes ") != std::string::npos);

  const Run shallow = lineage({"res:GA:78/228", "--graph", turtle_graph(), "--depth", "1"});
  const Run deep = lineage({"res:GA:78/228", "--graph", turtle_graph(), "--depth", "2"});
  CHECK(shallow.out.find("endorses Plan d'action mondial") == std::string::npos);
  CHECK(deep.out.find("endorses Plan d'action mondial") != std::string::npos);
  CHECK(deep.out.size() > shallow.out.size());
}

TEST_CASE("lineage --format json and dot", "[commands][lineage]") {
  const Run json = lineage({"res:GA:78/228", "--graph", turtle_graph(), "--format", "json", "--depth", "1"});
  CHECK(json.status == 0);
  CHECK(json.out.rfind("{\n  \"root\": \"" + iri("res:GA:78/228") + "\"", 0) == 0);
  CHECK(json.out.find("\"quote\": \"64/293\"") != std::string::npos);
  if (have("python3")) {
    const std::string folder = scratch_folder("json");
    write_file(folder + "/lineage.json", json.out);
    CHECK(
        shell("python3 -c 'import json,sys; json.load(open(sys.argv[1]))' " + quoted(folder + "/lineage.json"), folder)
            .status == 0);
  }
  const Run dot = lineage({"res:GA:78/228", "--graph", turtle_graph(), "--format", "dot"});
  CHECK(dot.status == 0);
  CHECK(dot.out.find("digraph resograph {") != std::string::npos);
  CHECK(dot.out.find("\"" + iri("res:GA:64/293") + "\" [label=\"res:GA:64/293\\n2010-07-30\"") != std::string::npos);
}

TEST_CASE("lineage: an unknown key is a usage error that lists the nearest keys", "[commands][lineage]") {
  const Run run = lineage({"res:GA:78/999", "--graph", turtle_graph()});
  CHECK(run.status == 2);
  CHECK(run.out.empty());
  CHECK(run.err.rfind("resograph: unknown key res:GA:78/999; nearest known keys: res:GA:78/", 0) == 0);
  CHECK(run.err.find("res:GA:78/228") != std::string::npos);
}

TEST_CASE("lineage: usage errors", "[commands][lineage]") {
  CHECK(lineage({"--graph", turtle_graph()}).status == 2);  // no key
  CHECK(lineage({"res:GA:78/228"}).status == 2);            // no source
  CHECK(lineage({"res:GA:78/228", "--graph", turtle_graph(), "--corpus", corpus_dir}).status == 2);
  CHECK(lineage({"res:GA:78/228", "--graph", turtle_graph(), "--depth", "-1"}).status == 2);
  CHECK(lineage({"res:GA:78/228", "--graph", turtle_graph(), "--depth", "two"}).status == 2);
  CHECK(lineage({"res:GA:78/228", "--graph", turtle_graph(), "--depth"}).status == 2);
  CHECK(lineage({"res:GA:78/228", "--graph", turtle_graph(), "--format", "svg"}).status == 2);
  CHECK(lineage({"res:GA:78/228", "--graph", turtle_graph(), "--frobnicate"}).status == 2);
  CHECK(lineage({"res:GA:78/228", "res:GA:64/293", "--graph", turtle_graph()}).status == 2);
  const Run help = lineage({"--help"});
  CHECK(help.status == 0);
  CHECK(help.out.rfind("usage: resograph lineage KEY", 0) == 0);
}

TEST_CASE("lineage and export: inputs that cannot be used exit 1", "[commands]") {
  const std::string folder = scratch_folder("bad-inputs");
  const Run missing = lineage({"res:GA:78/228", "--graph", folder + "/missing.ttl"});
  CHECK(missing.status == 1);
  CHECK(missing.out.empty());
  CHECK(missing.err.find("missing.ttl: error: cannot open") != std::string::npos);
  write_file(folder + "/bad.ttl", "<a> <b> .\n");
  const Run bad = export_({"--graph", folder + "/bad.ttl", "--format", "dot"});
  CHECK(bad.status == 1);
  CHECK(bad.err.find("bad.ttl:1:") != std::string::npos);
  CHECK(lineage({"res:GA:78/228", "--corpus", folder + "/no-such-folder"}).status == 1);
}

TEST_CASE("export: whole graph and lineage, to standard output and to files", "[commands][export]") {
  const std::string folder = scratch_folder("export");
  const Run dot = export_({"--graph", turtle_graph(), "--format", "dot"});
  CHECK(dot.status == 0);
  CHECK(dot.out.rfind("// resograph: ", 0) == 0);

  const Run lineage_dot = export_(
      {"--corpus", corpus_dir, "--registry", registry_dir, "--format", "dot", "--lineage", "res:GA:78/228", "-q"});
  CHECK(lineage_dot.status == 0);
  CHECK(lineage_dot.out.rfind("// Lineage of res:GA:78/228 (depth 2)", 0) == 0);

  // -o FILE: the same bytes, the format from the extension.
  const Run to_file = export_({"--graph", turtle_graph(), "--lineage", "res:GA:78/228", "-o", folder + "/l.graphml"});
  CHECK(to_file.status == 0);
  CHECK(to_file.out.empty());
  const Run to_stdout = export_({"--graph", turtle_graph(), "--lineage", "res:GA:78/228", "--format", "graphml"});
  CHECK(read_file(folder + "/l.graphml") == to_stdout.out);
  CHECK(to_stdout.out.find("<data key=\"n_key\">res:GA:64/293</data>") != std::string::npos);

  const Run shallow =
      export_({"--graph", turtle_graph(), "--lineage", "res:GA:78/228", "--depth", "0", "-f", "graphml"});
  CHECK(shallow.status == 0);
  CHECK(shallow.out.find("<node id=\"n1\">") == std::string::npos);  // the root alone

  const Run lineage_out = lineage({"res:GA:78/228", "--graph", turtle_graph(), "-o", folder + "/l.txt"});
  CHECK(lineage_out.status == 0);
  CHECK(read_file(folder + "/l.txt").rfind("res:GA:78/228 (2023-12-19)", 0) == 0);
}

TEST_CASE("export: usage errors and unknown keys exit 2", "[commands][export]") {
  CHECK(export_({"--graph", turtle_graph()}).status == 2);  // no format
  CHECK(export_({"--graph", turtle_graph(), "--format", "png"}).status == 2);
  CHECK(export_({"--format", "dot"}).status == 2);                                             // no source
  CHECK(export_({"--graph", turtle_graph(), "--format", "dot", "--depth", "1"}).status == 2);  // without --lineage
  CHECK(export_({"--graph", turtle_graph(), "--format", "dot", "stray"}).status == 2);
  const Run unknown = export_({"--graph", turtle_graph(), "--format", "dot", "--lineage", "res:GA:78/999"});
  CHECK(unknown.status == 2);
  CHECK(unknown.out.empty());
  CHECK(unknown.err.rfind("resograph: unknown key res:GA:78/999; nearest known keys: ", 0) == 0);
  CHECK(export_({"--help"}).status == 0);
}

TEST_CASE("an output that cannot be written exits 3 and leaves the old file untouched", "[commands][output]") {
  const std::string folder = scratch_folder("output");
  const Run nowhere = export_({"--graph", turtle_graph(), "--format", "dot", "-o", folder + "/no/such/folder/x.dot"});
  CHECK(nowhere.status == 3);
  CHECK(nowhere.err.find("error:") != std::string::npos);
  CHECK_FALSE(fs::exists(folder + "/no"));
  CHECK(lineage({"res:GA:78/228", "--graph", turtle_graph(), "-o", folder + "/no/such/x.txt"}).status == 3);

  // An existing file is replaced whole, and no temporary file stays behind.
  write_file(folder + "/old.dot", "old");
  CHECK(export_({"--graph", turtle_graph(), "--format", "dot", "--lineage", "res:GA:64/293", "-o", folder + "/old.dot"})
            .status == 0);
  CHECK(read_file(folder + "/old.dot").rfind("// Lineage of res:GA:64/293", 0) == 0);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++files;
  CHECK(files == 1);
}
