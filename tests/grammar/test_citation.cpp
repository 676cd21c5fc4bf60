// Grammar unit "citation" (grammar/citation.hpp), rule by rule: act numbers in
// every UN numbering, act nouns with their determiners, dates, document
// symbols, titles, footnote markers and treaty-series references — including
// forms the corpus lacks.
#include <catch2/catch.hpp>

#include "document.hpp"
#include "normalize.hpp"
#include "support/parse.hpp"

using namespace resograph;
using namespace resograph::test;

TEST_CASE("act_number: slash numbers", "[grammar][citation]") {
  parse_ok("72/1", grammar::act_number(), expect::number("72/1"));
  parse_ok("1996/31", grammar::act_number(), expect::number("1996/31"));
  parse_ok("27/3", grammar::act_number(), expect::number("27/3"));
  parse_ok("10/1", grammar::act_number(), expect::number("10/1"));
  parse_ok("S-8/1", grammar::act_number(), expect::number("S-8/1"));
  parse_ok("ES-10/2", grammar::act_number(), expect::number("ES-10/2"));
  // A number ends at a word end: the comma and the date are not part of it.
  parse_prefix("61/180 du 20 décembre 2006", grammar::act_number(), expect::number("61/180"), "61/180");
  parse_prefix("67/190, 68/192", grammar::act_number(), expect::number("67/190"), "67/190");
  parse_prefix("70/1.", grammar::act_number(), expect::number("70/1"), "70/1");
}

TEST_CASE("act_number: session in parentheses and part letters", "[grammar][citation]") {
  parse_ok("415 (V)", grammar::act_number(), expect::number("415", "", "V"));
  parse_ok("217 A (III)", grammar::act_number(), expect::number("217", "A", "III"));
  parse_ok("2200 A (XXI)", grammar::act_number(), expect::number("2200", "A", "XXI"));
  parse_ok("155 C (VII)", grammar::act_number(), expect::number("155", "C", "VII"));
  parse_ok("3411 A et B (XXX)", grammar::act_number(), expect::number("3411", "A,B", "XXX"));
  parse_ok("3419 A à D (XXX)", grammar::act_number(), expect::number("3419", "A-D", "XXX"));
  parse_ok("2231 (2015)", grammar::act_number(), expect::number("2231", "", "2015"));
  parse_prefix("155 C (VII) du Conseil", grammar::act_number(), expect::number("155", "C", "VII"), "155 C (VII)");
}

TEST_CASE("act_number: what is not an act number", "[grammar][citation]") {
  parse_fails("72", grammar::act_number());
  parse_fails("2030", grammar::act_number());
  parse_fails("résolution", grammar::act_number());
  parse_fails("/1", grammar::act_number());
  // A document symbol's numbers are not an act number.
  parse_fails("78/482/Add.1", grammar::act_number());
  parse_not_whole("14-18 mai", grammar::act_number());
}

TEST_CASE("act_number: part letters are not the series letter of a following symbol", "[grammar][citation]") {
  // "ES-10/2 A/78/482": the "A" belongs to the symbol A/78/482, not to the number.
  parse_prefix("ES-10/2 A/78/482", grammar::act_number(), expect::number("ES-10/2"), "ES-10/2");
  parse_prefix("72/1 A/78/482", grammar::act_number(), expect::number("72/1"), "72/1");
}

TEST_CASE("act_noun: nouns with and without determiners", "[grammar][citation]") {
  parse_ok("sa résolution", grammar::act_noun(), expect::noun("sa", "résolution"));
  parse_ok("ses résolutions", grammar::act_noun(), expect::noun("ses", "résolutions"));
  parse_ok("la décision", grammar::act_noun(), expect::noun("la", "décision"));
  parse_ok("les résolutions", grammar::act_noun(), expect::noun("les", "résolutions"));
  parse_ok("Résolution", grammar::act_noun(), expect::noun("", "Résolution"));
  parse_ok("Décisions", grammar::act_noun(), expect::noun("", "Décisions"));
  parse_ok("de sa résolution", grammar::act_noun(), expect::noun("de sa", "résolution"));
  parse_ok("dans sa résolution", grammar::act_noun(), expect::noun("dans sa", "résolution"));
  parse_ok("la résolution", grammar::act_noun(), expect::noun("la", "résolution"));
  parse_prefix("sa résolution 72/1", grammar::act_noun(), expect::noun("sa", "résolution"), "sa résolution");

  ast::ActNoun plural = expect::noun("ses", "résolutions");
  CHECK(plural.plural());
  CHECK_FALSE(plural.decision());
  ast::ActNoun decision = expect::noun("la", "décision");
  CHECK(decision.decision());
  CHECK_FALSE(decision.plural());
}

TEST_CASE("act_noun: whole words only", "[grammar][citation]") {
  parse_fails("résolutionnaire", grammar::act_noun());
  parse_fails("irrésolution", grammar::act_noun());
  parse_fails("sa", grammar::act_noun());
  parse_fails("la Déclaration", grammar::act_noun());
}

TEST_CASE("date: French dates", "[grammar][citation]") {
  parse_ok("27 septembre 2017", grammar::date(), expect::date(27, 9, 2017));
  parse_ok("1er décembre 1950", grammar::date(), expect::date(1, 12, 1950));
  parse_ok("20 décembre 2006", grammar::date(), expect::date(20, 12, 2006));
  parse_ok("16 juillet 2020", grammar::date(), expect::date(16, 7, 2020));
  parse_ok("5 février 2025", grammar::date(), expect::date(5, 2, 2025));
  parse_ok("22 août 1990", grammar::date(), expect::date(22, 8, 1990));
  parse_prefix("19 décembre 2016, intitulée", grammar::date(), expect::date(19, 12, 2016), "19 décembre 2016");
  parse_fails("septembre 2017", grammar::date());
  parse_fails("27 sept. 2017", grammar::date());
  parse_fails("27 septembres 2017", grammar::date());
}

TEST_CASE("date: an impossible day parses but is not a calendar date", "[grammar][citation]") {
  ast::Date date;
  std::size_t consumed = 0;
  REQUIRE(run_rule(std::string("31 février 2020"), grammar::date(), date, consumed));
  CHECK(show(date) == show(expect::date(31, 2, 2020)));
  CHECK_FALSE(to_calendar(date).has_value());
  CHECK(to_calendar(expect::date(29, 2, 2020)).has_value());
  CHECK_FALSE(to_calendar(expect::date(29, 2, 1900)).has_value());
  CHECK(to_calendar(expect::date(29, 2, 2000)).has_value());
  CHECK_FALSE(to_calendar(expect::date(1, 13, 2020)).has_value());
  CHECK(to_calendar(expect::date(27, 9, 2017))->iso() == "2017-09-27");
  CHECK((CalendarDate{999, 1, 2}.iso()) == "0999-01-02");  // as "%04u-%02u-%02u"
  CHECK((CalendarDate{12345, 123, 45}.iso()) == "2345-23-45");
  CHECK(date_problem(expect::date(31, 4, 2019)) == "impossible date 2019-04-31: that month has 30 days");
  CHECK(date_problem(expect::date(1, 13, 2019)) == "impossible date 2019-13-01: there is no month 13");
  CHECK(date_problem(expect::date(0, 1, 2019)) == "impossible date 2019-01-00: there is no day 0");
  CHECK(date_problem(expect::date(1, 1, 999)) == "impossible date 0999-01-01: the year is not between 1000 and 2999");
  CHECK_FALSE(date_problem(expect::date(29, 2, 2020)).has_value());
}

TEST_CASE("doc_symbol: UN document symbols", "[grammar][citation]") {
  for (const std::string symbol :
       {"A/78/482", "E/CN.15/2018/L.3", "E/2002/68/Add.1", "A/73/12 (Part I)", "CTOC/COP/2020/10", "A/CONF.234/16",
        "CEDAW/C/GC/38", "UNODC/CCPCJ/EG.9/2023/2", "E/CN.15/2018/1", "A/HRC/RES/44/4"}) {
    parse_ok(symbol, grammar::doc_symbol(), expect::symbol(symbol));
  }
}

TEST_CASE("doc_symbol: a trailing sentence dot or comma is not part of the symbol", "[grammar][citation]") {
  parse_prefix("A/78/482.", grammar::doc_symbol(), expect::symbol("A/78/482"), "A/78/482");
  parse_prefix("E/CN.15/2018/L.3.", grammar::doc_symbol(), expect::symbol("E/CN.15/2018/L.3"), "E/CN.15/2018/L.3");
  parse_prefix("E/2002/68/Add.1.", grammar::doc_symbol(), expect::symbol("E/2002/68/Add.1"), "E/2002/68/Add.1");
  parse_prefix("A/78/482, par. 29", grammar::doc_symbol(), expect::symbol("A/78/482"), "A/78/482");
  parse_prefix("A/78/482)", grammar::doc_symbol(), expect::symbol("A/78/482"), "A/78/482");
  parse_prefix("A/73/12 (Part I).", grammar::doc_symbol(), expect::symbol("A/73/12 (Part I)"), "A/73/12 (Part I)");
}

TEST_CASE("doc_symbol: what is not a symbol", "[grammar][citation]") {
  parse_fails("72/1", grammar::doc_symbol());
  parse_fails("A/", grammar::doc_symbol());
  parse_fails("Assemblée/78", grammar::doc_symbol());
  parse_fails("a/78/482", grammar::doc_symbol());
  parse_not_whole("A/78", grammar::doc_symbol());
}

TEST_CASE("title: the words between guillemets", "[grammar][citation]") {
  // The text model writes « Titre » with spaces inside the guillemets; the title is the words only.
  parse_ok("« Amélioration de la coordination de l'action contre la traite des personnes »", grammar::title(),
           expect::title("Amélioration de la coordination de l'action contre la traite des personnes"));
  parse_ok("«Traite des êtres humains»", grammar::title(), expect::title("Traite des êtres humains"));
  parse_prefix("« Titre », dans laquelle", grammar::title(), expect::title("Titre"), "« Titre »");
}

TEST_CASE("title: unbalanced guillemets do not make a title", "[grammar][citation]") {
  parse_fails("« Titre sans fin", grammar::title());
  parse_fails("Titre »", grammar::title());
  parse_fails("\"Titre\"", grammar::title());
}

TEST_CASE("marker: footnote markers", "[grammar][citation]") {
  for (const std::string m : {"¹", "²", "³", "⁴", "⁹", "¹²", "²⁴", "*"}) {
    ast::Marker marker;
    std::size_t consumed = 0;
    INFO(m);
    REQUIRE(run_rule(m, grammar::marker(), marker, consumed));
    CHECK(consumed == m.size());
    CHECK_FALSE(marker.digits.empty());
  }
  parse_fails("1", grammar::marker());
  parse_fails("a", grammar::marker());
  parse_prefix("¹, du Protocole", grammar::marker(), expect::marker("¹"), "¹");
}

TEST_CASE("marker: the digits as normalised, ASCII through superscript_to_ascii", "[grammar][citation]") {
  parse_ok("¹²", grammar::marker(), expect::marker("¹²"));
  parse_ok("⁴", grammar::marker(), expect::marker("⁴"));
  parse_ok("⁰", grammar::marker(), expect::marker("⁰"));
  parse_ok("*", grammar::marker(), expect::marker("*"));
  ast::Marker marker;
  std::size_t consumed = 0;
  REQUIRE(run_rule(std::string("²⁴ et"), grammar::marker(), marker, consumed));
  CHECK(superscript_to_ascii(marker.digits) == "24");
}

TEST_CASE("treaty_series: volumes and registration number", "[grammar][citation]") {
  parse_ok("vol. 2225, n° 39574", grammar::treaty_series(), expect::treaty({2225}, 39574));
  parse_ok("vol. 2225, 2237, 2241 et 2326, n° 39574", grammar::treaty_series(),
           expect::treaty({2225, 2237, 2241, 2326}, 39574));
  parse_ok("vol. 2225 et 2237, n° 39574", grammar::treaty_series(), expect::treaty({2225, 2237}, 39574));
  parse_ok("vol. 266, no 3822", grammar::treaty_series(), expect::treaty({266}, 3822));
  parse_prefix("vol. 2237, n° 39574.", grammar::treaty_series(), expect::treaty({2237}, 39574), "vol. 2237, n° 39574");
  parse_fails("vol. XXII", grammar::treaty_series());
  parse_fails("volume 2225, n° 39574", grammar::treaty_series());
  parse_fails("vol. 2225", grammar::treaty_series());
}
