// Linking stage: cross-document draftOf with its evidence, series of
// same-titled acts, and conflicting facts reported with both positions.
#include <catch2/catch.hpp>

#include <algorithm>

#include "corpus.hpp"
#include "link.hpp"
#include "registry.hpp"
#include "support/fixtures.hpp"
#include "writer.hpp"

using namespace resograph;
using namespace resograph::test;

namespace {

/// A draft of the Commission, dated 13 April 2018.
const char* const draft_text = R"(Conseil économique et social

Distr. limitée 13 avril 2018

France et Roumanie : projet de résolution

Protection des enfants contre la traite des personnes à l'ère numérique

La Commission pour la prévention du crime et la justice pénale,

Rappelant sa résolution 20/3 du 15 avril 2011,

1. Prie l'Office des Nations Unies contre la drogue et le crime de l'aider.
)";

/// An adopted resolution that cites what the draft became, and 72/1 with a date.
const char* const citing_text = R"(Résolution 30/1

Suite donnée aux travaux

La Commission pour la prévention du crime et la justice pénale,

Rappelant ses résolutions 27/3 du 18 mai 2018, intitulée « Protection des enfants contre la traite des personnes à l'ère du numérique », et 28/1 du 20 mai 2019, intitulée « Suite donnée aux travaux »,

Rappelant également la résolution 72/1 de l'Assemblée générale du 27 septembre 2017,

1. Prie le Secrétaire général de lui faire rapport.
)";

/// Another document that gives 72/1 another date.
const char* const conflicting_text = R"(Projet de résolution

Un titre

L'Assemblée générale,

Rappelant sa résolution 72/1 du 28 septembre 2017,

1. Prie le Secrétaire général de lui faire rapport.
)";

struct Built {
  std::string turtle;
  BuildReport report;
};

Built build(const std::vector<std::pair<std::string, std::string>>& files) {
  const std::string folder = scratch_folder("link");
  std::vector<std::string> paths;
  for (const auto& [name, text] : files) {
    write_file(folder + "/" + name, text);
    paths.push_back(folder + "/" + name);
  }
  std::vector<Diagnostic> diagnostics;
  static const Registry registry = Registry::load(registry_dir, diagnostics);
  graph::Model model;
  Built built;
  built.report = build_corpus(paths, registry, "https://example.org/", model, 1);
  built.turtle = exporter::to_string(model, exporter::Format::ntriples, {});
  return built;
}

bool has(const std::string& ntriples, const std::string& line) { return ntriples.find(line) != std::string::npos; }

}  // namespace

TEST_CASE("title similarity is the Dice coefficient of normalised words", "[graph][link]") {
  CHECK(graph::title_similarity("Renforcement des mesures", "Renforcement des mesures") == Approx(1.0));
  CHECK(graph::title_similarity("Renforcement des mesures", "Tout autre chose") == Approx(0.0));
  // "de la"/"des" are articles: {renforcement, mesures} against {renforcement, action}.
  CHECK(graph::title_similarity("Renforcement des mesures", "Renforcement de l'action") == Approx(0.5));
}

TEST_CASE("a draft is linked to the adopted act another document cites, with its evidence", "[graph][link]") {
  const Built built = build({{"draft.txt", draft_text}, {"citing.txt", citing_text}});
  const std::string& nt = built.turtle;
  CHECK(has(nt,
            "<https://example.org/file/draft.txt/act1> <https://w3id.org/resograph/ns#draftOf> "
            "<https://example.org/res/CCPCJ/27/3>"));
  CHECK_FALSE(has(nt, "#draftOf> <https://example.org/res/CCPCJ/28/1>"));
  CHECK(has(nt,
            "<https://example.org/file/draft.txt/act1/draftOf> <https://w3id.org/resograph/ns#daysBetween> "
            "\"35\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
  CHECK(has(nt, "#adoptionDate> \"2018-05-18\"^^<http://www.w3.org/2001/XMLSchema#date>"));
}

TEST_CASE("a draft whose adopted act is older than the draft is not linked", "[graph][link]") {
  std::string late = draft_text;
  late.replace(late.find("13 avril 2018"), 13, "13 avril 2019");
  const Built built = build({{"draft.txt", late}, {"citing.txt", citing_text}});
  CHECK_FALSE(has(built.turtle, "#draftOf>"));
}

TEST_CASE("two adoption dates for one act are both kept and reported with both positions", "[graph][link]") {
  const Built built = build({{"citing.txt", citing_text}, {"other.txt", conflicting_text}});
  CHECK(
      has(built.turtle, "<https://example.org/res/GA/72/1> <https://w3id.org/resograph/ns#adoptedOn> \"2017-09-27\""));
  CHECK(
      has(built.turtle, "<https://example.org/res/GA/72/1> <https://w3id.org/resograph/ns#adoptedOn> \"2017-09-28\""));
  const auto& diagnostics = built.report.diagnostics;
  const auto conflict = std::find_if(diagnostics.begin(), diagnostics.end(),
                                     [](const Diagnostic& d) { return d.status == Status::conflict; });
  REQUIRE(conflict != diagnostics.end());
  CHECK_FALSE(conflict->is_error());
  const std::string message = conflict->to_string();
  INFO(message);
  CHECK(message.find("res:GA:72/1 adoptedOn") != std::string::npos);
  CHECK(message.find("other.txt:7:") != std::string::npos);
  CHECK(message.find("citing.txt:9:") != std::string::npos);
}

TEST_CASE("acts cited with one title form a series", "[graph][link]") {
  std::string twice = citing_text;
  twice.replace(twice.find("Rappelant également"), 19,
                "Rappelant aussi sa résolution 29/2 du 21 mai 2020, intitulée « Suite donnée aux travaux », et "
                "rappelant également");
  const Built built = build({{"citing.txt", twice}});
  const std::string series = "<https://example.org/series/suite-donnee-aux-travaux>";
  CHECK(has(built.turtle, "<https://example.org/res/CCPCJ/28/1> <https://w3id.org/resograph/ns#series> " + series));
  CHECK(has(built.turtle, "<https://example.org/res/CCPCJ/29/2> <https://w3id.org/resograph/ns#series> " + series));
  CHECK(has(built.turtle, "<https://example.org/res/CCPCJ/30/1> <https://w3id.org/resograph/ns#series> " + series));
}
