// Fuzz target: the native writer of documents' own statements
// (export/statement_writer.hpp) against libserd's writer, its reference
// (tests/support/serd_reference.hpp). Bytes → prefixes, a graph and a
// sequence of statements (IRIs with and without the standard prefixes, with
// and without vocabulary ids, literals of any bytes, language tags, datatypes) → the text of each of the
// four formats, written by both; any difference, in the text or in the
// success of the writes, aborts with both texts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "support/serd_reference.hpp"
#include "vocab.hpp"

namespace {

using namespace resograph;

/// Reads the input as a sequence of choices and strings; past its end,
/// every choice is 0 and every string empty.
class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : at_(data), end_(data + size) {}
  bool done() const { return at_ == end_; }
  unsigned byte() { return at_ == end_ ? 0 : *at_++; }
  /// One of `pool`, or (the byte past the pool's end) bytes of the input.
  std::string pick(const std::vector<std::string>& pool) {
    const unsigned choice = byte() % (pool.size() + 1);
    return choice < pool.size() ? pool[choice] : bytes();
  }
  /// Up to 63 bytes of the input, any bytes.
  std::string bytes() {
    const std::size_t wanted = byte() % 64;  // read before the bytes left are counted
    const std::size_t size = std::min<std::size_t>(wanted, static_cast<std::size_t>(end_ - at_));
    std::string text(reinterpret_cast<const char*>(at_), size);
    at_ += size;
    return text;
  }

 private:
  const std::uint8_t* at_;
  const std::uint8_t* end_;
};

const std::string rdf(vocab::rdf), xsd(vocab::xsd), rg(vocab::rg), ex = "http://example.org/";

/// Namespaces: the standard prefixes', rdf:, others, none, relative ones.
const std::vector<std::string> namespaces = {rg,
                                             std::string(vocab::dcterms),
                                             std::string(vocab::oa),
                                             xsd,
                                             rdf,
                                             std::string(vocab::owl),
                                             std::string(vocab::default_base) + "file/a.txt/act1/p",
                                             ex,
                                             ex + "empty/",
                                             ex + "dash#",
                                             "",
                                             "relative/",
                                             "urn:x:",
                                             "1a:",
                                             "a+b-c.d:"};
const std::vector<std::string> locals = {"",        "type",    "nil",        "Paragraph", "text",
                                         "integer", "boolean", "decimal",    "date",      "a-b",
                                         "x_y",     "a.b",     "r\xC3\xA9s", "12",        "a b"};
const std::vector<std::string> languages = {"fr", "en-GB", "x"};
const std::vector<std::string> values = {
    "",   "12",           "-0012",    "5.0",          "5.",    ".5",           "true",     "texte",
    "\"", "\"\"",         "\"\"\"",   "a\"\"\"\"b",   "end\"", "line\nend",    "\r",       "\t",
    "\\", "\b\f\x01\x7F", "\xC3\xA9", "\xE2\x82\xAC", "\xC3",  "\xF0\x9F\x98", "\x80\xFF", "\xC3\""};

std::string iri(Input& input) {
  const std::string space = input.pick(namespaces);
  return space + input.pick(locals);
}

/// The standard prefixes; with rdf:, odd names and a prefix IRI twice; none.
exporter::Prefixes prefixes(unsigned choice) {
  auto standard = exporter::standard_prefixes(vocab::default_base);
  switch (choice % 3) {
    case 0: return standard;
    case 1:
      standard.insert(
          standard.end(),
          {{"rdf", rdf}, {"", ex + "empty/"}, {"a-b", ex + "dash#"}, {"ex", ex}, {"ex2", ex}, {"rel", "rel/"}});
      return standard;
    default: return {};
  }
}

struct Statement {
  std::string subject, predicate;
  graph::Term::Kind kind;
  std::string object, language, datatype;
  /// Vocabulary ids (graph::Term::vocabulary_id) of the predicate and an IRI object.
  std::uint8_t predicate_id = 0, object_id = 0;
};

std::vector<Statement> statements(Input& input) {
  std::vector<Statement> decoded;
  // Vocabulary ids, given in the order IRIs are first numbered.
  std::map<std::string, std::uint8_t> ids;
  const auto id = [&](const std::string& iri, bool numbered) -> std::uint8_t {
    if (!numbered || (ids.size() + 1 >= graph::Term::vocabulary_ids && !ids.contains(iri))) return 0;
    return ids.emplace(iri, static_cast<std::uint8_t>(ids.size() + 1)).first->second;
  };
  while (!input.done() && decoded.size() < 64) {
    const unsigned choice = input.byte();
    Statement s;
    // Runs of the same subject and predicate, as documents have them.
    s.subject = decoded.empty() || choice & 1 ? iri(input) : decoded.back().subject;
    s.predicate = decoded.empty() || choice & 2 ? iri(input) : decoded.back().predicate;
    switch ((choice >> 2) % 5) {
      case 0: s = {s.subject, s.predicate, graph::Term::Kind::iri, iri(input), {}, {}}; break;
      case 1: s = {s.subject, s.predicate, graph::Term::Kind::literal, input.pick(values), {}, {}}; break;
      case 2:
        s = {s.subject, s.predicate, graph::Term::Kind::literal, input.pick(values), input.pick(languages), {}};
        break;
      case 3: s = {s.subject, s.predicate, graph::Term::Kind::literal, input.pick(values), {}, iri(input)}; break;
      default:  // both a language and a datatype
        s = {s.subject, s.predicate, graph::Term::Kind::literal, input.pick(values), input.pick(languages), iri(input)};
    }
    // Long strings, their characters at every place in the writer's steps.
    if (choice & 0x80 && s.kind == graph::Term::Kind::literal) {
      const std::string value = s.object + ' ';
      for (int copies = 0; copies < 6; ++copies) s.object += value;
    }
    // The same IRI may come numbered and not.
    s.predicate_id = id(s.predicate, choice & 0x20);
    if (s.kind == graph::Term::Kind::iri) s.object_id = id(s.object, choice & 0x40);
    decoded.push_back(std::move(s));
  }
  return decoded;
}

void show(const char* name, const std::string& text, bool ok) {
  std::fprintf(stderr, "---- %s (%s):\n", name, ok ? "ok" : "failed");
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == '\n' || (byte >= 0x20 && byte < 0x7F)) {
      std::fputc(c, stderr);
    } else {
      std::fprintf(stderr, "\\x%02X", byte);
    }
  }
  std::fputc('\n', stderr);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input input(data, size);
  const exporter::Prefixes chosen = prefixes(input.byte());
  const std::string graph = input.byte() % 4 == 0 ? std::string() : iri(input);
  const std::vector<Statement> decoded = statements(input);
  for (const auto format :
       {exporter::Format::turtle, exporter::Format::ntriples, exporter::Format::nquads, exporter::Format::trig}) {
    const test::BothTexts texts = test::write_both(format, chosen, graph, [&](graph::TripleSink& sink) {
      for (const Statement& s : decoded) {
        sink.add(graph::Term::iri(s.subject), graph::Term::vocabulary(s.predicate, s.predicate_id),
                 graph::Term{s.kind, s.object, s.language, s.datatype, s.object_id});
      }
    });
    if (!texts.same()) {
      std::fprintf(stderr, "fuzz_writer: format %d: the native text is not Serd's\n", static_cast<int>(format));
      show("native", texts.native, texts.native_ok);
      show("Serd", texts.serd, texts.serd_ok);
      std::abort();
    }
  }
  return 0;
}
