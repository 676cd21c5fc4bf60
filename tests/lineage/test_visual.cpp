// export/visual.*: DOT and GraphML of a whole graph and of a lineage — kinds
// and colours, labels, relations, escaping, determinism; the DOT drawn by
// `dot -Tsvg`, the GraphML validated by `xmllint --schema graphml.xsd`.
#include "fixture.hpp"

#include <map>
#include <regex>
#include <set>

#include "visual.hpp"

using namespace lineage_test;
namespace exporter = resograph::exporter;
namespace graph = resograph::graph;

namespace {

const std::string base(resograph::vocab::default_base);
const std::string tricky_title = "Titre « guillemets » \"doubles\", <chevrons> & barre\\oblique\net\tligne";
const std::string tricky_label = "Déclaration {x|y} \\N ']]>' --> <!-- & \"z\"";

/// A small graph with one of every kind, written in the given order, with
/// characters DOT and XML must escape.
void small_graph(graph::Model& model, bool reverse) {
  const auto rg = [&](const std::string& local) { return model.uri(std::string(resograph::vocab::rg) + local); };
  const graph::Node type = model.uri(std::string(resograph::vocab::rdf) + "type");
  const graph::Node act = model.uri(base + "res/GA/1/1");
  const graph::Node doc = model.uri(base + "doc/A/1/2");
  const graph::Node instrument = model.uri(base + "instrument/declaration-x");
  const graph::Node body = model.uri(base + "body/UNODC");
  const graph::Node state = model.uri(base + "state/FRA");
  const graph::Node paragraph = model.uri(base + "file/f.txt/act1/p1");
  const graph::Node citation = model.uri(base + "file/f.txt/act1/p1/c1");
  const std::string integer = std::string(resograph::vocab::xsd) + "integer";
  struct Quad {
    graph::Node s, p, o;
  };
  std::vector<Quad> quads = {
      {act, type, rg("Act")},
      {act, type, rg("Resolution")},
      {act, rg("key"), model.literal("res:GA:1/1")},
      {act, model.uri(std::string(resograph::vocab::dcterms) + "title"), model.literal(tricky_title, "fr")},
      {act, rg("adoptedOn"), model.typed("2001-02-03", std::string(resograph::vocab::xsd) + "date")},
      {act, rg("sourceFile"), model.literal("f.txt")},
      {act, rg("paragraph"), paragraph},
      {doc, type, rg("Document")},
      {doc, rg("key"), model.literal("doc:A/1/2")},
      {instrument, type, rg("Declaration")},
      {instrument, type, rg("Instrument")},
      {instrument, model.uri(std::string(resograph::vocab::skos) + "prefLabel"), model.literal(tricky_label, "fr")},
      {body, type, rg("Body")},
      {body, rg("key"), model.literal("body:UNODC")},
      {state, type, rg("State")},
      {state, rg("key"), model.literal("state:FRA")},
      {act, rg("recalls"), instrument},
      {act, rg("mentions"), instrument},
      {act, rg("takesNoteOf"), doc},
      {act, rg("requests"), body},
      {act, rg("mentions"), state},
      {instrument, rg("containedIn"), act},
      {paragraph, type, rg("Paragraph")},
      {paragraph, rg("text"), model.literal("Rappelant la Déclaration,", "fr")},
      {paragraph, rg("paragraphKind"), model.literal("preambular")},
      {paragraph, rg("position"), model.typed("1", integer)},
      {citation, type, rg("Citation")},
      {citation, rg("subject"), act},
      {citation, rg("relation"), rg("recalls")},
      {citation, rg("target"), instrument},
      {citation, rg("statedIn"), paragraph},
      {citation, rg("quote"), model.literal("Déclaration")},
      {citation, rg("startOffset"), model.typed("13", integer)},
      {citation, rg("endOffset"), model.typed("25", integer)},
  };
  if (reverse) std::reverse(quads.begin(), quads.end());
  for (const Quad& quad : quads) model.add(quad.s, quad.p, quad.o);
}

/// The lines of a DOT text that declare a node (not an edge).
std::map<std::string, std::string> dot_nodes(const std::string& dot) {
  std::map<std::string, std::string> nodes;
  std::istringstream in(dot);
  std::string line;
  const std::regex node(R"re(^  "([^"]+)" \[label=.*$)re");
  std::smatch match;
  while (std::getline(in, line)) {
    if (std::regex_match(line, match, node)) nodes[match[1]] = line;
  }
  return nodes;
}

/// Checks GraphML without a schema: ids unique, every edge joins declared
/// nodes, every data names a declared key of its domain.
void check_graphml_structure(const std::string& xml) {
  std::map<std::string, std::string> keys;  // id → for
  const std::regex key(
      R"re(<key id="([^"]+)" for="([a-z]+)" attr\.name="[^"]+" attr\.type="(string|int|double|boolean|long|float)"/>)re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), key); it != std::sregex_iterator(); ++it) {
    CHECK(keys.emplace((*it)[1], (*it)[2]).second);
  }
  for (const char* name : {"kind", "label", "key", "date", "relation"}) {
    CHECK(xml.find(std::string("attr.name=\"") + name + "\"") != std::string::npos);
  }
  std::set<std::string> nodes;
  const std::regex node(R"re(<node id="([^"]+)">)re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), node); it != std::sregex_iterator(); ++it) {
    CHECK(nodes.insert((*it)[1]).second);
  }
  const std::regex edge(R"re(<edge id="[^"]+" source="([^"]+)" target="([^"]+)">)re");
  std::size_t edges = 0;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), edge); it != std::sregex_iterator(); ++it, ++edges) {
    CHECK(nodes.count((*it)[1]) == 1);
    CHECK(nodes.count((*it)[2]) == 1);
  }
  const std::regex data(R"re(<data key="([^"]+)">)re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), data); it != std::sregex_iterator(); ++it) {
    CHECK(keys.count((*it)[1]) == 1);
  }
  CHECK(xml.find("<graph id=\"resograph\" edgedefault=\"directed\">") != std::string::npos);
  CHECK(std::count(xml.begin(), xml.end(), '\0') == 0);
  (void)edges;
}

/// `dot -Tsvg` draws it without a warning (skipped, with a warning, without Graphviz).
void check_dot_draws(const std::string& dot, const std::string& folder, const std::string& name) {
  if (!have("dot")) {
    WARN("Graphviz is not installed (apt-get install graphviz): " + name + " not drawn");
    return;
  }
  write_file(folder + "/" + name + ".dot", dot);
  const Shell result = shell(
      "dot -Tsvg " + quoted(folder + "/" + name + ".dot") + " -o " + quoted(folder + "/" + name + ".svg"), folder);
  INFO(result.output);
  CHECK(result.status == 0);
  CHECK(result.output.empty());
  const std::string svg = read_file(folder + "/" + name + ".svg");
  CHECK(svg.find("<svg") != std::string::npos);
}

/// `xmllint --schema graphml.xsd` validates it (skipped, with a warning, without xmllint).
void check_graphml_valid(const std::string& xml, const std::string& folder, const std::string& name) {
  check_graphml_structure(xml);
  if (!have("xmllint")) {
    WARN("xmllint is not installed (apt-get install libxml2-utils): " + name + " checked for structure only");
    return;
  }
  write_file(folder + "/" + name + ".graphml", xml);
  const Shell result =
      shell("xmllint --noout --schema " + quoted(graphml_xsd) + " " + quoted(folder + "/" + name + ".graphml"), folder);
  INFO(result.output);
  CHECK(result.status == 0);
  CHECK(result.output.find("validates") != std::string::npos);
}

}  // namespace

TEST_CASE("the GraphML subset schema rejects an edge to an unknown node", "[visual][graphml]") {
  if (!have("xmllint")) {
    WARN("xmllint is not installed");
    return;
  }
  const std::string folder = scratch_folder("schema");
  write_file(folder + "/bad.graphml",
             "<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
             "<key id=\"k\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"
             "<graph edgedefault=\"directed\"><node id=\"n0\"><data key=\"k\">act</data></node>"
             "<edge source=\"n0\" target=\"n1\"/></graph></graphml>");
  CHECK(
      shell("xmllint --noout --schema " + quoted(graphml_xsd) + " " + quoted(folder + "/bad.graphml"), folder).status !=
      0);
  write_file(folder + "/good.graphml",
             "<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
             "<key id=\"k\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"
             "<graph edgedefault=\"directed\"><node id=\"n0\"><data key=\"k\">act</data></node>"
             "<node id=\"n1\"/><edge source=\"n0\" target=\"n1\"/></graph></graphml>");
  CHECK(shell("xmllint --noout --schema " + quoted(graphml_xsd) + " " + quoted(folder + "/good.graphml"), folder)
            .status == 0);
}

TEST_CASE("a small graph: kinds, colours, labels, relations, escaping", "[visual]") {
  const std::string folder = scratch_folder("small");
  graph::Model model;
  small_graph(model, false);
  const graph::GraphIndex index(model);
  REQUIRE(index.entities().size() == 5);
  const exporter::Picture picture = exporter::whole_picture(index);
  REQUIRE(picture.nodes.size() == 5);
  // Sorted by kind: act, instrument, document, body, State.
  CHECK(picture.nodes[0].kind == graph::Kind::act);
  CHECK(picture.nodes[1].kind == graph::Kind::instrument);
  CHECK(picture.nodes[2].kind == graph::Kind::document);
  CHECK(picture.nodes[3].kind == graph::Kind::body);
  CHECK(picture.nodes[4].kind == graph::Kind::state);

  const std::string dot = exporter::to_dot(picture);
  const auto nodes = dot_nodes(dot);
  REQUIRE(nodes.size() == 5);
  const std::string& act = nodes.at(base + "res/GA/1/1");
  CHECK(act.find("fillcolor=\"#dae8fc\"") != std::string::npos);
  CHECK(act.find("kind=\"act\"") != std::string::npos);
  CHECK(act.find("label=\"res:GA:1/1\\n2001-02-03\\nTitre « guillemets »") != std::string::npos);
  CHECK(act.find("\\\"doubles\\\"") != std::string::npos);
  CHECK(act.find("barre\\\\oblique et ligne") != std::string::npos);  // backslash doubled, control characters out
  CHECK(nodes.at(base + "instrument/declaration-x").find("kind=\"instrument\"") != std::string::npos);
  CHECK(nodes.at(base + "instrument/declaration-x").find("\\\\N") != std::string::npos);  // not Graphviz's \N
  CHECK(nodes.at(base + "doc/A/1/2").find("shape=folder") != std::string::npos);
  CHECK(nodes.at(base + "body/UNODC").find("kind=\"body\"") != std::string::npos);
  CHECK(nodes.at(base + "state/FRA").find("kind=\"state\"") != std::string::npos);
  // recalls and mentions of one instrument: one edge labelled recalls.
  CHECK(dot.find("\"" + base + "res/GA/1/1\" -> \"" + base + "instrument/declaration-x\" [label=\"recalls\"") !=
        std::string::npos);
  CHECK(dot.find("[label=\"containedIn\"") != std::string::npos);
  CHECK(dot.find("[label=\"requests\"") != std::string::npos);
  CHECK(dot.find("[label=\"takesNoteOf\"") != std::string::npos);
  check_dot_draws(dot, folder, "small");

  const std::string xml = exporter::to_graphml(picture);
  CHECK(xml.find("&lt;chevrons&gt; &amp; barre\\oblique") != std::string::npos);
  CHECK(xml.find("&lt;!-- &amp;") != std::string::npos);
  CHECK(xml.find("<data key=\"n_kind\">state</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"n_key\">res:GA:1/1</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"n_date\">2001-02-03</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"e_relation\">mentions</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"e_citations\">1</data>") != std::string::npos);
  check_graphml_valid(xml, folder, "small");

  // The lineage of the instrument: its name (with "-->") in the title and comment.
  graph::LineageOptions options;
  const exporter::Picture lineage =
      exporter::lineage_picture(index, graph::lineage(index, base + "instrument/declaration-x", options));
  // The instrument, the act it is contained in (which recalls it), the document that act takes note of.
  CHECK(lineage.nodes.size() == 3);
  check_graphml_valid(exporter::to_graphml(lineage), folder, "small-lineage");
  check_dot_draws(exporter::to_dot(lineage), folder, "small-lineage");
}

TEST_CASE("pictures do not depend on the order statements were added", "[visual][deterministic]") {
  graph::Model forward, backward;
  small_graph(forward, false);
  small_graph(backward, true);
  const graph::GraphIndex a(forward), b(backward);
  CHECK(exporter::to_dot(exporter::whole_picture(a)) == exporter::to_dot(exporter::whole_picture(b)));
  CHECK(exporter::to_graphml(exporter::whole_picture(a)) == exporter::to_graphml(exporter::whole_picture(b)));
  graph::LineageOptions options;
  const auto la = graph::lineage(a, base + "res/GA/1/1", options);
  const auto lb = graph::lineage(b, base + "res/GA/1/1", options);
  CHECK(exporter::to_dot(exporter::lineage_picture(a, la)) == exporter::to_dot(exporter::lineage_picture(b, lb)));
  CHECK(graph::lineage_json(a, la) == graph::lineage_json(b, lb));
  CHECK(graph::lineage_text(a, la, true) == graph::lineage_text(b, lb, true));
}

TEST_CASE("the corpus: the whole graph and the lineage of res:GA:78/228 as DOT and GraphML", "[visual][corpus]") {
  const std::string folder = scratch_folder("corpus");
  const graph::GraphIndex& index = *corpus_graph().index;
  const exporter::Picture whole = exporter::whole_picture(index);
  CHECK(whole.nodes.size() == index.entities().size());
  CHECK(whole.edges.size() == index.links().size());
  check_dot_draws(exporter::to_dot(whole), folder, "whole");
  check_graphml_valid(exporter::to_graphml(whole), folder, "whole");

  graph::LineageOptions options;
  const graph::Lineage lineage = graph::lineage(index, index.find_key("res:GA:78/228")->iri, options);
  const exporter::Picture picture = exporter::lineage_picture(index, lineage);
  REQUIRE_FALSE(picture.nodes.empty());
  std::size_t roots = 0;
  for (const exporter::PictureNode& node : picture.nodes) {
    if (node.role == "root") {
      ++roots;
      CHECK(node.key == "res:GA:78/228");
    }
  }
  CHECK(roots == 1);
  const std::string dot = exporter::to_dot(picture);
  const auto nodes = dot_nodes(dot);
  CHECK(nodes.size() == picture.nodes.size());
  const std::string& recalled = nodes.at(iri("res:GA:64/293"));
  CHECK(recalled.find("label=\"res:GA:64/293\\n2010-07-30\"") != std::string::npos);
  CHECK(recalled.find("role=\"ancestor\", depth=1") != std::string::npos);
  CHECK(dot.find("\"" + iri("res:GA:78/228") + "\" -> \"" + iri("res:GA:64/293") + "\" [") != std::string::npos);
  CHECK(dot.find("relation=\"recalls\"") != std::string::npos);
  check_dot_draws(dot, folder, "lineage");

  const std::string xml = exporter::to_graphml(picture);
  CHECK(xml.find("<data key=\"n_key\">res:GA:64/293</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"n_label\">res:GA:64/293 · 2010-07-30</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"n_role\">root</data>") != std::string::npos);
  check_graphml_valid(xml, folder, "lineage");

  // Same input, same bytes.
  CHECK(exporter::to_dot(exporter::lineage_picture(index, lineage)) == dot);
  CHECK(exporter::to_graphml(exporter::lineage_picture(index, lineage)) == xml);
}

TEST_CASE("visual formats by name", "[visual]") {
  CHECK(exporter::parse_visual_format("dot") == exporter::VisualFormat::dot);
  CHECK(exporter::parse_visual_format("gv") == exporter::VisualFormat::dot);
  CHECK(exporter::parse_visual_format("graphml") == exporter::VisualFormat::graphml);
  CHECK_FALSE(exporter::parse_visual_format("svg"));
}
