// Large and pathological inputs: each must finish, in time and memory linear
// in its size. No timing is asserted: the ctest TIMEOUT of each case catches
// a hang or a quadratic blow-up. Each case also requires the graph to be
// valid Turtle.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace reliability;

namespace {

/// How many times the sizes below are divided: 1, or the sanitizers' slowdown
/// in sanitized builds, where the same linear work takes several times longer
/// (a quadratic blow-up still shows at a fifth of the size).
constexpr std::size_t scaled(std::size_t n) { return n / RESOGRAPH_RELIABILITY_SLOWDOWN; }

std::string repeat(std::string_view piece, std::size_t times) {
  times = scaled(times);
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

/// A resolution whose operative paragraph 1 is `paragraph`.
std::string inside_resolution(const std::string& paragraph) {
  return "## Résolution adoptée par l'Assemblée générale le 19 décembre 2023\n\n### 78/228. Titre\n\n"
         "*L'Assemblée générale,*\n\n1. " +
         paragraph + "\n";
}

/// Runs the whole pipeline; the graph must be valid whatever the input.
PipelineResult finishes(const std::string& bytes) {
  PipelineResult result = run_pipeline("pathological.md", bytes);
  if (result.read_error) {
    INFO(result.read_error->to_string());
    FAIL("the reader refused a valid UTF-8 input");
  }
  CHECK(serd_error(result.turtle) == "");
  return result;
}

}  // namespace

TEST_CASE("a file that is one 50 MB line is processed and the others too", "[large]") {
  const fs::path folder = scratch("fifty-megabytes");
  write_file(folder / "good.md", good_resolution());
  {
    const std::string words =
        "la traite des personnes, en particulier des femmes et des enfants, constitue une "
        "infraction grave ; ";
    std::string line;
    line.reserve(scaled(50u << 20));
    while (line.size() < scaled(50u << 20)) line += words;
    write_file(folder / "huge.txt", line);  // no line end at all
  }
  const Run run = run_resograph(folder, {"build", ".", "-o", "out.ttl"});
  fs::remove(folder / "huge.txt");
  INFO("stderr: " << run.errors.substr(0, 2000));
  CHECK(run.status == 0);
  const std::string graph = read_file(folder / "out.ttl");
  CHECK(graph.find(processed_marker("good.md")) != std::string::npos);
  CHECK(graph.find(processed_marker("huge.txt")) != std::string::npos);
  CHECK(serd_error(graph) == "");
  fs::remove_all(folder);
}

TEST_CASE("200 000 opening guillemets", "[large][pathological]") {
  finishes(repeat("«", 200'000));
  finishes(inside_resolution(repeat("« ", 200'000)));
  finishes(inside_resolution(repeat("« Convention » ", 50'000)));
}

TEST_CASE("200 000 closing guillemets and alternations", "[large][pathological]") {
  finishes(inside_resolution(repeat("»", 200'000)));
  finishes(inside_resolution(repeat("«»", 100'000)));
}

TEST_CASE("100 000 times the word résolution", "[large][pathological]") {
  finishes(repeat("résolution ", 100'000));
  finishes(inside_resolution("*Rappelant* " + repeat("résolution ", 100'000)));
  finishes(inside_resolution("*Rappelant* ses " + repeat("résolutions ", 100'000) + "72/1"));
}

TEST_CASE("100 000 citations in one citation group", "[large][pathological]") {
  std::string group = "*Rappelant* ses résolutions ";
  for (std::size_t i = 1; i <= scaled(50'000); ++i) {
    group += std::to_string(i % 80 + 1) + "/" + std::to_string(i) + ", ";
  }
  group += "et 78/1 du 1er janvier 2020";
  const PipelineResult result = finishes(inside_resolution(group));
  CHECK(result.statements > scaled(50'000));
}

TEST_CASE("1 MB of 1/1/1/1", "[large][pathological]") {
  finishes(repeat("1/", 500'000));
  finishes(inside_resolution("*Rappelant* sa résolution " + repeat("1/", 500'000)));
  finishes(inside_resolution("le document A/" + repeat("1/", 500'000)));
  finishes(inside_resolution("*Rappelant* sa résolution " + repeat("1", 1'000'000)));
}

TEST_CASE("deeply repeated footnote markers", "[large][pathological]") {
  finishes(inside_resolution("la Convention" + repeat("¹", 100'000)));
  finishes(inside_resolution("la Convention" + repeat("^{1}", 100'000)));
  finishes(inside_resolution("la Convention" + repeat("<sup>1</sup>", 50'000)));
  finishes(inside_resolution("la Convention" + repeat("[^1]", 100'000)));
  finishes(inside_resolution("la Convention" + repeat("$^{1}$", 50'000)));
  finishes(inside_resolution("la Convention" + repeat("\\textsuperscript{1}", 50'000)));
  finishes(inside_resolution("la Convention" + repeat("*", 100'000)));
}

TEST_CASE("100 000 footnotes and Ibid.", "[large][pathological]") {
  std::string text = inside_resolution("la Convention¹ et le Protocole² et la Convention³");
  for (int i = 0; i < 100'000; ++i)
    text += "\n" + std::string(i % 2 ? "¹ Ibid." : "² Nations Unies, Recueil des Traités, vol. 2225, n° 39574.") + "\n";
  finishes(text);
}

TEST_CASE("deeply nested and unclosed markup", "[large][pathological]") {
  finishes(repeat("<sup>", 100'000));
  finishes(repeat("<b><i>", 50'000) + "texte");
  finishes(repeat("^{", 100'000));
  finishes(repeat("$", 100'000));
  finishes(repeat("\\text{", 50'000));
  finishes(repeat("[", 100'000) + repeat("](", 50'000));
  finishes(repeat("(", 100'000) + "résolution 72/1" + repeat(")", 100'000));
  finishes(repeat("*", 200'000));
  finishes(repeat("**_", 100'000));
  finishes(repeat("#", 100'000) + " titre");
  finishes(repeat("> ", 100'000) + "citation");
  finishes(repeat("- ", 100'000) + "élément");
  finishes(repeat("<!-- ", 100'000));
  finishes(repeat("&nbsp;", 100'000));
  finishes(repeat("&#", 100'000));
}

TEST_CASE("100 000 paragraphs, acts and headings", "[large][pathological]") {
  // Operative numbers stop at 999 (segment.cpp: item_number), so the many
  // paragraphs are preambular ones, then 999 operative ones.
  std::string paragraphs =
      "## Résolution adoptée par l'Assemblée générale le 19 décembre 2023\n\n### 78/228. Titre\n\n"
      "*L'Assemblée générale,*\n";
  for (std::size_t i = 0; i < scaled(100'000); ++i)
    paragraphs += "\n*Rappelant* sa résolution 72/" + std::to_string(i % 300 + 1) + ",\n";
  for (int i = 1; i < 1'000; ++i)
    paragraphs += "\n" + std::to_string(i) + ". *Décide* de rester saisie de la question ;\n";
  const PipelineResult many = finishes(paragraphs);
  CHECK(many.paragraphs == scaled(100'000) + 999);

  std::string acts;
  for (std::size_t i = 0; i < scaled(20'000); ++i)
    acts += "\nProjet de résolution I\n\nL'Assemblée générale,\n\n1. Décide ;\n";
  finishes(acts);
  finishes(repeat("\nL'Assemblée générale,\n", 100'000));
  finishes(repeat("\n## Résolution adoptée par l'Assemblée générale le 19 décembre 2023\n", 50'000));
  finishes(repeat("\n1.\n", 100'000));
}

TEST_CASE("100 000 dates and names", "[large][pathological]") {
  finishes(inside_resolution(repeat("du 1er janvier 2000 ", 50'000)));
  finishes(inside_resolution(repeat("du 31 février 2020 ", 50'000)));
  finishes(inside_resolution(repeat("l'Office ", 100'000)));
  finishes(inside_resolution(
      repeat("la Convention des Nations Unies contre la criminalité transnationale organisée, ", 20'000)));
  finishes(inside_resolution(repeat("Assemblée ", 100'000)));
  finishes(inside_resolution(repeat("E/CN.15/2018/L.3/Rev.1 ", 50'000)));
}

TEST_CASE("a million one-character lines", "[large][pathological]") {
  finishes(repeat("a\n", 1'000'000));
  finishes(repeat("\n", 1'000'000));
  finishes(repeat("\r\n", 500'000));
  finishes(repeat("¹\n", 500'000));
}

// Unclosed openers on one line: the normaliser remembers where the next
// closer is (grammar/normalize.cpp, NextOccurrence), so each of these scans
// the line once.

TEST_CASE("200 000 unclosed sup tags", "[large][pathological]") {
  finishes(repeat("<sup>", 200'000));
  finishes(repeat("<sup>1", 200'000) + "</sup>");
  finishes(repeat("<", 200'000) + ">");
}

TEST_CASE("250 000 Markdown footnote references on one line", "[large][pathological]") {
  finishes(inside_resolution("la Convention" + repeat("[^1]", 250'000)));
  finishes(inside_resolution(repeat("[a", 200'000) + "](b)"));
  finishes(inside_resolution(repeat("&amp", 200'000) + ";"));
  finishes(inside_resolution(repeat("^{1", 200'000) + "}"));
}
