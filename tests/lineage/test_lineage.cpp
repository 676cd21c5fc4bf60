// graph/lineage.*: reading a graph back, the index of entities, statements
// and citations, the lineage walk (ancestors, descendants, --depth, draftOf),
// nearest keys, and the text and JSON forms.
#include "fixture.hpp"

#include <algorithm>

#include "writer.hpp"

using namespace lineage_test;
using resograph::graph::GraphIndex;
using resograph::graph::Lineage;
using resograph::graph::LineageOptions;
using resograph::graph::Step;

namespace {

const Step* find_step(const GraphIndex& index, const std::vector<Step>& steps, const std::string& far,
                      const std::string& relation) {
  for (const Step& step : steps) {
    if (step.far == far && index.links()[step.link].relation == relation) return &step;
  }
  return nullptr;
}

Lineage lineage_of(const std::string& key, int depth, bool agents = false) {
  const GraphIndex& index = *corpus_graph().index;
  const resograph::graph::Entity* root = index.find_key(key);
  REQUIRE(root != nullptr);
  LineageOptions options;
  options.depth = depth;
  options.agents = agents;
  return resograph::graph::lineage(index, root->iri, options);
}

}  // namespace

TEST_CASE("the corpus graph is indexed: entities, kinds, paragraphs, citations", "[lineage][index]") {
  const GraphIndex& index = *corpus_graph().index;
  const auto* act = index.find_key("res:GA:78/228");
  REQUIRE(act != nullptr);
  CHECK(act->kind == resograph::graph::Kind::act);
  CHECK(act->type == "Resolution");
  CHECK(act->date == "2023-12-19");
  CHECK(act->title == "Amélioration de la coordination de l'action contre la traite des personnes");
  CHECK(act->source_file == "004_38c0f701a36a6316.txt");

  const auto* cited = index.find_key("res:GA:64/293");
  REQUIRE(cited != nullptr);
  CHECK(cited->date == "2010-07-30");
  CHECK(cited->source_file.empty());  // cited, not stated, by the corpus

  REQUIRE(index.find_key("unts:2225:39574") != nullptr);
  CHECK(index.find_key("unts:2225:39574")->kind == resograph::graph::Kind::instrument);
  REQUIRE(index.find_key("body:UNODC") != nullptr);
  CHECK(index.find_key("body:UNODC")->kind == resograph::graph::Kind::body);
  REQUIRE(index.find_key("state:FRA") != nullptr);
  CHECK(index.find_key("state:FRA")->kind == resograph::graph::Kind::state);
  REQUIRE(index.find_key("doc:A/78/119") != nullptr);
  CHECK(index.find_key("doc:A/78/119")->kind == resograph::graph::Kind::document);

  // Links are sorted and unique; each outgoing index points back at its source.
  const auto& links = index.links();
  for (std::size_t i = 1; i < links.size(); ++i) {
    CHECK(std::tie(links[i - 1].source, links[i - 1].relation, links[i - 1].target) <
          std::tie(links[i].source, links[i].relation, links[i].target));
  }
  for (const std::size_t i : index.outgoing(act->iri)) CHECK(links[i].source == act->iri);
  for (const std::size_t i : index.incoming(cited->iri)) CHECK(links[i].target == cited->iri);
}

TEST_CASE("lineage of res:GA:78/228: it recalls res:GA:64/293 of 2010-07-30, with paragraph and quote", "[lineage]") {
  const GraphIndex& index = *corpus_graph().index;
  const Lineage lineage = lineage_of("res:GA:78/228", 2);
  const Step* step = find_step(index, lineage.ancestors, iri("res:GA:64/293"), "recalls");
  REQUIRE(step != nullptr);
  CHECK(step->depth == 1);
  CHECK(step->near == iri("res:GA:78/228"));
  CHECK_FALSE(step->inverse);
  CHECK(lineage.ancestor_depth.at(iri("res:GA:64/293")) == 1);
  CHECK(index.entity(step->far)->date == "2010-07-30");

  // Its citations: the paragraph of 78/228 that states it, the verb, the quoted
  // words, and byte offsets that find those words in the source file.
  const auto& citations = index.links()[step->link].citations;
  REQUIRE_FALSE(citations.empty());
  const std::string source = read_file(corpus_dir + "/004_38c0f701a36a6316.txt");
  bool adopted_in = false;
  for (const auto& citation : citations) {
    CHECK(citation.quote == "64/293");
    CHECK(citation.verb == "Rappelant");
    REQUIRE(citation.start >= 0);
    REQUIRE(citation.end > citation.start);
    CHECK(source.substr(static_cast<std::size_t>(citation.start),
                        static_cast<std::size_t>(citation.end - citation.start)) == citation.quote);
    const auto* paragraph = index.paragraph(citation.paragraph);
    REQUIRE(paragraph != nullptr);
    CHECK(paragraph->act == iri("res:GA:78/228"));
    CHECK(paragraph->kind == "preambular");
    CHECK(paragraph->source_file == "004_38c0f701a36a6316.txt");
    CHECK(paragraph->start <= citation.start);
    CHECK(citation.end <= paragraph->end);
    if (paragraph->text.find("dans sa résolution 64/293 du 30 juillet 2010") != std::string::npos) adopted_in = true;
  }
  CHECK(adopted_in);

  SECTION("the text tree names the relation, the date, the paragraph, and with --why the quote and offsets") {
    const std::string plain = resograph::graph::lineage_text(index, lineage, false);
    CHECK(plain.find("recalls, mentions res:GA:64/293 (2010-07-30)") != std::string::npos);
    CHECK(plain.find("¶ preambular paragraph 8") != std::string::npos);
    CHECK(plain.find("Rappelant qu'elle a adopté le Plan d'action mondial") != std::string::npos);
    CHECK(plain.find("why:") == std::string::npos);
    CHECK(plain.rfind("res:GA:78/228 (2023-12-19) « Amélioration de la coordination", 0) == 0);

    const std::string why = resograph::graph::lineage_text(index, lineage, true);
    const auto& first = citations.front();
    const std::string expected = "verb « Rappelant », « 64/293 » at bytes " + std::to_string(first.start) + "–" +
                                 std::to_string(first.end) + " of 004_38c0f701a36a6316.txt";
    CHECK(why.find(expected) != std::string::npos);
  }

  SECTION("the JSON names the statement, its citations and paragraphs") {
    const std::string json = resograph::graph::lineage_json(index, lineage);
    CHECK(json.find("\"key\": \"res:GA:78/228\"") != std::string::npos);
    CHECK(json.find("\"target\": \"" + iri("res:GA:64/293") + "\"") != std::string::npos);
    CHECK(json.find("\"relation\": \"recalls\"") != std::string::npos);
    CHECK(json.find("\"quote\": \"64/293\"") != std::string::npos);
    CHECK(json.find("\"date\": \"2010-07-30\"") != std::string::npos);
    CHECK(json.find("\"start\": " + std::to_string(citations.front().start)) != std::string::npos);
    CHECK(json.front() == '{');
    CHECK(json.substr(json.size() - 2) == "}\n");
  }
}

TEST_CASE("the depth bounds the walk", "[lineage][depth]") {
  const GraphIndex& index = *corpus_graph().index;
  const Lineage none = lineage_of("res:GA:78/228", 0);
  CHECK(none.ancestors.empty());
  CHECK(none.descendants.empty());
  CHECK(none.ancestor_depth.size() == 1);

  const Lineage one = lineage_of("res:GA:78/228", 1);
  const Lineage two = lineage_of("res:GA:78/228", 2);
  for (const Step& step : one.ancestors) CHECK(step.depth == 1);
  for (const Step& step : two.ancestors) CHECK(step.depth <= 2);
  CHECK(two.ancestors.size() > one.ancestors.size());
  CHECK(two.ancestor_depth.size() >= one.ancestor_depth.size());

  // 64/293 endorses the Global Plan of Action: a statement of the cited act,
  // reached from 78/228 in two steps only.
  const std::string plan = index.find_key("res:GA:64/293")->iri;
  CHECK(find_step(index, one.ancestors, plan, "endorses") == nullptr);
  bool endorsement = false;
  for (const Step& step : two.ancestors) {
    const auto& link = index.links()[step.link];
    if (step.near == plan && link.relation == "endorses") {
      endorsement = true;
      CHECK(step.depth == 2);
      // Stated by 78/228's paragraph, not by a paragraph of 64/293.
      REQUIRE_FALSE(link.citations.empty());
      CHECK(index.paragraph(link.citations.front().paragraph)->act == iri("res:GA:78/228"));
    }
  }
  CHECK(endorsement);

  // Nodes at the last depth are reached but not followed.
  for (const Step& step : two.ancestors) CHECK(two.ancestor_depth.at(step.near) < 2);
}

TEST_CASE("descendants: what cites an act", "[lineage]") {
  const GraphIndex& index = *corpus_graph().index;
  const Lineage lineage = lineage_of("res:GA:64/293", 1);
  const Step* step = find_step(index, lineage.descendants, iri("res:GA:78/228"), "recalls");
  REQUIRE(step != nullptr);
  CHECK(step->near == iri("res:GA:64/293"));
  const std::string text = resograph::graph::lineage_text(index, lineage, false);
  CHECK(text.find("recalled by, mentioned by res:GA:78/228 (2023-12-19)") != std::string::npos);
  CHECK(text.find("cited in the graph but not stated in it") != std::string::npos);
}

TEST_CASE("an adopted act descends from its draft (rg:draftOf, followed backwards)", "[lineage]") {
  const GraphIndex& index = *corpus_graph().index;
  const Lineage lineage = lineage_of("res:CCPCJ:27/3", 1);
  const Step* draft = nullptr;
  for (const Step& step : lineage.ancestors) {
    if (index.links()[step.link].relation == "draftOf") draft = &step;
  }
  REQUIRE(draft != nullptr);
  CHECK(draft->inverse);
  CHECK(index.entity(draft->far)->symbol == "E/CN.15/2018/L.3");
  CHECK(resograph::graph::lineage_text(index, lineage, false).find("drafted as E/CN.15/2018/L.3") != std::string::npos);
}

TEST_CASE("bodies and States only with agents", "[lineage][agents]") {
  const GraphIndex& index = *corpus_graph().index;
  const Lineage plain = lineage_of("res:GA:78/228", 1);
  for (const auto& [node, depth] : plain.ancestor_depth) CHECK_FALSE(index.entity(node)->is_agent());
  const Lineage agents = lineage_of("res:GA:78/228", 1, true);
  CHECK(agents.ancestor_depth.count(iri("body:UNODC")) == 1);
  CHECK(find_step(index, agents.ancestors, iri("body:UNODC"), "invites") != nullptr);
}

TEST_CASE("unknown keys: the nearest known keys by edit distance", "[lineage][keys]") {
  CHECK(resograph::graph::edit_distance("", "") == 0);
  CHECK(resograph::graph::edit_distance("kitten", "sitting") == 3);
  CHECK(resograph::graph::edit_distance("res:GA:78/228", "res:GA:78/228") == 0);
  CHECK(resograph::graph::edit_distance("abc", "") == 3);

  const GraphIndex& index = *corpus_graph().index;
  CHECK(index.find_key("res:GA:78/999") == nullptr);
  const std::vector<std::string> nearest = index.nearest_keys("res:GA:78/999", 5);
  REQUIRE(nearest.size() == 5);
  CHECK(nearest.front().rfind("res:GA:78/", 0) == 0);
  CHECK(std::find(nearest.begin(), nearest.end(), "res:GA:78/228") != nearest.end());
  CHECK(index.nearest_keys("res:GA:78/228", 1) == std::vector<std::string>{"res:GA:78/228"});

  std::string error;
  CHECK(resograph::cli::resolve_key(index, "res:GA:78/999", error) == nullptr);
  CHECK(error.rfind("unknown key res:GA:78/999; nearest known keys: res:GA:78/", 0) == 0);
  CHECK(error.find("res:GA:78/228") != std::string::npos);
  CHECK(resograph::cli::resolve_key(index, iri("res:GA:78/228"), error) != nullptr);  // an IRI
}

TEST_CASE("a written graph reads back into the same lineage, in every syntax", "[lineage][load]") {
  const std::string folder = scratch_folder("load");
  const GraphIndex& index = *corpus_graph().index;
  const Lineage lineage = lineage_of("res:GA:78/228", 2);
  const std::string expected = resograph::graph::lineage_text(index, lineage, true);
  const auto prefixes = resograph::exporter::standard_prefixes(resograph::vocab::default_base);
  const std::string turtle =
      resograph::exporter::to_string(corpus_graph().model, resograph::exporter::Format::turtle, prefixes);
  const std::string ntriples =
      resograph::exporter::to_string(corpus_graph().model, resograph::exporter::Format::ntriples, prefixes);
  // N-Quads and TriG made from the N-Triples, one named graph: this tests the
  // reader, whatever the writer does with graphs.
  const std::string graph = "<" + std::string(resograph::vocab::default_base) + "file/all>";
  std::string nquads;
  std::istringstream lines(ntriples);
  for (std::string line; std::getline(lines, line);) {
    REQUIRE(line.size() > 2);
    REQUIRE(line.substr(line.size() - 2) == " .");
    nquads += line.substr(0, line.size() - 2) + " " + graph + " .\n";
  }
  const std::string trig = graph + " {\n" + ntriples + "}\n";
  for (const auto& [text, extension] : std::vector<std::pair<std::string, std::string>>{
           {turtle, "ttl"}, {ntriples, "nt"}, {nquads, "nq"}, {trig, "trig"}}) {
    const std::string path = folder + "/graph." + extension;
    write_file(path, text);
    resograph::graph::Model model;
    std::string error;
    const bool loaded = resograph::graph::load_graph(path, model, error);
    INFO(extension << ": " << error);
    REQUIRE(loaded);
    CHECK(error.empty());
    CHECK(model.size() > 1000);
    const GraphIndex reread(model);
    const auto* root = reread.find_key("res:GA:78/228");
    REQUIRE(root != nullptr);
    LineageOptions options;
    options.depth = 2;
    CHECK(resograph::graph::lineage_text(reread, resograph::graph::lineage(reread, root->iri, options), true) ==
          expected);
  }
}

TEST_CASE("a graph file that cannot be read is an error with its place", "[lineage][load]") {
  const std::string folder = scratch_folder("load-errors");
  resograph::graph::Model model;
  std::string error;
  CHECK_FALSE(resograph::graph::load_graph(folder + "/missing.ttl", model, error));
  CHECK(error.find("missing.ttl: error: cannot open") != std::string::npos);

  write_file(folder + "/bad.ttl", "@prefix rg: <https://w3id.org/resograph/ns#> .\n<a> rg:key \"x\"\n<b> .\n");
  CHECK_FALSE(resograph::graph::load_graph(folder + "/bad.ttl", model, error));
  CHECK(error.rfind(folder + "/bad.ttl:3:", 0) == 0);
  CHECK(error.find("error:") != std::string::npos);

  CHECK_FALSE(resograph::graph::load_graph(folder, model, error));
  CHECK(error.find("is a folder") != std::string::npos);

  write_file(folder + "/empty.nt", "");
  resograph::graph::Model empty;
  CHECK(resograph::graph::load_graph(folder + "/empty.nt", empty, error));
  CHECK(empty.size() == 0);
  CHECK(GraphIndex(empty).entities().empty());
}
