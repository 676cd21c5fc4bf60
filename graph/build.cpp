#include "build.hpp"

#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

#include "vocab.hpp"

namespace resograph::graph {

namespace {

bool is_iri_safe(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("-._~/()!$&'*+,;=@:").find(static_cast<char>(c)) != std::string_view::npos || c >= 0x80;
}

/// Words of a name joined by hyphens, ASCII letters kept: an IRI segment.
std::string slug(std::string_view normalised) {
  std::string out;
  for (char c : normalised) out += c == ' ' ? '-' : c;
  return out;
}

std::string_view language_code(std::string_view language) {
  if (language.starts_with("anglais")) return "en";
  if (language.starts_with("français")) return "fr";
  if (language.starts_with("espagnol")) return "es";
  if (language.starts_with("arabe")) return "ar";
  if (language.starts_with("chinois")) return "zh";
  if (language.starts_with("russe")) return "ru";
  return "";
}

/// undocs.org permalink of a keyed act or document, where the UN has one.
std::string undocs_link(std::string_view key) {
  std::string link(vocab::undocs);
  if (key.starts_with("doc:")) return link + encode_iri_path(key.substr(4));
  if (key.starts_with("res:GA:")) return link + "A/RES/" + encode_iri_path(key.substr(7));
  if (key.starts_with("res:ECOSOC:")) return link + "E/RES/" + encode_iri_path(key.substr(11));
  if (key.starts_with("res:SC:")) return link + "S/RES/" + encode_iri_path(key.substr(7));
  if (key.starts_with("res:HRC:")) return link + "A/HRC/RES/" + encode_iri_path(key.substr(8));
  return "";
}

}  // namespace

std::string encode_iri_path(std::string_view text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_iri_safe(c) && c != ' ') {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string iri_of_key(std::string_view base, std::string_view key) {
  std::string path(key);
  for (char& c : path) {
    if (c == ':') c = '/';
  }
  return std::string(base) + encode_iri_path(path);
}

GraphBuilder::GraphBuilder(Model& model, std::string base)
    : model_(model), base_(std::move(base)), rg_(vocab::rg), type_(model_.uri(std::string(vocab::rdf) + "type")) {}

const Node& GraphBuilder::term(std::string_view prefix_iri, std::string_view local) {
  term_iri_.assign(prefix_iri).append(local);
  if (const auto it = terms_.find(term_iri_); it != terms_.end()) return it->second;
  return terms_.emplace(term_iri_, model_.uri(term_iri_)).first->second;
}

std::string GraphBuilder::entity_iri(const Entity& entity) const {
  if (!entity.key.empty()) return iri_of_key(base_, entity.key);
  return base_ + "instrument/" + encode_iri_path(slug(normalise_name(entity.label)));
}

Node GraphBuilder::describe(const Entity& entity, const Node& graph) {
  // Described once per document and form: the key (or the label as written),
  // the surface and the label. The IRI (a normalised label) is made on a miss.
  const std::string identity = entity.key + '\n' + entity.surface + '\n' + entity.label;
  if (const auto it = described_.find(identity); it != described_.end()) return it->second;
  Node node = model_.uri(entity_iri(entity));
  described_.emplace(identity, node);
  const Node& type = type_;
  if (!entity.rdf_class.empty()) model_.add(node, type, rg(entity.rdf_class), graph);
  if (entity.is_act()) model_.add(node, type, rg("Act"), graph);
  if (!entity.is_act() && !entity.is_agent() && entity.rdf_class != "Document") {
    model_.add(node, type, rg("Instrument"), graph);
  }
  if (!entity.key.empty()) {
    model_.add(node, rg("key"), model_.literal(entity.key), graph);
    const std::string link = undocs_link(entity.key);
    if (!link.empty()) model_.add(node, term(vocab::rdfs, "seeAlso"), model_.uri(link), graph);
  }
  if (!entity.label.empty()) {
    const bool named = !entity.is_act() && entity.rdf_class != "Document";
    model_.add(node, term(named ? vocab::skos : vocab::rdfs, named ? "prefLabel" : "label"),
               model_.literal(entity.label, "fr"), graph);
    if (named && !entity.surface.empty()) {
      model_.add(node, term(vocab::skos, "altLabel"), model_.literal(entity.surface, "fr"), graph);
    }
  }
  return node;
}

std::string GraphBuilder::act_iri(const Document& document, const Resolved& resolved, std::size_t index) const {
  const Entity& self = resolved.acts[index].self;
  if (!self.key.empty()) return entity_iri(self);
  return base_ + "file/" + encode_iri_path(document.source.name) + "/act" + std::to_string(index + 1);
}

std::string GraphBuilder::file_iri(const Document& document) const {
  return base_ + "file/" + encode_iri_path(document.source.name);
}

namespace {

/// Puts a document's own statements into the model, in the document's graph.
class ModelSink : public TripleSink {
 public:
  ModelSink(Model& model, Node graph) : model_(model), graph_(std::move(graph)) {}
  void add(const Term& subject, const Term& predicate, const Term& object) override {
    model_.add(node(subject), node(predicate), node(object), graph_);
  }

 private:
  Node node(const Term& term) {
    if (term.kind == Term::Kind::iri) return model_.uri(term.value);
    if (!term.datatype.empty()) return model_.typed(term.value, term.datatype);
    const std::string language(term.language);
    return model_.literal(term.value, language.empty() ? nullptr : language.c_str());
  }

  Model& model_;
  Node graph_;
};

}  // namespace

void GraphBuilder::add(const Document& document, const Resolved& resolved) {
  add_shared(document, resolved);
  ModelSink sink(model_, model_.uri(file_iri(document)));
  add_own(document, resolved, sink);
}

void GraphBuilder::add_shared(const Document& document, const Resolved& resolved) {
  // An entity is described once per graph: with named graphs, once per
  // document; in the default graph, once for the whole corpus.
  if (model_.has_named_graphs()) described_.clear();
  const std::string file = file_iri(document);
  const Node graph = model_.uri(file);
  const Node& type = type_;
  const Node source_file = model_.literal(document.source.name);
  const DocumentHeader& header = document.header;

  // The document: its own node, or its UN symbol's.
  const Node doc = resolved.document ? describe(*resolved.document, graph) : model_.uri(file);
  model_.add(doc, type, rg("Document"), graph);
  model_.add(doc, rg("sourceFile"), source_file, graph);
  if (header.date)
    model_.add(doc, term(vocab::dcterms, "date"), model_.typed(header.date->iso(), std::string(vocab::xsd) + "date"),
               graph);
  if (!header.symbol.empty()) model_.add(doc, rg("symbol"), model_.literal(header.symbol), graph);
  if (resolved.document_author) model_.add(doc, rg("author"), describe(*resolved.document_author, graph), graph);
  if (!header.session.empty()) model_.add(doc, rg("session"), model_.literal(header.session, "fr"), graph);
  if (!header.agenda_item.empty()) model_.add(doc, rg("agendaItem"), model_.literal(header.agenda_item, "fr"), graph);
  if (const auto code = language_code(header.original_language); !code.empty()) {
    model_.add(doc, rg("originalLanguage"), model_.typed(code, std::string(vocab::xsd) + "language"), graph);
  }

  const std::string stem = file + "/act";
  std::vector<Node> acts;
  for (std::size_t a = 0; a < document.acts.size(); ++a) {
    const Act& act = document.acts[a];
    const ResolvedAct& info = resolved.acts[a];
    const Node node = model_.uri(act_iri(document, resolved, a));
    acts.push_back(node);
    model_.add(node, type, rg("Act"), graph);
    model_.add(node, type, rg(info.self.rdf_class), graph);
    model_.add(node, term(vocab::dcterms, "title"), model_.literal(act.title, "fr"), graph);
    model_.add(node, rg("sourceFile"), source_file, graph);
    model_.add(node, rg("document"), doc, graph);
    if (!info.self.key.empty()) model_.add(node, rg("key"), model_.literal(info.self.key), graph);
    if (info.author) {
      const Node author = describe(*info.author, graph);
      model_.add(node, rg("author"), author, graph);
      if (act.status == ActStatus::adopted) model_.add(node, rg("adoptedBy"), author, graph);
    }
    for (const Entity& sponsor : info.sponsors) model_.add(node, rg("sponsor"), describe(sponsor, graph), graph);
    if (act.adopted_on) {
      model_.add(node, rg("adoptedOn"), model_.typed(act.adopted_on->iso(), std::string(vocab::xsd) + "date"), graph);
    }
    if (act.status != ActStatus::adopted && document.acts.size() == 1 && !header.symbol.empty()) {
      model_.add(node, rg("symbol"), model_.literal(header.symbol), graph);
    }
    const char* status = act.status == ActStatus::adopted ? "adopted"
                         : act.status == ActStatus::draft ? "draft"
                                                          : "revised draft";
    model_.add(node, rg("status"), model_.literal(status), graph);
    const Node paragraph_property = rg("paragraph");
    for (const Paragraph& paragraph : act.paragraphs) {
      model_.add(node, paragraph_property,
                 model_.uri(stem + std::to_string(a + 1) + "/p" + std::to_string(paragraph.position)), graph);
    }
  }

  // Relations stated by paragraphs (their provenance is the document's own part).
  for (const Statement& statement : resolved.statements) {
    const Node subject = statement.where.act >= 0 ? acts[static_cast<std::size_t>(statement.where.act)] : doc;
    model_.add(subject, rg(relation_name(statement.relation)), describe(statement.target, graph), graph);
  }
  for (const Fact& fact : resolved.facts) {
    const Node subject = describe(fact.subject, graph);
    if (fact.object) {
      model_.add(subject, rg(fact.property), describe(*fact.object, graph), graph);
    } else if (fact.property == "title") {
      model_.add(subject, term(vocab::dcterms, "title"), model_.literal(fact.value, "fr"), graph);
    } else if (fact.property == "topic") {
      model_.add(subject, term(vocab::dcterms, "subject"), model_.literal(fact.value, "fr"), graph);
    } else if (fact.property == "adoptedOn") {
      model_.add(subject, rg("adoptedOn"), model_.typed(fact.value, std::string(vocab::xsd) + "date"), graph);
    }
  }
}

namespace {

/// The decimal digits of a number, made without a string.
class Digits {
 public:
  explicit Digits(std::uint64_t value) : end_(std::to_chars(digits_, digits_ + sizeof digits_, value).ptr) {}
  std::string_view view() const { return {digits_, static_cast<std::size_t>(end_ - digits_)}; }

 private:
  char digits_[20];  // enough for any 64-bit number
  const char* end_;
};

/// The IRIs of the terms a document's own statements use, made once.
struct OwnTerms {
  std::string rg;
  std::string type = std::string(vocab::rdf) + "type";
  std::string integer = std::string(vocab::xsd) + "integer";
  std::string paragraph_class = rg + "Paragraph", citation_class = rg + "Citation";
  std::string text = rg + "text", kind = rg + "paragraphKind", number = rg + "number", position = rg + "position";
  std::string start_offset = rg + "startOffset", end_offset = rg + "endOffset";
  std::string subject = rg + "subject", relation = rg + "relation", target = rg + "target";
  std::string stated_in = rg + "statedIn", verb = rg + "verb", quote = rg + "quote";
  std::string has_selector = std::string(vocab::oa) + "hasSelector";
  std::string selector_class = std::string(vocab::oa) + "TextPositionSelector";
  std::string start = std::string(vocab::oa) + "start", end = std::string(vocab::oa) + "end";

  explicit OwnTerms(std::string rg_namespace) : rg(std::move(rg_namespace)) {}
};

}  // namespace

void GraphBuilder::add_own(const Document& document, const Resolved& resolved, TripleSink& sink) const {
  static const OwnTerms t{std::string(vocab::rg)};
  const auto iri = [](std::string_view value) { return Term::iri(value); };
  const auto integer = [&](const Digits& digits) { return Term::typed(digits.view(), t.integer); };
  const std::string stem = file_iri(document) + "/act";
  // IRIs are made in these buffers, whose storage serves every paragraph and
  // citation in turn.
  std::string p, citation, selector, property;
  const auto set_paragraph_iri = [&](std::size_t act_index, std::uint32_t position) {
    p.assign(stem).append(Digits(act_index + 1).view()).append("/p").append(Digits(position).view());
  };

  for (std::size_t a = 0; a < document.acts.size(); ++a) {
    for (const Paragraph& paragraph : document.acts[a].paragraphs) {
      set_paragraph_iri(a, paragraph.position);
      const SourceSpan span = paragraph.text.source_span(0, paragraph.text.size());
      sink.add(iri(p), iri(t.type), iri(t.paragraph_class));
      sink.add(iri(p), iri(t.text), Term::text(paragraph.text.text(), "fr"));
      sink.add(iri(p), iri(t.kind),
               Term::text(paragraph.kind == ParagraphKind::operative ? "operative" : "preambular"));
      if (!paragraph.number.empty()) sink.add(iri(p), iri(t.number), Term::text(paragraph.number));
      sink.add(iri(p), iri(t.position), integer(Digits(paragraph.position)));
      sink.add(iri(p), iri(t.start_offset), integer(Digits(span.begin)));
      sink.add(iri(p), iri(t.end_offset), integer(Digits(span.end)));
    }
  }

  // Each relation stated by a paragraph gets a citation node: which
  // paragraph, which verb, which bytes and characters.
  const std::string doc = resolved.document ? entity_iri(*resolved.document) : file_iri(document);
  // Entities recur in a document: their IRIs are made once, by key or (for
  // instruments known by name) by label.
  std::unordered_map<std::string, std::string> iris_by_key, iris_by_label;
  const auto iri_of = [&](const Entity& entity) -> const std::string& {
    const bool keyed = !entity.key.empty();
    auto [it, added] = (keyed ? iris_by_key : iris_by_label).try_emplace(keyed ? entity.key : entity.label);
    if (added) it->second = entity_iri(entity);
    return it->second;
  };
  std::vector<std::string> acts;
  for (std::size_t a = 0; a < document.acts.size(); ++a) acts.push_back(act_iri(document, resolved, a));
  // Citations are numbered within their paragraph, known by act and position.
  std::map<std::pair<std::size_t, std::uint32_t>, unsigned> citations_per_paragraph;
  const auto provenance = [&](const std::string& subject, const std::string& property, const std::string& target,
                              const Provenance& where) {
    if (where.act < 0 || where.paragraph < 0) return;
    const auto act_index = static_cast<std::size_t>(where.act);
    const Paragraph& paragraph = document.acts[act_index].paragraphs[static_cast<std::size_t>(where.paragraph)];
    set_paragraph_iri(act_index, paragraph.position);
    citation.assign(p).append("/c").append(Digits(++citations_per_paragraph[{act_index, paragraph.position}]).view());
    sink.add(iri(citation), iri(t.type), iri(t.citation_class));
    sink.add(iri(citation), iri(t.subject), iri(subject));
    sink.add(iri(citation), iri(t.relation), iri(property));
    sink.add(iri(citation), iri(t.target), iri(target));
    sink.add(iri(citation), iri(t.stated_in), iri(p));
    if (!where.verb.empty()) sink.add(iri(citation), iri(t.verb), Term::text(where.verb, "fr"));
    if (where.span.end > where.span.begin) {
      selector.assign(citation).append("/selector");
      const std::string_view quote =
          std::string_view(document.source.bytes).substr(where.span.begin, where.span.end - where.span.begin);
      sink.add(iri(citation), iri(t.start_offset), integer(Digits(where.span.begin)));
      sink.add(iri(citation), iri(t.end_offset), integer(Digits(where.span.end)));
      sink.add(iri(citation), iri(t.quote), Term::text(quote));
      sink.add(iri(citation), iri(t.has_selector), iri(selector));
      sink.add(iri(selector), iri(t.type), iri(t.selector_class));
      sink.add(iri(selector), iri(t.start), integer(Digits(document.source.char_offset(where.span.begin))));
      sink.add(iri(selector), iri(t.end), integer(Digits(document.source.char_offset(where.span.end))));
    }
  };
  for (const Statement& statement : resolved.statements) {
    const std::string& subject = statement.where.act >= 0 ? acts[static_cast<std::size_t>(statement.where.act)] : doc;
    property.assign(t.rg).append(relation_name(statement.relation));
    provenance(subject, property, iri_of(statement.target), statement.where);
  }
  for (const Fact& fact : resolved.facts) {
    if (fact.object) {
      property.assign(t.rg).append(fact.property);
      provenance(iri_of(fact.subject), property, iri_of(*fact.object), fact.where);
    }
  }
}

}  // namespace resograph::graph
