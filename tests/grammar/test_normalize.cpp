// Reader, part 2 (grammar/normalize.hpp): every markup variant of the corpus
// reduced to the text model, page furniture dropped, paragraphs cut by a page
// break rejoined, footnotes recognised, and every normalised byte mapped back
// to the exact source bytes.
#include <catch2/catch.hpp>

#include <algorithm>

#include "normalize.hpp"
#include "support/fixtures.hpp"

using namespace resograph;

namespace {

std::string inline_text(std::string_view line) { return normalise_inline(line, 0).text(); }

/// The source bytes that text bytes [begin, end) of `mapped` came from.
std::string source_of_range(const std::string& source, const MappedText& mapped, std::size_t begin, std::size_t end) {
  const SourceSpan span = mapped.source_span(begin, end);
  REQUIRE(span.end <= source.size());
  return source.substr(span.begin, span.end - span.begin);
}

/// The source bytes of the first occurrence of `words` in `mapped`'s text.
std::string source_of_words(const std::string& source, const MappedText& mapped, const std::string& words) {
  const std::size_t at = mapped.text().find(words);
  REQUIRE(at != std::string::npos);
  return source_of_range(source, mapped, at, at + words.size());
}

std::vector<Block> blocks_of(const std::string& text) { return normalise(test::source_of(text)); }

std::vector<std::string> texts_of(const std::vector<Block>& blocks, BlockKind kind = BlockKind::text) {
  std::vector<std::string> out;
  for (const Block& block : blocks) {
    if (block.kind == kind) out.push_back(block.text.text());
  }
  return out;
}

}  // namespace

TEST_CASE("emphasis and links are dropped", "[grammar][normalize]") {
  CHECK(inline_text("*Rappelant* ses résolutions") == "Rappelant ses résolutions");
  CHECK(inline_text("**Additif**") == "Additif");
  CHECK(inline_text("*Prie de nouveau* le Secrétaire général") == "Prie de nouveau le Secrétaire général");
  CHECK(inline_text("*Ibid.*, vol. 2237, n° 39574.") == "Ibid., vol. 2237, n° 39574.");
  CHECK(inline_text("ses résolutions [61/180](#) du 20 décembre 2006, [63/194](#) du") ==
        "ses résolutions 61/180 du 20 décembre 2006, 63/194 du");
  CHECK(inline_text("<i>Recueil des Traités</i>") == "Recueil des Traités");
}

TEST_CASE("footnote markers become Unicode superscripts", "[grammar][normalize]") {
  CHECK(inline_text("organisée<sup>1</sup>, du Protocole") == "organisée¹, du Protocole");
  CHECK(inline_text("2030<sup>12</sup>") == "2030¹²");
  CHECK(inline_text("organisée^{4} et") == "organisée⁴ et");
  CHECK(inline_text("les Protocoles s'y rapportant⁴ étaient") == "les Protocoles s'y rapportant⁴ étaient");
  CHECK(inline_text("organisée¹², du") == "organisée¹², du");
  SECTION("a lone '*' after a word is a marker") {
    CHECK(inline_text("Point 6 de l'ordre du jour provisoire*") == "Point 6 de l'ordre du jour provisoire*");
    CHECK(inline_text("des groupes terroristes*, y compris") == "des groupes terroristes*, y compris");
  }
}

TEST_CASE("superscript letters of ordinals are kept as plain letters", "[grammar][normalize]") {
  CHECK(inline_text("155 C (VII) du 1^{er} décembre 1950") == "155 C (VII) du 1er décembre 1950");
  CHECK(inline_text("À sa 7^e séance") == "À sa 7e séance");
  CHECK(inline_text("le 1<sup>er</sup> janvier") == "le 1er janvier");
}

TEST_CASE("LaTeX fragments read as their text", "[grammar][normalize]") {
  CHECK(inline_text("Nations Unies $E_{\\text{CN.15/2018/L.3}}$") == "Nations Unies E/CN.15/2018/L.3");
  CHECK(inline_text("coût de 5 $ par jour") == "coût de 5 $ par jour");
}

TEST_CASE("Unicode spaces, apostrophes and entities are normalised", "[grammar][normalize]") {
  CHECK(inline_text("13\u00A0avril 2018") == "13 avril 2018");
  CHECK(inline_text("n\u00B0\u202F39574") == "n\u00B0 39574");
  CHECK(inline_text("Note\u2009: voir") == "Note : voir");
  CHECK(inline_text("a \u00A0\t b") == "a b");
  CHECK(inline_text("l\u2019Assemblée et l\u2018Office") == "l'Assemblée et l'Office");
  CHECK(inline_text("vol. 2225, n\u00BA 39574") == "vol. 2225, n\u00B0 39574");
  CHECK(inline_text("&laquo;&nbsp;Titre&nbsp;&raquo;") == "\u00AB Titre \u00BB");
  CHECK(inline_text("fin   ") == "fin");
}

TEST_CASE("normalised bytes map back to the exact source bytes", "[grammar][normalize]") {
  const std::string line = "*Rappelant* l\u2019Assemblée<sup>12</sup> et [61/180](#)";
  const MappedText mapped = normalise_inline(line, 0);
  REQUIRE(mapped.text() == "Rappelant l'Assemblée¹² et 61/180");
  CHECK(source_of_words(line, mapped, "Rappelant") == "Rappelant");
  CHECK(source_of_words(line, mapped, "'") == "\u2019");
  CHECK(source_of_words(line, mapped, "Assemblée") == "Assemblée");
  CHECK(source_of_words(line, mapped, "¹²") == "<sup>12</sup>");
  CHECK(source_of_words(line, mapped, "61/180") == "61/180");

  SECTION("offsets are relative to the line's offset in the file") {
    const MappedText shifted = normalise_inline("*Note*", 1000);
    CHECK(shifted.text() == "Note");
    CHECK(shifted.source_span(0, 4) == SourceSpan{1001, 1005});
  }
}

TEST_CASE("blocks: headings, list items, footnotes and line wrapping", "[grammar][normalize]") {
  const std::vector<Block> blocks = blocks_of(
      "## Conseil économique et social\n"
      "\n"
      "Distr. limitée  \n"
      "17 mai 2018\n"
      "\n"
      "- 1. *Encourage* les États Membres à agir ;\n"
      "- 2. *Invite* l'Office à agir ;\n"
      "\n"
      "<sup>1</sup> Nations Unies, *Recueil des Traités*, vol. 2237, n° 39574.\n"
      "\n"
      "¹² Ibid., vol. 2241, nº 39574.\n"
      "\n"
      "^{*} E/CN.15/2018/1.\n");
  REQUIRE(blocks.size() == 8);
  CHECK(blocks[0].heading);
  CHECK(blocks[0].text.text() == "Conseil économique et social");
  CHECK(blocks[0].line == 1);
  CHECK(blocks[1].text.text() == "Distr. limitée");  // a Markdown hard break ends the line's block
  CHECK(blocks[2].text.text() == "17 mai 2018");
  CHECK(blocks[3].list_item);
  CHECK(blocks[3].text.text() == "1. Encourage les États Membres à agir ;");
  CHECK(blocks[4].list_item);
  CHECK(blocks[4].line == 7);
  CHECK(blocks[5].kind == BlockKind::footnote);
  CHECK(blocks[5].marker == "1");
  CHECK(blocks[5].text.text() == "Nations Unies, Recueil des Traités, vol. 2237, n° 39574.");
  CHECK(blocks[6].kind == BlockKind::footnote);
  CHECK(blocks[6].marker == "12");
  CHECK(blocks[6].text.text() == "Ibid., vol. 2241, n° 39574.");
  CHECK(blocks[7].kind == BlockKind::footnote);
  CHECK(blocks[7].marker == "*");
  CHECK(blocks[7].line == 13);
}

TEST_CASE("the '*' footnote is a footnote with marker '*'", "[grammar][normalize]") {
  const std::vector<Block> blocks = blocks_of("Point 6 de l'ordre du jour*\n\n^{*} E/CN.15/2018/1.\n");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].text.text() == "Point 6 de l'ordre du jour*");
  CHECK(blocks[1].kind == BlockKind::footnote);
  CHECK(blocks[1].marker == "*");
  CHECK(blocks[1].text.text() == "E/CN.15/2018/1.");
}

TEST_CASE("a long line wrapped without a blank line continues its paragraph", "[grammar][normalize]") {
  const std::vector<Block> blocks = blocks_of(
      "Rappelant sa résolution 72/1 du 27 septembre 2017, dans laquelle elle a adopté la\n"
      "Déclaration politique,\n");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text.text() ==
        "Rappelant sa résolution 72/1 du 27 septembre 2017, dans laquelle elle a adopté la Déclaration politique,");
}

TEST_CASE("page furniture is dropped and the paragraph it cut is rejoined", "[grammar][normalize]") {
  const std::vector<Block> blocks = blocks_of(
      "Rappelant la résolution 71/209, dans laquelle elle a réaffirmé que la Convention\n"
      "\n"
      "2/3 V.18-02322\n"
      "\n"
      "¹ Nations Unies, Recueil des Traités, vol. 2225, nº 39574.\n"
      "\n"
      "---\n"
      "\n"
      "et les Protocoles s'y rapportant étaient le meilleur moyen,\n"
      "\n"
      "V.18-02322 3/3\n"
      "\n"
      "18-02322 (F)\n");
  const std::vector<std::string> texts = texts_of(blocks);
  REQUIRE(texts.size() == 1);
  CHECK(texts[0] ==
        "Rappelant la résolution 71/209, dans laquelle elle a réaffirmé que la Convention et les Protocoles s'y "
        "rapportant étaient le meilleur moyen,");
  CHECK(texts_of(blocks, BlockKind::footnote).size() == 1);
}

TEST_CASE("a 'Page N' line is page furniture", "[grammar][normalize]") {
  const std::vector<std::string> texts =
      texts_of(blocks_of("Rappelant sa résolution 72/1,\n\nPage 4\n\nPage\u00A012\n"));
  CHECK(texts == std::vector<std::string>{"Rappelant sa résolution 72/1,"});
}

TEST_CASE("a paragraph that ended a sentence is not continued", "[grammar][normalize]") {
  const std::vector<std::string> texts = texts_of(blocks_of("Premier paragraphe.\n\nsecond paragraphe ;\n"));
  CHECK(texts == std::vector<std::string>{"Premier paragraphe.", "second paragraphe ;"});
}

TEST_CASE("CRLF line ends read like LF", "[grammar][normalize]") {
  const std::vector<Block> crlf = blocks_of("## Titre\r\n\r\nRappelant sa résolution,\r\n\r\n¹ Résolution 70/1.\r\n");
  const std::vector<Block> lf = blocks_of("## Titre\n\nRappelant sa résolution,\n\n¹ Résolution 70/1.\n");
  REQUIRE(crlf.size() == lf.size());
  REQUIRE(crlf.size() == 3);
  for (std::size_t i = 0; i < crlf.size(); ++i) {
    CHECK(crlf[i].text.text() == lf[i].text.text());
    CHECK(crlf[i].kind == lf[i].kind);
    CHECK(crlf[i].line == lf[i].line);
    CHECK(crlf[i].text.text().find('\r') == std::string::npos);
  }
}

TEST_CASE("is_superscript_digit and superscript_to_ascii", "[grammar][normalize]") {
  std::size_t length = 0;
  CHECK(is_superscript_digit("¹", 0, &length));
  CHECK(length == 2);
  CHECK(is_superscript_digit("a⁴", 1, &length));
  CHECK(length == 3);
  CHECK_FALSE(is_superscript_digit("1", 0));
  CHECK_FALSE(is_superscript_digit("é", 0));
  CHECK(superscript_to_ascii("¹²") == "12");
  CHECK(superscript_to_ascii("⁰³⁴⁵⁶⁷⁸⁹") == "03456789");
}

TEST_CASE("corpus 001: the recital cut by a page break is one paragraph", "[grammar][normalize]") {
  const std::string path = test::corpus_path("001_1b8c8940ed5f6a62");
  const std::string bytes = test::read_file(path);
  const std::vector<Block> blocks = normalise(test::source_of(bytes, "001_1b8c8940ed5f6a62.txt"));

  const auto recital = std::find_if(blocks.begin(), blocks.end(), [](const Block& b) {
    return b.kind == BlockKind::text && b.text.text().starts_with("Rappelant la Déclaration politique");
  });
  REQUIRE(recital != blocks.end());
  const std::string& text = recital->text.text();
  CHECK(text.find("la Convention des Nations Unies contre la criminalité transnationale organisée et les Protocoles "
                  "s'y rapportant⁴ étaient pour la communauté internationale") != std::string::npos);
  CHECK(text.ends_with("le meilleur moyen de combattre cette forme de criminalité,"));
  CHECK(recital->line == 26);

  // No block starts with the continuation, and the footnotes between are footnotes.
  for (const Block& block : blocks) {
    CHECK_FALSE(block.text.text().starts_with("organisée et les Protocoles"));
  }
  std::vector<std::string> markers;
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::footnote) markers.push_back(block.marker);
  }
  CHECK(markers == std::vector<std::string>{"3", "*", "1", "2", "4"});

  // No page furniture survives.
  for (const Block& block : blocks) {
    CHECK(block.text.text().find("V.18-02322") == std::string::npos);
  }

  SECTION("spans of the rejoined paragraph point at the source words") {
    CHECK(source_of_words(bytes, recital->text, "Rappelant la Déclaration politique") ==
          "Rappelant la Déclaration politique");
    CHECK(source_of_words(bytes, recital->text, "sa résolution 72/1 du 27 septembre 2017") ==
          "sa résolution 72/1 du 27 septembre 2017");
    CHECK(source_of_words(bytes, recital->text, "rapportant⁴ étaient") == "rapportant⁴ étaient");
    CHECK(source_of_words(bytes, recital->text, "criminalité,") == "criminalité,");
    const SourceSpan whole = recital->text.source_span(0, text.size());
    CHECK(bytes.substr(whole.begin).starts_with("Rappelant la Déclaration politique"));
    CHECK(bytes.substr(0, whole.end).ends_with("cette forme de criminalité,"));
  }
}

TEST_CASE("corpus 001: the LaTeX symbol of the masthead", "[grammar][normalize]") {
  const std::string bytes = test::read_file(test::corpus_path("001_1b8c8940ed5f6a62"));
  const std::vector<Block> blocks = normalise(test::source_of(bytes));
  REQUIRE_FALSE(blocks.empty());
  CHECK(blocks[0].text.text() == "Nations Unies E/CN.15/2018/L.3");
  CHECK(source_of_words(bytes, blocks[0].text, "E/CN.15/2018/L.3") == "$E_{\\text{CN.15/2018/L.3}}$");
}

TEST_CASE("corpus 004: Markdown emphasis, links and <sup> map back to the source", "[grammar][normalize]") {
  const std::string bytes = test::read_file(test::corpus_path("004_38c0f701a36a6316"));
  const std::vector<Block> blocks = normalise(test::source_of(bytes));
  const auto find = [&](std::string_view start) {
    const auto it =
        std::find_if(blocks.begin(), blocks.end(), [&](const Block& b) { return b.text.text().starts_with(start); });
    REQUIRE(it != blocks.end());
    return it;
  };
  const auto recital = find("Rappelant ses résolutions 61/180 du 20 décembre 2006, 63/194 du 18 décembre 2008");
  CHECK(source_of_words(bytes, recital->text, "Rappelant") == "Rappelant");
  CHECK(source_of_words(bytes, recital->text, "61/180") == "61/180");
  CHECK(source_of_words(bytes, recital->text, "63/194 du 18 décembre 2008") == "63/194](#) du 18 décembre 2008");

  const auto heading = find("78/228. Amélioration de la coordination");
  CHECK(heading->heading);

  const auto programme = find("Rappelant qu'elle a adopté le Programme de développement durable à l'horizon 2030¹,");
  CHECK(source_of_words(bytes, programme->text, "¹") == "<sup>1</sup>");

  // The footnotes of the corpus file, in reading order.
  const auto first_footnote =
      std::find_if(blocks.begin(), blocks.end(), [](const Block& b) { return b.kind == BlockKind::footnote; });
  REQUIRE(first_footnote != blocks.end());
  CHECK(first_footnote->marker == "1");
  CHECK(first_footnote->text.text() == "Résolution 70/1.");
}
