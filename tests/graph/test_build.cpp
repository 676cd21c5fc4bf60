// Graph stage (graph/build.hpp, graph/corpus.hpp): IRIs derived from keys,
// a small document assembled into the model in the terms of VOCABULARY.md,
// and the graph of the whole corpus (its eleven acts, named graphs, cross-
// document links, independence from the thread count).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "build.hpp"
#include "corpus.hpp"
#include "support/fixtures.hpp"
#include "support/quads.hpp"
#include "writer.hpp"

using namespace resograph;
using namespace resograph::test;

namespace {

const std::string base = "https://w3id.org/resograph/id/";

std::vector<std::string> corpus_files() {
  std::vector<Diagnostic> diagnostics;
  const std::vector<std::string> files = collect_inputs({corpus_dir}, diagnostics);
  CHECK(diagnostics.empty());
  return files;
}

BuildReport build(const std::vector<std::string>& files, graph::Model& model, unsigned threads = 1) {
  return build_corpus(files, registry(), base, model, threads);
}

/// The graph of the whole corpus, built once.
const std::vector<Quad>& corpus_quads() {
  static const std::vector<Quad> quads = [] {
    const auto model = new_model();
    const BuildReport report = build(corpus_files(), *model);
    CHECK(report.failed == 0);
    return quads_of(*model);
  }();
  return quads;
}

std::set<std::string> literal_values(const std::vector<Quad>& quads, const std::string& s, const std::string& p) {
  return objects(quads, s, p);
}

}  // namespace

TEST_CASE("iri_of_key: keys become paths under the base", "[graph]") {
  CHECK(graph::iri_of_key(base, "res:GA:72/1") == base + "res/GA/72/1");
  CHECK(graph::iri_of_key(base, "res:GA:217A(III)") == base + "res/GA/217A(III)");
  CHECK(graph::iri_of_key(base, "res:ECOSOC:1996/31") == base + "res/ECOSOC/1996/31");
  CHECK(graph::iri_of_key(base, "res:COP-UNTOC:10/1") == base + "res/COP-UNTOC/10/1");
  CHECK(graph::iri_of_key(base, "dec:CCPCJ:33/1") == base + "dec/CCPCJ/33/1");
  CHECK(graph::iri_of_key(base, "doc:E/CN.15/2018/L.3") == base + "doc/E/CN.15/2018/L.3");
  CHECK(graph::iri_of_key(base, "doc:A/73/12(PartI)") == base + "doc/A/73/12(PartI)");
  CHECK(graph::iri_of_key(base, "unts:2225:39574") == base + "unts/2225/39574");
  CHECK(graph::iri_of_key(base, "body:UNODC") == base + "body/UNODC");
  CHECK(graph::iri_of_key(base, "state:FRA") == base + "state/FRA");
  CHECK(graph::iri_of_key("http://example.org/x/", "res:GA:S-8/1") == "http://example.org/x/res/GA/S-8/1");
}

TEST_CASE("encode_iri_path: odd keys give valid IRI paths", "[graph]") {
  CHECK(graph::encode_iri_path("abc-._~/()") == "abc-._~/()");
  CHECK(graph::encode_iri_path("Plan d'action") == "Plan%20d'action");
  CHECK(graph::encode_iri_path("a<b>c\"d") == "a%3Cb%3Ec%22d");
  CHECK(graph::encode_iri_path("{x}|^`\\") == "%7Bx%7D%7C%5E%60%5C");
  CHECK(graph::encode_iri_path("50%#?") == "50%25%23%3F");
  CHECK(graph::encode_iri_path("tab\there\nnewline") == "tab%09here%0Anewline");
  // Letters beyond ASCII are IRI characters: kept as UTF-8.
  CHECK(graph::encode_iri_path("Éducation") == "Éducation");
  CHECK(graph::encode_iri_path(std::string("\0\x7F%%", 4)) == "%00%7F%25%25");
  CHECK(graph::encode_iri_path("") == "");
  CHECK(graph::iri_of_key(base, "res:GA:a b#c") == base + "res/GA/a%20b%23c");
  // Whatever the key, the IRI holds none of the characters an IRI forbids.
  for (const std::string key : {"res:GA:<script>", "doc:A/78/482 (Part I)", "body:x\"y", "label:{}|^`\\ \t\r\n"}) {
    const std::string iri = graph::iri_of_key(base, key);
    INFO(iri);
    CHECK(iri.find_first_of(" <>\"{}|^`\\\t\r\n") == std::string::npos);
  }
}

TEST_CASE("entity_iri: a keyed entity's key's IRI, else its name's words joined by hyphens", "[graph]") {
  graph::Model model;
  const graph::GraphBuilder builder(model, base);
  Entity keyed;
  keyed.key = "res:GA:72/1";
  keyed.label = "ignored";
  CHECK(builder.entity_iri(keyed) == base + "res/GA/72/1");
  Entity named;
  named.label = "la Déclaration de Kyoto";
  CHECK(builder.entity_iri(named) == base + "instrument/declaration-kyoto");
  named.label = "Plan d'action 50% <mondial>";
  CHECK(builder.entity_iri(named) == base + "instrument/plan-action-50-mondial");
}

TEST_CASE("a small document assembled into the model", "[graph]") {
  const Document document = document_of(
      "Nations Unies E/CN.15/2018/L.3\n\n"
      "Conseil économique et social\n\n"
      "Distr. limitée 13 avril 2018 Français\n\n"
      "Commission pour la prévention du crime et la justice pénale\n\n"
      "France et Roumanie : projet de résolution\n\n"
      "Améliorer la protection des enfants\n\n"
      "La Commission pour la prévention du crime et la justice pénale,\n\n"
      "Rappelant ses résolutions 20/3 du 15 avril 2011 et 26/4 du 26 mai 2017,\n\n"
      "1. Prie l'Office des Nations Unies contre la drogue et le crime de continuer à agir ;\n",
      "synthetic.txt");
  const Resolved resolved = resolver().resolve(document);
  const auto model = new_model();
  graph::GraphBuilder builder(*model, base);
  builder.add(document, resolved);
  const std::vector<Quad> quads = quads_of(*model);

  const std::string act = base + "file/synthetic.txt/act1";
  CHECK(builder.act_iri(document, resolved, 0) == act);
  CHECK(subjects(quads, rdf_type(), rg("Act")).count(act) == 1);
  CHECK(objects(quads, act, rdf_type()).count(rg("DraftResolution")) == 1);
  CHECK(literal_values(quads, act, dcterms("title")) == std::set<std::string>{"Améliorer la protection des enfants"});
  CHECK(literal_values(quads, act, rg("sourceFile")) == std::set<std::string>{"synthetic.txt"});
  CHECK(objects(quads, act, rg("author")) == std::set<std::string>{base + "body/CCPCJ"});
  CHECK(objects(quads, act, rg("sponsor")) == std::set<std::string>{base + "state/FRA", base + "state/ROU"});
  CHECK(objects(quads, act, rg("recalls")) == std::set<std::string>{base + "res/CCPCJ/20/3", base + "res/CCPCJ/26/4"});
  CHECK(objects(quads, act, rg("requests")) == std::set<std::string>{base + "body/UNODC"});
  CHECK(literal_values(quads, base + "res/CCPCJ/20/3", rg("adoptedOn")) == std::set<std::string>{"2011-04-15"});
  CHECK(literal_values(quads, base + "res/CCPCJ/20/3", rg("key")) == std::set<std::string>{"res:CCPCJ:20/3"});

  SECTION("the document node is the UN document, with its date and symbol") {
    const std::string doc = base + "doc/E/CN.15/2018/L.3";
    CHECK(objects(quads, doc, rdf_type()).count(rg("Document")) == 1);
    CHECK(literal_values(quads, doc, rg("sourceFile")) == std::set<std::string>{"synthetic.txt"});
    CHECK(literal_values(quads, doc, rg("symbol")) == std::set<std::string>{"E/CN.15/2018/L.3"});
    CHECK(literal_values(quads, doc, dcterms("date")) == std::set<std::string>{"2018-04-13"});
    CHECK(objects(quads, act, rg("document")) == std::set<std::string>{doc});
  }
  SECTION("paragraphs carry their text, kind and source span") {
    const std::set<std::string> paragraphs = objects(quads, act, rg("paragraph"));
    REQUIRE(paragraphs.size() == 2);
    const std::string p1 = act + "/p1";
    REQUIRE(paragraphs.count(p1) == 1);
    CHECK(literal_values(quads, p1, rg("paragraphKind")) == std::set<std::string>{"preambular"});
    const std::string begin = *literal_values(quads, p1, rg("startOffset")).begin();
    const std::string end = *literal_values(quads, p1, rg("endOffset")).begin();
    const std::string& bytes = document.source.bytes;
    CHECK(bytes.substr(std::stoul(begin), std::stoul(end) - std::stoul(begin)) ==
          "Rappelant ses résolutions 20/3 du 15 avril 2011 et 26/4 du 26 mai 2017,");
    CHECK(literal_values(quads, act + "/p2", rg("number")) == std::set<std::string>{"1"});
  }
  SECTION("every statement is in the named graph of its file") {
    for (const Quad& q : quads) CHECK(q.g == base + "file/synthetic.txt");
  }
  SECTION("each relation has a citation node quoting its words") {
    const std::set<std::string> citations = subjects(quads, rg("target"), base + "res/CCPCJ/26/4");
    REQUIRE(citations.size() == 1);
    const std::string citation = *citations.begin();
    CHECK(objects(quads, citation, rg("relation")) == std::set<std::string>{rg("recalls")});
    CHECK(literal_values(quads, citation, rg("quote")) == std::set<std::string>{"26/4"});
    CHECK(objects(quads, citation, rg("statedIn")) == std::set<std::string>{act + "/p1"});
  }
}

TEST_CASE("prepare: a document's IRIs, each entity once, each relation once", "[graph]") {
  // The Commission is named three times and the Office twice, 20/3 is
  // recalled twice by one act: one entity each, one relation each.
  const Document document = document_of(
      "Commission pour la prévention du crime et la justice pénale\n\n"
      "France : projet de résolution\n\n"
      "Améliorer la protection des enfants\n\n"
      "La Commission pour la prévention du crime et la justice pénale,\n\n"
      "Rappelant sa résolution 20/3 du 15 avril 2011,\n\n"
      "Rappelant également sa résolution 20/3 du 15 avril 2011,\n\n"
      "1. Prie l'Office des Nations Unies contre la drogue et le crime de continuer ;\n\n"
      "2. Prie également l'Office des Nations Unies contre la drogue et le crime de faire rapport ;\n",
      "prepared.txt");
  const Resolved resolved = resolver().resolve(document);
  const auto model = new_model();
  graph::GraphBuilder builder(*model, base);
  const graph::PreparedDocument prepared = builder.prepare(document, resolved);

  CHECK(prepared.file_iri == base + "file/prepared.txt");
  CHECK(prepared.self_iri == prepared.file_iri);  // no UN symbol
  REQUIRE(prepared.act_iris.size() == 1);
  CHECK(prepared.act_iris[0] == builder.act_iri(document, resolved, 0));
  CHECK(model->size() == 0);  // the model is not touched

  std::multiset<std::string> iris;
  for (const auto& named : prepared.entities) {
    CHECK(named.iri == builder.entity_iri(*named.entity));
    iris.insert(named.iri);
  }
  CHECK(iris.count(base + "body/CCPCJ") >= 1);
  CHECK(iris.count(base + "res/CCPCJ/20/3") == 1);
  CHECK(iris.count(base + "body/UNODC") == 1);

  // Each statement points at its target; the first of each (act, relation,
  // target) is kept, and together they state every relation.
  REQUIRE(prepared.statement_targets.size() == resolved.statements.size());
  std::set<std::tuple<int, ast::Relation, std::string>> relations, kept;
  for (std::size_t i = 0; i < resolved.statements.size(); ++i) {
    const Statement& statement = resolved.statements[i];
    const auto& target = prepared.entities[prepared.statement_targets[i]];
    CHECK(target.iri == builder.entity_iri(statement.target));
    relations.emplace(statement.where.act, statement.relation, target.iri);
  }
  for (const std::size_t i : prepared.first_statements) {
    const Statement& statement = resolved.statements[i];
    CHECK(kept.emplace(statement.where.act, statement.relation, prepared.entities[prepared.statement_targets[i]].iri)
              .second);
  }
  CHECK(kept == relations);
  CHECK(prepared.first_statements.size() < resolved.statements.size());
}

TEST_CASE("the corpus graph holds the 11 acts of the corpus with their source files", "[graph]") {
  const auto model = new_model(false);
  const BuildReport report = build(corpus_files(), *model);
  CHECK(report.files == 5);
  CHECK(report.failed == 0);
  CHECK(report.acts == 11);
  const std::vector<Quad> quads = quads_of(*model);

  std::map<std::string, int> acts_per_file;
  std::size_t acts = 0;
  for (const std::string& act : subjects(quads, rdf_type(), rg("Act"))) {
    const std::set<std::string> files = literal_values(quads, act, rg("sourceFile"));
    if (files.empty()) continue;  // a cited act
    ++acts;
    CHECK(files.size() == 1);
    ++acts_per_file[*files.begin()];
    CHECK(literal_values(quads, act, dcterms("title")).size() == 1);
  }
  CHECK(acts == 11);
  CHECK(acts_per_file == std::map<std::string, int>{{"000_7d9389fceeaa127f.txt", 8},
                                                    {"001_1b8c8940ed5f6a62.txt", 1},
                                                    {"003_07c25e7d960496ef.txt", 1},
                                                    {"004_38c0f701a36a6316.txt", 1}});
  // Acts the files number have their key's IRI.
  CHECK(literal_values(quads, base + "res/GA/78/228", rg("sourceFile")) ==
        std::set<std::string>{"004_38c0f701a36a6316.txt"});
  CHECK(literal_values(quads, base + "res/CCPCJ/33/1", rg("sourceFile")) ==
        std::set<std::string>{"000_7d9389fceeaa127f.txt"});
  CHECK(literal_values(quads, base + "dec/CCPCJ/33/1", rg("sourceFile")) ==
        std::set<std::string>{"000_7d9389fceeaa127f.txt"});
  CHECK(literal_values(quads, base + "res/GA/78/228", rg("adoptedOn")) == std::set<std::string>{"2023-12-19"});
  // The report without acts is a document with its source file.
  CHECK(subjects(quads, rg("sourceFile"), "002_ef8251257cbc6635.txt").size() == 1);
}

TEST_CASE("the titles of the corpus acts in the graph are the gold titles", "[graph]") {
  const std::vector<Quad>& quads = corpus_quads();
  for (const std::string& stem : corpus_stems) {
    INFO(stem);
    std::set<std::string> titles;
    for (const std::string& act : subjects(quads, rg("sourceFile"), stem + ".txt")) {
      if (objects(quads, act, rdf_type()).count(rg("Act")) == 0) continue;
      for (const std::string& title : literal_values(quads, act, dcterms("title"))) titles.insert(title);
    }
    const std::vector<std::string> gold = gold_act_titles(stem);
    CHECK(titles == std::set<std::string>(gold.begin(), gold.end()));
  }
}

TEST_CASE("draftOf: the drafts of the corpus point at the resolutions they became", "[graph]") {
  const std::vector<Quad>& quads = corpus_quads();
  for (const auto& [stem, adopted] : std::vector<std::pair<std::string, std::string>>{
           {"001_1b8c8940ed5f6a62", "res/CCPCJ/27/3"}, {"003_07c25e7d960496ef", "res/CCPCJ/27/4"}}) {
    INFO(stem);
    const std::string draft = base + "file/" + stem + ".txt/act1";
    CHECK(objects(quads, draft, rg("draftOf")) == std::set<std::string>{base + adopted});
  }
}

TEST_CASE("the graph does not depend on the number of threads", "[graph]") {
  const auto one = new_model(), four = new_model();
  build(corpus_files(), *one, 1);
  build(corpus_files(), *four, 4);
  const auto prefixes = exporter::standard_prefixes(base);
  CHECK(one->size() == four->size());
  CHECK(exporter::to_string(*one, exporter::Format::nquads, prefixes) ==
        exporter::to_string(*four, exporter::Format::nquads, prefixes));
}

TEST_CASE("the graphs of two parts of the corpus are parts of the corpus graph", "[graph]") {
  // VOCABULARY.md: IRIs derive from keys, so graphs of parts union into the graph of the whole.
  const std::vector<std::string> files = corpus_files();
  const auto whole = new_model(), first = new_model(), second = new_model();
  build(files, *whole);
  build({files.begin(), files.begin() + 2}, *first);
  build({files.begin() + 2, files.end()}, *second);
  const std::set<std::string> all = quad_lines(quads_of(*whole));
  std::size_t parts = 0;
  for (const graph::Model* part : {first.get(), second.get()}) {
    const std::set<std::string> lines = quad_lines(quads_of(*part));
    parts += lines.size();
    std::vector<std::string> missing;
    std::set_difference(lines.begin(), lines.end(), all.begin(), all.end(), std::back_inserter(missing));
    INFO("first missing: " << (missing.empty() ? "" : missing.front()));
    CHECK(missing.empty());
  }
  CHECK(all.size() >= parts);
}

TEST_CASE("quads_of reads every quad of the model", "[graph]") {
  const auto model = new_model();
  build(corpus_files(), *model);
  CHECK(quads_of(*model).size() == model->size());
}

TEST_CASE("collect_inputs: text files of folders, sorted, and unreadable inputs reported", "[graph]") {
  const std::string folder = scratch_folder("collect");
  write_file(folder + "/b.txt", "b");
  write_file(folder + "/a.md", "a");
  write_file(folder + "/sub/c.txt", "c");
  write_file(folder + "/ignored.pdf", "x");
  std::vector<Diagnostic> diagnostics;
  const std::vector<std::string> files = collect_inputs({folder, folder + "/b.txt", folder + "/missing"}, diagnostics);
  CHECK(files == std::vector<std::string>{folder + "/a.md", folder + "/b.txt", folder + "/sub/c.txt"});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].status == Status::bad_read);
  CHECK(diagnostics[0].file == folder + "/missing");
}
