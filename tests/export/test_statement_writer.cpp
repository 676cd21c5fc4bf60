// Export stage, streaming (export/statement_writer.hpp): the native writer of
// documents' own statements against its reference, libserd's writer
// (support/serd_reference.hpp): the corpus's statements and a table of edge
// cases, in the four formats, byte for byte; and failures where Serd fails.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <sstream>
#include <vector>

#include "build.hpp"
#include "support/fixtures.hpp"
#include "support/serd_reference.hpp"
#include "vocab.hpp"

using namespace resograph;
using namespace resograph::test;
using exporter::Format;
using namespace std::string_literals;

namespace {

const std::string base = "https://w3id.org/resograph/id/";
const std::vector<Format> formats = {Format::turtle, Format::ntriples, Format::nquads, Format::trig};
const std::string rg(vocab::rg), rdf(vocab::rdf), xsd(vocab::xsd), oa(vocab::oa), ex = "http://example.org/";

/// A triple that owns its terms.
struct Triple {
  std::string subject, predicate;
  graph::Term::Kind kind;
  std::string object, language = {}, datatype = {};
};

Triple iri(std::string s, std::string p, std::string o) {
  return {std::move(s), std::move(p), graph::Term::Kind::iri, std::move(o)};
}
Triple text(std::string s, std::string p, std::string value, std::string language = {}) {
  return {std::move(s), std::move(p), graph::Term::Kind::literal, std::move(value), std::move(language)};
}
Triple typed(std::string s, std::string p, std::string value, std::string datatype) {
  return {std::move(s), std::move(p), graph::Term::Kind::literal, std::move(value), {}, std::move(datatype)};
}

BothTexts write_statements(Format format, const exporter::Prefixes& prefixes, const std::string& graph_iri,
                           const std::vector<Triple>& statements) {
  return test::write_both(format, prefixes, graph_iri, [&](graph::TripleSink& sink) {
    for (const Triple& s : statements) {
      sink.add(graph::Term::iri(s.subject), graph::Term::iri(s.predicate),
               graph::Term{s.kind, s.object, s.language, s.datatype});
    }
  });
}

/// Which statements' predicates and IRI objects are passed with a vocabulary id.
enum class Numbered { all, every_other };

/// As write_statements, with a vocabulary id for each predicate and IRI object
/// (the first 63 IRIs so passed, in the order met; the others have none):
/// the sink keeps their texts.
BothTexts write_numbered(Format format, const exporter::Prefixes& prefixes, const std::string& graph_iri,
                         const std::vector<Triple>& statements, Numbered numbered) {
  std::map<std::string, std::uint8_t, std::less<>> ids;
  const auto term = [&](const std::string& iri, bool with_id) {
    if (!with_id) return graph::Term::iri(iri);
    const auto id = static_cast<std::uint8_t>(ids.size() + 1);
    if (id >= graph::Term::vocabulary_ids && !ids.contains(iri)) return graph::Term::iri(iri);
    return graph::Term::vocabulary(iri, ids.emplace(iri, id).first->second);
  };
  return test::write_both(format, prefixes, graph_iri, [&](graph::TripleSink& sink) {
    for (std::size_t i = 0; i < statements.size(); ++i) {
      const Triple& s = statements[i];
      const bool with_id = numbered == Numbered::all || i % 2 == 0;
      const graph::Term object = s.kind == graph::Term::Kind::iri
                                     ? term(s.object, with_id)
                                     : graph::Term{s.kind, s.object, s.language, s.datatype};
      sink.add(graph::Term::iri(s.subject), term(s.predicate, with_id), object);
    }
  });
}

/// The texts, bytes below 0x20 and above 0x7E shown as \xNN, for messages.
std::string shown(const std::string& text) {
  std::ostringstream out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == '\n') {
      out << "\\n\n";
    } else if (byte < 0x20 || byte > 0x7E) {
      out << "\\x"
          << "0123456789ABCDEF"[byte >> 4] << "0123456789ABCDEF"[byte & 15];
    } else {
      out << c;
    }
  }
  return out.str();
}

std::string format_name(Format format) {
  switch (format) {
    case Format::turtle: return "Turtle";
    case Format::ntriples: return "N-Triples";
    case Format::nquads: return "N-Quads";
    case Format::trig: return "TriG";
  }
  return "";
}

void check_same(const BothTexts& texts) {
  INFO("native:\n" << shown(texts.native) << "\nSerd:\n" << shown(texts.serd));
  CHECK(texts.native == texts.serd);
  CHECK(texts.native_ok == texts.serd_ok);
}

/// The standard prefixes and rdf:, odd names and a prefix IRI twice.
exporter::Prefixes odd_prefixes() {
  auto prefixes = exporter::standard_prefixes(base);
  prefixes.insert(prefixes.end(), {{"rdf", rdf}, {"", ex + "empty/"}, {"a-b", ex + "dash#"}, {"ex", ex}, {"ex2", ex}});
  return prefixes;
}

struct EdgeCase {
  std::string name;
  std::vector<Triple> statements;
};

std::vector<EdgeCase> edge_cases() {
  const std::string s = base + "file/a.txt/act1/p1", s2 = base + "file/a.txt/act1/p2";
  const std::string p = rg + "text", q = rg + "number", w3 = "http://www.w3.org/";
  // Characters past ASCII, whole or not, at every place in sixteen bytes.
  std::vector<Triple> long_strings;
  for (std::size_t shift = 0; shift < 16; ++shift) {
    const std::string before(shift, 'a');
    long_strings.push_back(text(s, p, before + "Résolution adoptée par l’Assemblée générale « texte » 😀 fin", "fr"));
    long_strings.push_back(text(s, p, before + "\xC3\xA9\xC3(not a continuation)\xF8\xE2\x82 and \x80\xBF lone ones"));
    long_strings.push_back(text(s, p, before + "a lead takes in a quote \xC3\" and a line end \xE2\n\x82 here"));
    long_strings.push_back(text(s, p, before + "0123456789abcdef cut at the end \xF0\x9F\x98"));
    long_strings.push_back(text(s, p, before + "a byte that leads nothing, \xF8, alone among ASCII, or \xFF"));
  }
  std::vector<EdgeCase> cases = {
      {"nothing", {}},
      {"one statement", {iri(s, rdf + "type", rg + "Paragraph")}},
      {"same subject, same predicate, new subject, back to the first",
       {iri(s, p, rg + "a"), iri(s, p, rg + "b"), iri(s, q, rg + "a"), iri(s, p, rg + "c"), iri(s2, p, rg + "a"),
        iri(s2, p, rg + "a"), iri(s, p, rg + "a")}},
      {"prefixed names: subjects, predicates, objects; letters and digits only",
       {iri(rg + "Subject1", rg + "p2", rg + "Object3"), iri(rg + "with-dash", rg + "with_underscore", rg + "a.b"),
        iri(rg + "r\xC3\xA9sum\xC3\xA9", rg, rg + "x y"), iri(ex + "dash#x", ex + "empty/y", ex + "z"),
        iri(ex + "dash#", ex + "empty/", ex)}},
      {"rdf:type and rdf:nil",
       {iri(s, rdf + "type", rdf + "type"), iri(s, rdf + "nil", rdf + "nil"),
        iri(rdf + "nil", rdf + "type", rdf + "nil"), typed(s, p, "x", rdf + "nil"), iri(s, rdf + "type", rdf + "typex"),
        iri(s, rdf + "typ", rdf + "nilx"), iri(s, rdf + "type\0tail"s, rdf + "nil\0"s)}},
      {"IRIs that start as the last written in full: escapes, prefixed names and rdf:nil after it",
       {iri(s, p, s + "/c1"), iri(s + "/c1", p, s + "/c1/selector"), iri(s, p, s + " x"), iri(s + " x", p, s + " y"),
        iri(s, p, ex + "dash#x/y"), iri(ex + "dash#x/y", p, ex + "dash#z"), iri(s, p, s + "\xC3"),
        iri(s + "\xC3\xA9", p, s + "\xC3\xA9/\xFF"), iri(rdf + "nilx", p, rdf + "nil"), iri(rdf + "nil", p, "")}},
      {"IRIs that start as the last written in full, but for less than a prefix's IRI",
       {iri(s, p, w3 + "2000/01/x"), iri(s, p, w3 + "2000/01/rdf-schema#label"), iri(s, p, w3 + "2000/01/y"),
        iri(s, p, w3 + "2001/XMLSchema#x"), iri(s, p, w3 + "2001/XMLSchema"), iri(s, p, w3 + "2000/01/rdf-schema#a-b"),
        iri(w3 + "2000/01/z", p, w3 + "2000/01/rdf-schema#"), iri(ex + "dash", p, ex + "dash#x"),
        iri(ex + "emptx", p, ex + "empty/y"), iri(rdf + "nilx", p, rdf + "nil")}},
      {"IRIs without a prefix, relative IRIs",
       {iri("relative", "p", "o"), iri("", "", ""), iri(std::string(vocab::owl) + "sameAs", ex + "p/q", "urn:x:y"),
        iri("1a:b", "a+b-c.d:e", "a:")}},
      {"typed literals",
       {typed(s, p, "12", xsd + "integer"), typed(s, p, "-0012", xsd + "integer"), typed(s, p, "true", xsd + "boolean"),
        typed(s, p, "not a \"number\"\n", xsd + "integer"), typed(s, p, "5.0", xsd + "decimal"),
        typed(s, p, "5.", xsd + "decimal"), typed(s, p, "5", xsd + "decimal"), typed(s, p, ".5", xsd + "decimal"),
        typed(s, p, "", xsd + "decimal"), typed(s, p, "5\0.5"s, xsd + "decimal"),
        typed(s, p, "2017-09-27", xsd + "date"), typed(s, p, "x", ex + "datatype"), typed(s, p, "x", "relative"),
        typed(s, p, "x", xsd), typed(s, p, "1", xsd + "integer\0x"s), typed(s, p, "1", xsd + "integerx")}},
      {"language tags",
       {text(s, p, "texte", "fr"), text(s, p, "text", "en-GB"), text(s, p, "odd", "a b\"\n\xC3"),
        Triple{s, p, graph::Term::Kind::literal, "12", "fr", xsd + "integer"},
        Triple{s, p, graph::Term::Kind::literal, "x", "fr", xsd + "date"}}},
      {"short and long strings",
       {text(s, p, ""), text(s, p, "tab\there"), text(s, p, "line\nend"), text(s, p, "carriage\rreturn"),
        text(s, p, "a \"quote\""), text(s, p, "\""), text(s, p, "\"\""), text(s, p, "\"\"\""), text(s, p, "a\"\"\"\"b"),
        text(s, p, "end\""), text(s, p, "end\"\""), text(s, p, "\"\"start"), text(s, p, "\"a\"b\"c\"\"d\"\"\"e")}},
      {"escapes in short strings",
       {text(s, p, "back\\slash"), text(s, p, "\b\f\x01\x1F\x7F"), text(s, p, "nul\0byte"s),
        text(s, p, "\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80")}},
      {"escapes in long strings",
       {text(s, p, "\"back\\slash"), text(s, p, "\"\b\f\t\r\n\x01\x1F\x7F"), text(s, p, "\"\0"s),
        text(s, p, "\n\xC3\xA9\"\xE2\x82\xAC")}},
      {"invalid UTF-8 in strings",
       {text(s, p, "lone \x80 continuation"), text(s, p, "\xFF\xFE\x80z"), text(s, p, "\xC3(not a continuation"),
        text(s, p, "overlong \xC0\xAF"), text(s, p, "cut \xC3"), text(s, p, "cut \xE2\x82"),
        text(s, p, "cut \xF0\x9F\x98"), text(s, p, "\xC3\""), text(s, p, "\n\x80\"\xC3\""),
        text(s, p, "\xF8\xC3\xA9 after")}},
      {"long strings: characters past ASCII across steps of sixteen bytes", long_strings},
      {"escapes in IRIs",
       {iri(ex + "a b<c>d\"e{f|g}h^i`j\\k", ex + "\x01\x1F\x7F~", ex + "r\xC3\xA9sum\xC3\xA9"),
        iri(ex + "bad\x80\xFF\xC3\xA9x", ex + "cut\xC3", ex + "cut\xF0\x9F"), iri("\0"s, p, "\xE2")}},
  };
  return cases;
}

}  // namespace

TEST_CASE("the corpus's own statements are written as Serd writes them, in every format", "[export]") {
  const auto prefixes = exporter::standard_prefixes(base);
  graph::Model model;
  const graph::GraphBuilder builder(model, base);
  std::size_t source_bytes = 0, turtle_bytes = 0;
  for (const std::string& stem : corpus_stems) {
    const Document document = corpus_document(stem);
    const Resolved resolved = resolver().resolve(document);
    const graph::PreparedDocument prepared = builder.prepare(document, resolved);
    for (const Format format : formats) {
      INFO(stem << ", " << format_name(format));
      const BothTexts texts = test::write_both(format, prefixes, prepared.file_iri, [&](graph::TripleSink& sink) {
        builder.add_own(document, resolved, prepared, sink);
      });
      CHECK(texts.native_ok);
      check_same(texts);
      if (format == Format::turtle) turtle_bytes += texts.native.size();
    }
    source_bytes += document.source.bytes.size();
  }
  CHECK(turtle_bytes > source_bytes);  // paragraphs and citations were written
}

TEST_CASE("edge cases are written as Serd writes them, in every format", "[export]") {
  for (const auto& [prefix_set, prefixes] :
       {std::pair{"standard prefixes", exporter::standard_prefixes(base)}, std::pair{"odd prefixes", odd_prefixes()},
        std::pair{"no prefixes", exporter::Prefixes{}}}) {
    for (const EdgeCase& edge_case : edge_cases()) {
      for (const Format format : formats) {
        for (const std::string& graph :
             {base + "file/a.txt", std::string(), rg + "graph", rdf + "nil", std::string("g")}) {
          INFO(edge_case.name << ", " << prefix_set << ", " << format_name(format) << ", graph <" << graph << ">");
          check_same(write_statements(format, prefixes, graph, edge_case.statements));
        }
      }
    }
  }
}

TEST_CASE("vocabulary IRIs are written as Serd writes them, kept or not, in every format", "[export]") {
  // The table again, its predicates and IRI objects numbered: all of them, or
  // those of every other statement (the same IRI comes with and without).
  std::vector<Triple> everything;
  for (const EdgeCase& edge_case : edge_cases()) {
    everything.insert(everything.end(), edge_case.statements.begin(), edge_case.statements.end());
  }
  const std::vector<EdgeCase> cases = {{"all edge cases in a row", everything}};
  for (const auto& [prefix_set, prefixes] :
       {std::pair{"standard prefixes", exporter::standard_prefixes(base)}, std::pair{"odd prefixes", odd_prefixes()},
        std::pair{"no prefixes", exporter::Prefixes{}}}) {
    for (const std::vector<EdgeCase>& table : {edge_cases(), cases}) {
      for (const EdgeCase& edge_case : table) {
        for (const Format format : formats) {
          for (const Numbered numbered : {Numbered::all, Numbered::every_other}) {
            INFO(edge_case.name << ", " << prefix_set << ", " << format_name(format)
                                << (numbered == Numbered::all ? ", all numbered" : ", every other numbered"));
            check_same(write_numbered(format, prefixes, base + "file/a.txt", edge_case.statements, numbered));
          }
        }
      }
    }
  }
}

TEST_CASE("vocabulary ids out of range are taken for none", "[export]") {
  const std::string s = rg + "s", p = rg + "p", q = rg + "q";
  for (const Format format : formats) {
    INFO(format_name(format));
    const BothTexts texts = test::write_both(format, exporter::standard_prefixes(base), rg + "g", [&](auto& sink) {
      const auto out_of_range = static_cast<std::uint8_t>(graph::Term::vocabulary_ids);
      sink.add(graph::Term::iri(s), graph::Term::vocabulary(p, out_of_range), graph::Term::vocabulary(q, 255));
      sink.add(graph::Term::iri(s), graph::Term::vocabulary(q, out_of_range), graph::Term::vocabulary(p, 255));
      sink.add(graph::Term::iri(s), graph::Term::vocabulary(q, 255), graph::Term::iri(q));
    });
    check_same(texts);
  }
}

TEST_CASE("each statement alone is written as Serd writes it, in every format", "[export]") {
  // The table again, one statement at a time: what comes first and last.
  for (const EdgeCase& edge_case : edge_cases()) {
    for (const Triple& statement : edge_case.statements) {
      for (const Format format : formats) {
        INFO(edge_case.name << ", " << format_name(format) << ": " << shown(statement.object));
        check_same(write_statements(format, odd_prefixes(), base + "file/a.txt", {statement}));
      }
    }
  }
}

TEST_CASE("Serd 0.30.16's layout: blocks of subjects, TriG graph blocks", "[export]") {
  const std::string s = rg + "s", s2 = rg + "s2", p = rg + "p", q = rg + "q";
  const std::vector<Triple> statements = {iri(s, p, rg + "a"), iri(s, p, rg + "b"), text(s, q, "x", "fr"),
                                          typed(s2, rdf + "type", "1", xsd + "integer")};
  const auto prefixes = exporter::standard_prefixes(base);
  CHECK(write_statements(Format::turtle, prefixes, "g", statements).native ==
        "rg:s\n\trg:p rg:a ,\n\t\trg:b ;\n\trg:q \"x\"@fr .\n\nrg:s2\n\ta 1 .\n\n");
  CHECK(write_statements(Format::trig, prefixes, rg + "g", statements).native ==
        "rg:g {\n\t rg:s\n\t\trg:p rg:a ,\n\t\t\trg:b ;\n\t\trg:q \"x\"@fr .\n\nrg:s2\n\t\ta 1 .\n\n }\n\t\t");
  CHECK(write_statements(Format::nquads, prefixes, rg + "g", {statements[2]}).native ==
        "<" + s + "> <" + q + "> \"x\"@fr <" + rg + "g> .\n");
}

TEST_CASE("N-Triples and N-Quads fail on relative IRIs, where Serd does, with the line cut short", "[export]") {
  const std::string s = rg + "s", p = rg + "p";
  for (const Format format : {Format::ntriples, Format::nquads}) {
    INFO(format_name(format));
    const BothTexts object = write_statements(format, {}, rg + "g", {iri(s, p, "relative"), iri(s, p, rg + "o")});
    CHECK_FALSE(object.native_ok);
    check_same(object);
    CHECK(object.native.starts_with("<" + s + "> <" + p + "> <" + s + ">"));
    const BothTexts graph = write_statements(format, {}, "relative", {iri(s, p, rg + "o")});
    CHECK(graph.native_ok == (format == Format::ntriples));
    check_same(graph);
  }
  CHECK(write_statements(Format::turtle, {}, "", {iri("relative", "p", "o")}).native_ok);
}
