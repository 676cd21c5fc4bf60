// Find stage (grammar/find.hpp): the tokens of whole paragraphs and footnotes,
// in order, with their byte ranges; known names from the registry's lexicon;
// verbs only where a clause may open; footnote markers glued to words.
#include <catch2/catch.hpp>

#include "find.hpp"
#include "support/fixtures.hpp"
#include "support/parse.hpp"

using namespace resograph;
using namespace resograph::test;

namespace {

std::vector<grammar::Found> tokens_of(const std::string& text) {
  return grammar::find_tokens(text, resolver().lexicon());
}

/// Each token as "words → node".
std::vector<std::string> shown(const std::string& text) {
  std::vector<std::string> out;
  for (const grammar::Found& found : tokens_of(text)) {
    out.push_back(text.substr(found.begin, found.end - found.begin) + " → " + show(found.token));
  }
  return out;
}

template <class T>
std::vector<std::string> words_of_kind(const std::string& text) {
  std::vector<std::string> out;
  for (const grammar::Found& found : tokens_of(text)) {
    if (boost::get<T>(&found.token.get())) out.push_back(text.substr(found.begin, found.end - found.begin));
  }
  return out;
}

}  // namespace

TEST_CASE("find_tokens: a citation group with dates", "[grammar][find]") {
  const std::string text =
      "Rappelant ses résolutions 61/180 du 20 décembre 2006, 63/194 du 18 décembre 2008 et 76/186 du 16 décembre 2021,";
  CHECK(shown(text) == std::vector<std::string>{
                           "Rappelant → Verb(recalls,adverbs=)",
                           "ses résolutions → ActNoun(determiner=ses,noun=résolutions)",
                           "61/180 → ActNumber(base=61/180,letters=,session=)",
                           "20 décembre 2006 → Date(20,12,2006)",
                           "63/194 → ActNumber(base=63/194,letters=,session=)",
                           "18 décembre 2008 → Date(18,12,2008)",
                           "76/186 → ActNumber(base=76/186,letters=,session=)",
                           "16 décembre 2021 → Date(16,12,2021)",
                       });
}

TEST_CASE("find_tokens: known names of the registry, longest first", "[grammar][find]") {
  CHECK(words_of_kind<ast::Known>("Prie l'Office des Nations Unies contre la drogue et le crime de continuer") ==
        std::vector<std::string>{"Office des Nations Unies contre la drogue et le crime"});
  CHECK(words_of_kind<ast::Known>("Invite l'ONUDC et les États Membres à agir") ==
        std::vector<std::string>{"ONUDC", "États Membres"});
  CHECK(
      words_of_kind<ast::Known>("la Convention des Nations Unies contre la criminalité transnationale organisée et") ==
      std::vector<std::string>{"Convention des Nations Unies contre la criminalité transnationale organisée"});
  // A known name ends at a word end: "ONUDCX" is no name.
  CHECK(words_of_kind<ast::Known>("le sigle ONUDCX") == std::vector<std::string>{});
  // States: "France et Roumanie".
  CHECK(words_of_kind<ast::Known>("France et Roumanie") == std::vector<std::string>{"France", "Roumanie"});
}

TEST_CASE("find_tokens: a verb counts only where a clause may open", "[grammar][find]") {
  CHECK(words_of_kind<ast::Verb>("Rappelant la note du Secrétaire général, et rappelant également sa résolution") ==
        std::vector<std::string>{"Rappelant", "rappelant également"});
  CHECK(words_of_kind<ast::Verb>("Invite les États Membres à agir, et note que le rapport") ==
        std::vector<std::string>{"Invite", "note"});
  CHECK(words_of_kind<ast::Verb>("Prie instamment les États Membres ; invite l'Office à agir") ==
        std::vector<std::string>{"Prie instamment", "invite"});
}

TEST_CASE("find_tokens: what cited acts did, and relative clauses", "[grammar][find]") {
  const std::string text =
      "Réaffirmant les résolutions 67/190 et 68/192, intitulées « Amélioration de la coordination », dans lesquelles "
      "l'Assemblée a demandé aux États Membres de continuer et invité les États Membres à agir,";
  const auto tokens = tokens_of(text);
  std::vector<std::string> pasts;
  for (const grammar::Found& found : tokens) {
    if (const auto* past = boost::get<ast::PastVerb>(&found.token.get())) pasts.push_back(show(*past));
  }
  CHECK(pasts == std::vector<std::string>{"PastVerb(auxiliary=a,requests)", "PastVerb(auxiliary=,invites)"});
  CHECK(words_of_kind<ast::Relative>(text) == std::vector<std::string>{"dans lesquelles"});
  REQUIRE(words_of_kind<ast::Title>(text).size() == 1);
  CHECK(words_of_kind<ast::Title>(text)[0].starts_with("« Amélioration de la coordination"));
}

TEST_CASE("find_tokens: a '*' marker glued to a word", "[grammar][find]") {
  CHECK(words_of_kind<ast::Marker>("des groupes terroristes*, y compris") == std::vector<std::string>{"*"});
}

TEST_CASE("find_tokens: superscript markers glued to the word they annotate", "[grammar][find]") {
  // The text model writes markers right after the word ("organisée¹,"); each must be a token.
  CHECK(words_of_kind<ast::Marker>("de la Convention relative aux droits de l'enfant¹, et") ==
        std::vector<std::string>{"¹"});
  CHECK(words_of_kind<ast::Marker>("le Programme de développement durable à l'horizon 2030¹, et") ==
        std::vector<std::string>{"¹"});
  CHECK(words_of_kind<ast::Marker>("les Protocoles s'y rapportant⁴ étaient") == std::vector<std::string>{"⁴"});
  CHECK(words_of_kind<ast::Marker>("ses autres résolutions²⁴ sur") == std::vector<std::string>{"²⁴"});
}

TEST_CASE("find_tokens: a superscript marker after a space", "[grammar][find]") {
  CHECK(words_of_kind<ast::Marker>("voir la note ¹ ci-dessous") == std::vector<std::string>{"¹"});
}

TEST_CASE("find_tokens: footnote texts", "[grammar][find]") {
  CHECK(shown("Nations Unies, Recueil des Traités, vol. 2225, n° 39574.").back() ==
        "vol. 2225, n° 39574 → TreatySeries(vol. 2225, n.39574)");
  const auto ibid = shown("Ibid., vol. 2225, 2237, 2241 et 2326, n° 39574.");
  CHECK(ibid == std::vector<std::string>{
                    "Ibid. → Ibid",
                    "vol. 2225, 2237, 2241 et 2326, n° 39574 → TreatySeries(vol. 2225 2237 2241 2326, n.39574)"});
  CHECK(shown("Résolution 76/181, annexe.") ==
        std::vector<std::string>{"Résolution → ActNoun(determiner=,noun=Résolution)",
                                 "76/181 → ActNumber(base=76/181,letters=,session=)", "annexe → Annex"});
  CHECK(shown("E/CN.15/2018/1.") == std::vector<std::string>{"E/CN.15/2018/1 → DocSymbol(E/CN.15/2018/1)"});
}

TEST_CASE("find_tokens: byte ranges point into the text", "[grammar][find]") {
  const std::string text = "Prenant note de la résolution 69/194 de l'Assemblée générale, en date du 18 décembre 2014,";
  for (const grammar::Found& found : tokens_of(text)) {
    CHECK(found.begin < found.end);
    CHECK(found.end <= text.size());
  }
  CHECK(words_of_kind<ast::ActNumber>(text) == std::vector<std::string>{"69/194"});
  CHECK(words_of_kind<ast::Date>(text) == std::vector<std::string>{"18 décembre 2014"});
  CHECK(words_of_kind<ast::Known>(text) == std::vector<std::string>{"Assemblée générale"});
}

TEST_CASE("parse_date_at and parse_symbol_at", "[grammar][find]") {
  const std::string header = "Distr. limitée 13 avril 2018 Français";
  const auto date = grammar::parse_date_at(header, 16);
  REQUIRE(date.has_value());
  CHECK(show(*date) == "Date(13,4,2018)");
  CHECK_FALSE(grammar::parse_date_at(header, 0).has_value());

  const std::string masthead = "Nations Unies E/CN.15/2018/L.3";
  const auto symbol = grammar::parse_symbol_at(masthead, 14);
  REQUIRE(symbol.has_value());
  CHECK(symbol->first.text == "E/CN.15/2018/L.3");
  CHECK(symbol->second == 16);
  CHECK_FALSE(grammar::parse_symbol_at(masthead, 0).has_value());
}
