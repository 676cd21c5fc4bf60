// Segmenter (grammar/document.hpp): the header of every corpus file, its acts
// with titles (checked against the gold `act` records), kinds, statuses and
// authors, paragraph counts and numbering, lettered sub-items merged into
// their parent paragraph; French dates and the calendar check.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "document.hpp"
#include "support/fixtures.hpp"
#include "support/parse.hpp"

using namespace resograph;

namespace {

struct Counts {
  std::size_t preambular = 0, operative = 0;
};

Counts counts_of(const Act& act) {
  Counts counts;
  for (const Paragraph& p : act.paragraphs)
    (p.kind == ParagraphKind::operative ? counts.operative : counts.preambular)++;
  return counts;
}

/// The numbers of the numbered operative paragraphs.
std::vector<std::string> numbers_of(const Act& act) {
  std::vector<std::string> numbers;
  for (const Paragraph& p : act.paragraphs) {
    if (!p.number.empty()) numbers.push_back(p.number);
  }
  return numbers;
}

std::vector<std::string> one_to(std::size_t n) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i <= n; ++i) out.push_back(std::to_string(i));
  return out;
}

const Document& cached(const std::string& stem) {
  static std::map<std::string, Document> documents;
  auto it = documents.find(stem);
  if (it == documents.end()) it = documents.emplace(stem, test::corpus_document(stem)).first;
  return it->second;
}

}  // namespace

TEST_CASE("the titles of every corpus act are those of the gold files", "[grammar][segment]") {
  for (const std::string& stem : test::corpus_stems) {
    INFO(stem);
    const Document& document = cached(stem);
    std::vector<std::string> titles;
    for (const Act& act : document.acts) titles.push_back(act.title);
    CHECK(titles == test::gold_act_titles(stem));
  }
}

TEST_CASE("every paragraph is a paragraph of its act, mapped into the source", "[grammar][segment]") {
  for (const std::string& stem : test::corpus_stems) {
    INFO(stem);
    const Document& document = cached(stem);
    for (const Act& act : document.acts) {
      INFO(act.title);
      CHECK_FALSE(act.paragraphs.empty());
      for (std::size_t i = 0; i < act.paragraphs.size(); ++i) {
        const Paragraph& p = act.paragraphs[i];
        CHECK(p.position == i + 1);
        CHECK_FALSE(p.text.empty());
        const SourceSpan span = p.text.source_span(0, p.text.size());
        CHECK(span.begin < span.end);
        CHECK(span.end <= document.source.bytes.size());
        // The paragraph's first word is where its span starts (numbers and emphasis excluded).
        const std::string first_word = p.text.text().substr(0, p.text.text().find(' '));
        const std::string source_word =
            document.source.bytes.substr(p.text.source_span(0, first_word.size()).begin, first_word.size());
        CHECK(source_word == first_word);
      }
    }
  }
}

TEST_CASE("000: a report chapter with eight acts", "[grammar][segment]") {
  const Document& d = cached("000_7d9389fceeaa127f");
  REQUIRE(d.acts.size() == 8);
  struct Expected {
    ActKind kind;
    ActStatus status;
    std::string author;
    std::string number;
  };
  const std::vector<Expected> expected = {
      {ActKind::resolution, ActStatus::draft, "Assemblée générale", ""},
      {ActKind::resolution, ActStatus::draft, "Assemblée générale", ""},
      {ActKind::resolution, ActStatus::draft, "Assemblée générale", ""},
      {ActKind::resolution, ActStatus::draft, "Conseil économique et social", ""},
      {ActKind::decision, ActStatus::draft, "Conseil économique et social", ""},
      {ActKind::decision, ActStatus::draft, "Conseil économique et social", ""},
      {ActKind::resolution, ActStatus::adopted, "Commission pour la prévention du crime et la justice pénale", "33/1"},
      {ActKind::decision, ActStatus::adopted, "Commission pour la prévention du crime et la justice pénale", "33/1"},
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("act " << i + 1 << ": " << d.acts[i].heading);
    CHECK(d.acts[i].kind == expected[i].kind);
    CHECK(d.acts[i].status == expected[i].status);
    CHECK(d.acts[i].author == expected[i].author);
    CHECK(d.acts[i].number == expected[i].number);
  }
  CHECK(d.acts[0].heading == "Projet de résolution I");
  CHECK(d.acts[4].heading == "Projet de décision I");
  CHECK(d.acts[6].heading == "Résolution 33/1");
  // The reported decision: "À sa 7e séance, le 16 mai 2024, la Commission … a décidé".
  REQUIRE(d.acts[7].adopted_on.has_value());
  CHECK(d.acts[7].adopted_on->iso() == "2024-05-16");

  SECTION("paragraph counts and numbering") {
    CHECK(counts_of(d.acts[0]).preambular == 14);
    CHECK(numbers_of(d.acts[0]) == one_to(27));
    CHECK(counts_of(d.acts[1]).preambular == 10);
    CHECK(numbers_of(d.acts[1]) == one_to(5));
    CHECK(counts_of(d.acts[2]).preambular == 16);
    CHECK(numbers_of(d.acts[2]) == one_to(12));
    CHECK(counts_of(d.acts[3]).preambular == 15);
    CHECK(numbers_of(d.acts[3]) == one_to(10));
    CHECK(counts_of(d.acts[6]).preambular == 14);
    CHECK(numbers_of(d.acts[6]) == one_to(11));
    // "Le Conseil économique et social décide d'approuver …": the author line is the paragraph.
    REQUIRE(d.acts[4].paragraphs.size() == 1);
    CHECK(d.acts[4].paragraphs[0].kind == ParagraphKind::operative);
    CHECK(d.acts[4].paragraphs[0].text.text().starts_with("Le Conseil économique et social décide d'approuver"));
  }
  SECTION("lettered sub-items are merged into the paragraph they complete") {
    const Act& resolution = d.acts[6];
    const auto knowing = std::find_if(resolution.paragraphs.begin(), resolution.paragraphs.end(),
                                      [](const Paragraph& p) { return p.text.text().starts_with("Sachant que :"); });
    REQUIRE(knowing != resolution.paragraphs.end());
    CHECK(knowing->kind == ParagraphKind::preambular);
    CHECK(knowing->text.text().find(" a) Les personnes qui se livrent à la traite") != std::string::npos);
    CHECK(knowing->text.text().find(" g) Les personnes qui se livrent à la traite utilisent de plus en plus souvent") !=
          std::string::npos);
    const Paragraph& nine = resolution.paragraphs[14 + 8];
    CHECK(nine.number == "9");
    CHECK(
        nine.text.text().starts_with("Prie l'Office des Nations Unies contre la drogue et le crime : a) De continuer"));
    CHECK(nine.text.text().find(" b) D'encourager le Groupe interinstitutions") != std::string::npos);
  }
}

TEST_CASE("001: draft resolution E/CN.15/2018/L.3 of France and Romania", "[grammar][segment]") {
  const Document& d = cached("001_1b8c8940ed5f6a62");
  CHECK(d.header.symbol == "E/CN.15/2018/L.3");
  REQUIRE(d.header.date.has_value());
  CHECK(d.header.date->iso() == "2018-04-13");
  CHECK(d.header.sponsors == std::vector<std::string>{"France", "Roumanie"});
  CHECK(d.header.organ == "Conseil économique et social");
  CHECK(d.header.body == "Commission pour la prévention du crime et la justice pénale");
  CHECK(d.header.session == "Vingt-septième session");
  CHECK(d.header.original_language == "anglais");
  CHECK(d.footnotes.size() == 5);

  REQUIRE(d.acts.size() == 1);
  const Act& act = d.acts[0];
  CHECK(act.kind == ActKind::resolution);
  CHECK(act.status == ActStatus::draft);
  CHECK(act.author == "Commission pour la prévention du crime et la justice pénale");
  CHECK(act.number.empty());
  CHECK(counts_of(act).preambular == 8);
  CHECK(counts_of(act).operative == 7);
  CHECK(numbers_of(act) == one_to(7));
  // The second recital continues after the page's footnotes.
  CHECK(act.paragraphs[1].text.text().find("organisée et les Protocoles s'y rapportant⁴ étaient") != std::string::npos);
  // The operative paragraph cut by the page break ends with its own words.
  CHECK(act.paragraphs[9].number == "2");
  CHECK(act.paragraphs[9].text.text().ends_with(
      "la cybercriminalité, la traite des personnes et le trafic illicite de migrants ;"));
  // Operative text excludes the number; its span starts at the verb.
  CHECK(act.paragraphs[8].text.text().starts_with("Encourage les États Membres"));
}

TEST_CASE("002: a report without acts", "[grammar][segment]") {
  const Document& d = cached("002_ef8251257cbc6635");
  CHECK(d.acts.empty());
  REQUIRE(d.header.date.has_value());
  CHECK(d.header.date->iso() == "2025-02-05");
  CHECK(d.header.organ == "Assemblée générale");
  CHECK(d.header.original_language == "anglais");
  CHECK_FALSE(d.blocks.empty());
}

TEST_CASE("003: revised draft of Colombia and the Philippines", "[grammar][segment]") {
  const Document& d = cached("003_07c25e7d960496ef");
  REQUIRE(d.header.date.has_value());
  CHECK(d.header.date->iso() == "2018-05-17");
  CHECK(d.header.sponsors == std::vector<std::string>{"Colombie", "Philippines"});
  CHECK(d.header.agenda_item == "Point 6 de l'ordre du jour");
  REQUIRE(d.acts.size() == 1);
  const Act& act = d.acts[0];
  CHECK(act.status == ActStatus::revised_draft);
  CHECK(act.kind == ActKind::resolution);
  CHECK(act.author == "Commission pour la prévention du crime et la justice pénale");
  CHECK(counts_of(act).preambular == 7);
  CHECK(counts_of(act).operative == 13);
  CHECK(numbers_of(act) == one_to(13));
}

TEST_CASE("004: General Assembly resolution 78/228", "[grammar][segment]") {
  const Document& d = cached("004_38c0f701a36a6316");
  CHECK(d.header.organ == "Assemblée générale");
  REQUIRE(d.header.date.has_value());
  CHECK(d.header.date->iso() == "2023-12-22");
  REQUIRE(d.header.status.has_value());
  CHECK(*d.header.status == ActStatus::adopted);
  CHECK(d.header.adopted_by == "Assemblée générale");
  REQUIRE(d.header.adopted_on.has_value());
  CHECK(d.header.adopted_on->iso() == "2023-12-19");
  CHECK(d.header.session == "Soixante-dix-huitième session");

  REQUIRE(d.acts.size() == 1);
  const Act& act = d.acts[0];
  CHECK(act.status == ActStatus::adopted);
  CHECK(act.number == "78/228");
  CHECK(act.author == "Assemblée générale");
  REQUIRE(act.adopted_on.has_value());
  CHECK(act.adopted_on->iso() == "2023-12-19");
  CHECK(counts_of(act).preambular == 48);
  CHECK(numbers_of(act) == one_to(33));
  CHECK(counts_of(act).operative == 33);

  SECTION("the sub-items a) to f) of 'Réaffirmant que le Plan d'action mondial a vocation à :' are one paragraph") {
    const Paragraph& p = act.paragraphs[8];
    CHECK(p.text.text().starts_with("Réaffirmant que le Plan d'action mondial a vocation à : a) promouvoir"));
    // d) was cut by a page break; e) and f) follow the page's footnotes.
    CHECK(p.text.text().find("d) promouvoir une approche fondée sur les droits humains") != std::string::npos);
    CHECK(p.text.text().find("qui sont nécessaires pour prévenir la traite des personnes") != std::string::npos);
    CHECK(p.text.text().find("e) sensibiliser") != std::string::npos);
    CHECK(p.text.text().find("f) favoriser la coopération") != std::string::npos);
    CHECK(act.paragraphs[9].text.text().starts_with("Rappelant ses résolutions 61/180 du 20 décembre 2006"));
  }
}

TEST_CASE("a synthetic draft: heading, title, author line, recitals, operative paragraphs", "[grammar][segment]") {
  const Document d = test::document_of(
      "Projet de décision\n"
      "\n"
      "Titre de la décision\n"
      "\n"
      "Le Conseil économique et social,\n"
      "\n"
      "Rappelant sa résolution 2017/18,\n"
      "\n"
      "1. Décide de :\n"
      "\n"
      "a) prier le Secrétaire général ;\n"
      "\n"
      "b) inviter les États Membres ;\n"
      "\n"
      "2. Prie le Secrétaire général de faire rapport.\n"
      "\n"
      "Annexe\n"
      "\n"
      "3. Hors de l'acte.\n");
  REQUIRE(d.acts.size() == 1);
  const Act& act = d.acts[0];
  CHECK(act.kind == ActKind::decision);
  CHECK(act.status == ActStatus::draft);
  CHECK(act.title == "Titre de la décision");
  CHECK(act.author == "Conseil économique et social");
  CHECK(act.line == 1);
  REQUIRE(act.paragraphs.size() == 3);
  CHECK(act.paragraphs[0].kind == ParagraphKind::preambular);
  CHECK(act.paragraphs[1].number == "1");
  CHECK(act.paragraphs[1].text.text() == "Décide de : a) prier le Secrétaire général ; b) inviter les États Membres ;");
  CHECK(act.paragraphs[2].number == "2");
}

TEST_CASE("a sponsored heading is told by \" : projet de \" in its first 200 bytes, after other colons",
          "[grammar][segment]") {
  const auto sponsored = [](const std::string& heading) {
    const Document d = test::document_of(heading + "\n\nTitre\n\nLe Conseil économique et social,\n\n1. Décide.\n");
    return d.acts.empty() ? std::vector<std::string>{"no act"} : d.header.sponsors;
  };
  CHECK(sponsored("France et Roumanie : projet de résolution") == std::vector<std::string>{"France", "Roumanie"});
  CHECK(sponsored("France:Roumanie : Chili : projet de décision") ==
        std::vector<std::string>{"France:Roumanie : Chili"});
  CHECK(sponsored(std::string(190, 'x') + " : projet de résolution") ==
        std::vector<std::string>{std::string(190, 'x')});
  CHECK(sponsored(std::string(200, 'x') + " : projet de résolution") == std::vector<std::string>{"no act"});
}

TEST_CASE("a header line \"Original :\" with nothing after the colon gives no language", "[grammar][segment]") {
  // Found by fuzz_pipeline: the value was cut at npos and threw.
  for (const std::string line : {"Original :", "Original :   ", "Original"}) {
    INFO(line);
    const Document d = test::document_of("Assemblée générale\n\nDistr. limitée\n17 mai 2018\n\n" + line +
                                         "\n\nProjet de résolution\n\nTitre\n\nRappelant sa résolution 72/1,\n");
    CHECK(d.header.original_language.empty());
  }
  const Document d = test::document_of("Assemblée générale\n\nOriginal : anglais\n");
  CHECK(d.header.original_language == "anglais");
}

TEST_CASE("French dates and the calendar", "[grammar][segment]") {
  REQUIRE(parse_date("13 avril 2018").has_value());
  CHECK(parse_date("13 avril 2018")->iso() == "2018-04-13");
  CHECK(parse_date("1er décembre 1950")->iso() == "1950-12-01");
  CHECK(parse_date("27 septembre 2017, dans")->iso() == "2017-09-27");
  CHECK(parse_date("29 février 2024")->iso() == "2024-02-29");
  CHECK_FALSE(parse_date("29 février 2023").has_value());
  CHECK_FALSE(parse_date("31 février 2020").has_value());
  CHECK_FALSE(parse_date("31 avril 2020").has_value());
  CHECK_FALSE(parse_date("0 mai 2020").has_value());
  CHECK_FALSE(parse_date("13 avrils 2018").has_value());
  CHECK_FALSE(parse_date("Vienne, 14-18 mai 2018").has_value());
  CHECK(CalendarDate{2017, 9, 7}.iso() == "2017-09-07");
}

TEST_CASE("the reasons a date is no day of the calendar", "[grammar][segment]") {
  const auto problem = [](unsigned day, unsigned month, unsigned year) {
    return date_problem(test::expect::date(day, month, year)).value_or("");
  };
  CHECK(problem(29, 2, 2024) == "");
  CHECK(problem(31, 12, 1850) == "");  // an old treaty: real, though not recorded
  CHECK(problem(31, 2, 2020) == "impossible date 2020-02-31: that month has 29 days");
  CHECK(problem(29, 2, 2021) == "impossible date 2021-02-29: that month has 28 days");
  CHECK(problem(31, 4, 2019) == "impossible date 2019-04-31: that month has 30 days");
  CHECK(problem(0, 5, 2020) == "impossible date 2020-05-00: there is no day 0");
  CHECK(problem(1, 5, 20200) == "impossible date 20200-05-01: the year is not between 1000 and 2999");
}

TEST_CASE("the bound on the digits of a UN number", "[grammar][segment]") {
  CHECK_FALSE(overlong_number("78/228"));
  CHECK_FALSE(overlong_number("E/CN.15/2018/L.3"));
  CHECK_FALSE(overlong_number("123456789/1"));  // nine digits: the most a number has
  CHECK(overlong_number("1234567890/1"));
  CHECK(overlong_number("A/78/L." + std::string(1000, '9')));
  CHECK_FALSE(number_problem("act number", "2231 (2015)").has_value());
  CHECK(number_problem("act number", "78/" + std::string(1000, '9')) ==
        "act number \"78/99999999999999999\u2026\" has 1000 digits in a row; no UN number has more than 9: it is "
        "not used");
}

TEST_CASE("an empty or blank file is named in a warning", "[grammar][segment]") {
  for (const auto& [text, message] : std::vector<std::pair<std::string, std::string>>{
           {"", "the file is empty"},
           {" \n\t\r\n\n", "the file holds only blanks (spaces, tabs, line ends)"},
       }) {
    const Document d = test::document_of(text, "empty.txt");
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].status == Status::empty_file);
    CHECK_FALSE(d.diagnostics[0].is_error());
    CHECK(d.diagnostics[0].to_string() == "empty.txt: warning: " + message);
  }
  CHECK(test::document_of("Texte.\n").diagnostics.empty());
}

TEST_CASE("an act number of a thousand digits is reported where it stands and is no number", "[grammar][segment]") {
  const std::string digits(1000, '9');
  const Document d = test::document_of("Titre du rapport\n\n### 78/" + digits +
                                       ". Titre de la résolution\n\nL'Assemblée générale,\n\n1. Décide de rester "
                                       "saisie de la question.\n");
  REQUIRE(d.acts.size() == 1);
  CHECK(d.acts[0].number == "");
  CHECK(d.acts[0].title == "Titre de la résolution");
  CHECK(d.acts[0].heading.find("999") == std::string::npos);
  REQUIRE(d.diagnostics.size() == 1);
  CHECK(d.diagnostics[0].status == Status::bad_value);
  CHECK(d.diagnostics[0].line == 3);
  CHECK(d.diagnostics[0].column == 5);
}

TEST_CASE("impossible dates of the header are reported where they stand", "[grammar][segment]") {
  const Document d = test::document_of(
      "Distr. générale\n31 avril 2019\n\nRésolution adoptée par l'Assemblée générale le 31 février 2020\n\n"
      "78/1. Titre\n\nL'Assemblée générale,\n\n1. Décide de rester saisie de la question.\n");
  CHECK_FALSE(d.header.date.has_value());
  CHECK_FALSE(d.header.adopted_on.has_value());
  REQUIRE(d.acts.size() == 1);
  CHECK_FALSE(d.acts[0].adopted_on.has_value());
  CHECK(test::messages_of(d.diagnostics) ==
        std::vector<std::string>{"test.txt:2:1: error: impossible date 2019-04-31: that month has 30 days",
                                 "test.txt:4:48: error: impossible date 2020-02-31: that month has 29 days"});
}
