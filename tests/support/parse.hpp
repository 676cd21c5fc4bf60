// Helpers to run one X3 rule of the grammar on a string, with the same
// context (an error handler that also tags AST positions) as grammar/find.cpp's
// parse_with, and to compare the AST nodes the rules give.
//
//   parse_ok("72/1", grammar::act_number(), expect::number("72/1"));
//   parse_fails("72", grammar::act_number());
//   parse_prefix("A/78/482.", grammar::doc_symbol(), expect::symbol("A/78/482"), "A/78/482");
#pragma once

#include <catch2/catch.hpp>

#include <functional>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "ast.hpp"
#include "citation.hpp"
#include "clause.hpp"
#include "config.hpp"
#include "resolve.hpp"

namespace resograph::test {

namespace x3 = boost::spirit::x3;

/// Runs `rule` at the start of `text`; gives whether it matched and how many bytes it took.
template <class Rule, class Attribute>
bool run_rule(const std::string& text, const Rule& rule, Attribute& attribute, std::size_t& consumed) {
  std::ostringstream ignored;
  auto first = text.begin();
  grammar::error_handler_type handler(text.begin(), text.end(), ignored);
  auto const parser = x3::with<x3::error_handler_tag>(std::ref(handler))[rule];
  const bool ok = x3::parse(first, text.end(), parser, attribute);
  consumed = static_cast<std::size_t>(first - text.begin());
  return ok;
}

// ---------------------------------------------------------------- showing AST nodes

inline std::string show(const ast::Date& d) {
  return "Date(" + std::to_string(d.day) + "," + std::to_string(d.month) + "," + std::to_string(d.year) + ")";
}
inline std::string show(const ast::ActNumber& n) {
  return "ActNumber(base=" + n.base + ",letters=" + n.letters + ",session=" + n.session + ")";
}
inline std::string show(const ast::ActNoun& n) {
  return "ActNoun(determiner=" + n.determiner + ",noun=" + n.noun + ")";
}
inline std::string show(const ast::DocSymbol& s) { return "DocSymbol(" + s.text + ")"; }
inline std::string show(const ast::Title& t) { return "Title(" + t.text + ")"; }
inline std::string show(const ast::Marker& m) { return "Marker(" + m.digits + ")"; }
inline std::string show(const ast::Relative& r) { return "Relative(" + r.text + ")"; }
inline std::string show(const ast::AdoptedBy& a) { return "AdoptedBy(" + a.text + ")"; }
inline std::string show(const ast::Verb& v) {
  return "Verb(" + std::string(relation_name(v.relation)) + ",adverbs=" + v.adverbs + ")";
}
inline std::string show(const ast::PastVerb& v) {
  return "PastVerb(auxiliary=" + v.auxiliary + "," + std::string(relation_name(v.relation)) + ")";
}
inline std::string show(const ast::TreatySeries& t) {
  std::string out = "TreatySeries(vol.";
  for (unsigned volume : t.volumes) out += " " + std::to_string(volume);
  return out + ", n." + std::to_string(t.number) + ")";
}
inline std::string show(const ast::Name& n) { return "Name(head=" + n.head + ",tail=" + n.tail + ")"; }
inline std::string show(const ast::Ibid&) { return "Ibid"; }
inline std::string show(const ast::Annex&) { return "Annex"; }
inline std::string show(const ast::Known& k) { return "Known(" + k.text + ")"; }
inline std::string show(const ast::Token& token) {
  return boost::apply_visitor([](const auto& node) { return show(node); }, token.get());
}

// ---------------------------------------------------------------- expected nodes

namespace expect {
inline ast::Date date(unsigned day, unsigned month, unsigned year) {
  ast::Date d;
  d.day = day;
  d.month = month;
  d.year = year;
  return d;
}
inline ast::ActNumber number(std::string base, std::string letters = "", std::string session = "") {
  ast::ActNumber n;
  n.base = std::move(base);
  n.letters = std::move(letters);
  n.session = std::move(session);
  return n;
}
inline ast::ActNoun noun(std::string determiner, std::string noun) {
  ast::ActNoun n;
  n.determiner = std::move(determiner);
  n.noun = std::move(noun);
  return n;
}
inline ast::DocSymbol symbol(std::string text) {
  ast::DocSymbol s;
  s.text = std::move(text);
  return s;
}
inline ast::Title title(std::string text) {
  ast::Title t;
  t.text = std::move(text);
  return t;
}
inline ast::Marker marker(std::string digits) {
  ast::Marker m;
  m.digits = std::move(digits);
  return m;
}
inline ast::Relative relative(std::string text) {
  ast::Relative r;
  r.text = std::move(text);
  return r;
}
inline ast::AdoptedBy adopted_by(std::string text) {
  ast::AdoptedBy a;
  a.text = std::move(text);
  return a;
}
inline ast::Verb verb(ast::Relation relation, std::string adverbs = "") {
  ast::Verb v;
  v.relation = relation;
  v.adverbs = std::move(adverbs);
  return v;
}
inline ast::PastVerb past(std::string auxiliary, ast::Relation relation) {
  ast::PastVerb v;
  v.auxiliary = std::move(auxiliary);
  v.relation = relation;
  return v;
}
inline ast::TreatySeries treaty(std::vector<unsigned> volumes, unsigned number) {
  ast::TreatySeries t;
  t.volumes = std::move(volumes);
  t.number = number;
  return t;
}
inline ast::Name name(std::string head, std::string tail) {
  ast::Name n;
  n.head = std::move(head);
  n.tail = std::move(tail);
  return n;
}
}  // namespace expect

// ---------------------------------------------------------------- checks

/// `rule` matches the whole of `input` and gives `expected`.
template <class Rule>
void parse_ok(const std::string& input, const Rule& rule, const typename Rule::attribute_type& expected) {
  typename Rule::attribute_type attribute{};
  std::size_t consumed = 0;
  INFO("rule \"" << rule.name << "\" on \"" << input << "\"");
  const bool ok = run_rule(input, rule, attribute, consumed);
  CHECK(ok);
  if (!ok) return;
  CHECK(input.substr(0, consumed) == input);
  CHECK(show(attribute) == show(expected));
}

/// `rule` matches the start of `input`, exactly `matched`, and gives `expected`.
template <class Rule>
void parse_prefix(const std::string& input, const Rule& rule, const typename Rule::attribute_type& expected,
                  const std::string& matched) {
  typename Rule::attribute_type attribute{};
  std::size_t consumed = 0;
  INFO("rule \"" << rule.name << "\" on \"" << input << "\"");
  const bool ok = run_rule(input, rule, attribute, consumed);
  CHECK(ok);
  if (!ok) return;
  CHECK(input.substr(0, consumed) == matched);
  CHECK(show(attribute) == show(expected));
}

/// `rule` does not match at the start of `input`.
template <class Rule>
void parse_fails(const std::string& input, const Rule& rule) {
  typename Rule::attribute_type attribute{};
  std::size_t consumed = 0;
  INFO("rule \"" << rule.name << "\" on \"" << input << "\"");
  CHECK_FALSE(run_rule(input, rule, attribute, consumed));
}

/// `rule` does not match the whole of `input` (it fails, or stops early).
template <class Rule>
void parse_not_whole(const std::string& input, const Rule& rule) {
  typename Rule::attribute_type attribute{};
  std::size_t consumed = 0;
  INFO("rule \"" << rule.name << "\" on \"" << input << "\"");
  const bool ok = run_rule(input, rule, attribute, consumed);
  CHECK((!ok || consumed < input.size()));
}

}  // namespace resograph::test
