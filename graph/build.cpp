#include "build.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <deque>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "vocab.hpp"

namespace resograph::graph {

namespace {

/// The bytes an IRI path keeps as they are: ASCII letters and digits, some
/// punctuation, and all of 0x80 and more (UTF-8 stands in IRIs).
constexpr std::array<bool, 256> iri_path_bytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
               std::string_view("-._~/()!$&'*+,;=@:").find(static_cast<char>(c)) != std::string_view::npos;
  }
  return table;
}();

/// Appends `text` to `out`, percent-encoding what may not stand in an IRI path.
void append_iri_path(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  out.reserve(out.size() + text.size());
  const char* at = text.data();
  const char* const end = at + text.size();
  while (at != end) {
    const char* const run = at;
    while (at != end && iri_path_bytes[static_cast<unsigned char>(*at)]) ++at;
    out.append(run, at);
    if (at == end) break;
    const auto c = static_cast<unsigned char>(*at++);
    const char encoded[] = {'%', hex[c >> 4], hex[c & 15]};
    out.append(encoded, sizeof encoded);
  }
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

/// Whether a document's node is its own: named after its file (it has no UN
/// symbol), so no other document states anything of it.
bool owns_document_node(const Resolved& resolved) { return !resolved.document; }

/// Whether an act's node is its document's own: named after the file and
/// the act's place in it (the act has no number).
bool owns_act_node(const ResolvedAct& act) { return act.self.key.empty(); }

/// Whether the subject of a relation (its act, else the document) is a node
/// of the document's own.
bool owns_subject(const Resolved& resolved, const Statement& statement) {
  const std::int32_t act = statement.where.act;
  return act >= 0 ? owns_act_node(resolved.acts[static_cast<std::size_t>(act)]) : owns_document_node(resolved);
}

const char* status_name(ActStatus status) {
  return status == ActStatus::adopted ? "adopted" : status == ActStatus::draft ? "draft" : "revised draft";
}

}  // namespace

std::string encode_iri_path(std::string_view text) {
  std::string out;
  append_iri_path(out, text);
  return out;
}

std::string iri_of_key(std::string_view base, std::string_view key) {
  std::string iri(base);
  append_iri_path(iri, key);
  // Encoding keeps ':' and makes none.
  std::replace(iri.begin() + static_cast<std::ptrdiff_t>(base.size()), iri.end(), ':', '/');
  return iri;
}

GraphBuilder::GraphBuilder(Model& model, std::string base) : model_(model), base_(std::move(base)), rg_(vocab::rg) {
  const auto uri = [&](std::string_view prefix_iri, std::string_view local) {
    return model_.uri(std::string(prefix_iri).append(local));
  };
  Terms& t = terms_;
  t.type = uri(vocab::rdf, "type");
  t.act_class = uri(vocab::rg, "Act");
  t.instrument_class = uri(vocab::rg, "Instrument");
  t.title = uri(vocab::dcterms, "title");
  t.key = uri(vocab::rg, "key");
  t.adopted_on = uri(vocab::rg, "adoptedOn");
  t.subject = uri(vocab::dcterms, "subject");
  t.see_also = uri(vocab::rdfs, "seeAlso");
  t.pref_label = uri(vocab::skos, "prefLabel");
  t.alt_label = uri(vocab::skos, "altLabel");
  t.label = uri(vocab::rdfs, "label");
  t.xsd_date = uri(vocab::xsd, "date");
  for (auto r = static_cast<int>(ast::Relation::recalls); r <= static_cast<int>(ast::Relation::mentions); ++r) {
    t.relations.push_back(uri(vocab::rg, relation_name(static_cast<ast::Relation>(r))));
  }
}

const Node& GraphBuilder::term(std::string_view prefix_iri, std::string_view local) {
  term_iri_.assign(prefix_iri).append(local);
  if (const auto it = named_terms_.find(term_iri_); it != named_terms_.end()) return it->second;
  return named_terms_.emplace(term_iri_, model_.uri(term_iri_)).first->second;
}

std::string GraphBuilder::entity_iri(const Entity& entity) const {
  if (!entity.key.empty()) return iri_of_key(base_, entity.key);
  // A slug: the words of the name joined by hyphens.
  std::string words = normalise_name(entity.label);
  std::replace(words.begin(), words.end(), ' ', '-');
  std::string iri = base_;
  iri.append("instrument/");
  append_iri_path(iri, words);
  return iri;
}

Node GraphBuilder::describe(const PreparedDocument::NamedEntity& named, const Node& graph) {
  if (const auto it = described_.find(named.identity); it != described_.end()) return it->second;
  const Entity& entity = *named.entity;
  Node node = model_.uri(named.iri);
  described_.emplace(named.identity, node);
  const Terms& t = terms_;
  if (!entity.rdf_class.empty()) model_.add(node, t.type, rg(entity.rdf_class), graph);
  if (entity.is_act()) model_.add(node, t.type, t.act_class, graph);
  if (!entity.is_act() && !entity.is_agent() && entity.rdf_class != "Document") {
    model_.add(node, t.type, t.instrument_class, graph);
  }
  if (!entity.key.empty()) {
    model_.add(node, t.key, model_.literal(entity.key), graph);
    const std::string link = undocs_link(entity.key);
    if (!link.empty()) model_.add(node, t.see_also, model_.uri(link), graph);
  }
  if (!entity.label.empty()) {
    const bool named_thing = !entity.is_act() && entity.rdf_class != "Document";
    model_.add(node, named_thing ? t.pref_label : t.label, model_.literal(entity.label, "fr"), graph);
    if (named_thing && !entity.surface.empty()) {
      model_.add(node, t.alt_label, model_.literal(entity.surface, "fr"), graph);
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

PreparedDocument GraphBuilder::prepare(const Document& document, const Resolved& resolved) const {
  using Prepared = PreparedDocument;
  Prepared out;
  out.file_iri = file_iri(document);
  for (std::size_t a = 0; a < document.acts.size(); ++a) out.act_iris.push_back(act_iri(document, resolved, a));

  // Every mention gets room up front: the identities the index below views
  // must not move.
  std::size_t mentions = 2 + resolved.statements.size() + 2 * resolved.facts.size();
  for (const ResolvedAct& act : resolved.acts) mentions += 1 + act.sponsors.size();
  out.entities.reserve(mentions);
  std::unordered_map<std::string_view, std::size_t> by_identity;
  std::string identity;
  const auto name = [&](const Entity& entity) {
    identity.assign(entity.key).append(1, '\n').append(entity.surface).append(1, '\n').append(entity.label);
    if (const auto it = by_identity.find(identity); it != by_identity.end()) return it->second;
    out.entities.push_back(Prepared::NamedEntity{&entity, identity, entity_iri(entity)});
    by_identity.emplace(out.entities.back().identity, out.entities.size() - 1);
    return out.entities.size() - 1;
  };

  if (resolved.document) out.document = name(*resolved.document);
  out.self_iri = resolved.document ? out.entities[out.document].iri : out.file_iri;
  if (resolved.document_author) out.document_author = name(*resolved.document_author);
  for (const ResolvedAct& act : resolved.acts) {
    out.act_authors.push_back(act.author ? name(*act.author) : Prepared::none);
    std::vector<std::size_t>& sponsors = out.act_sponsors.emplace_back();
    for (const Entity& sponsor : act.sponsors) sponsors.push_back(name(sponsor));
  }
  // A relation is stated once however many paragraphs state it.
  std::unordered_set<std::uint64_t> stated;
  for (std::size_t i = 0; i < resolved.statements.size(); ++i) {
    const Statement& statement = resolved.statements[i];
    const std::size_t target = name(statement.target);
    out.statement_targets.push_back(target);
    const auto subject = static_cast<std::uint32_t>(statement.where.act + 1);
    const std::uint64_t relation =
        (std::uint64_t{subject} << 40) | (std::uint64_t{static_cast<std::uint8_t>(statement.relation)} << 32) | target;
    if (stated.insert(relation).second) out.first_statements.push_back(i);
  }
  for (const Fact& fact : resolved.facts) {
    out.fact_subjects.push_back(name(fact.subject));
    out.fact_objects.push_back(fact.object ? name(*fact.object) : Prepared::none);
  }
  return out;
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

/// The vocabulary of the statements given to a TripleSink, made once: its
/// IRIs, numbered as Term::vocabulary_id.
class SinkTerms {
 public:
  SinkTerms() {
    for (auto r = static_cast<int>(ast::Relation::recalls); r <= static_cast<int>(ast::Relation::mentions); ++r) {
      relations.push_back(rg(relation_name(static_cast<ast::Relation>(r))));
    }
  }

  /// The IRIs' storage: a deque's elements stay where they are as it grows.
  std::deque<std::string> iris;
  /// Datatypes: not numbered.
  std::string integer = std::string(vocab::xsd) + "integer", date = std::string(vocab::xsd) + "date",
              language = std::string(vocab::xsd) + "language";
  Term type = term(vocab::rdf, "type");
  Term paragraph_class = rg("Paragraph"), citation_class = rg("Citation"), paragraph = rg("paragraph");
  Term text = rg("text"), kind = rg("paragraphKind"), number = rg("number"), position = rg("position");
  Term start_offset = rg("startOffset"), end_offset = rg("endOffset");
  Term subject = rg("subject"), relation = rg("relation"), target = rg("target");
  Term stated_in = rg("statedIn"), verb = rg("verb"), quote = rg("quote");
  Term has_selector = term(vocab::oa, "hasSelector"), selector_class = term(vocab::oa, "TextPositionSelector");
  Term start = term(vocab::oa, "start"), end = term(vocab::oa, "end");
  Term act_class = rg("Act"), document_class = rg("Document"), source_file = rg("sourceFile");
  Term document = rg("document"), symbol = rg("symbol"), author = rg("author"), session = rg("session");
  Term agenda_item = rg("agendaItem"), original_language = rg("originalLanguage"), key = rg("key");
  Term adopted_by = rg("adoptedBy"), adopted_on = rg("adoptedOn"), sponsor = rg("sponsor"), status = rg("status");
  Term date_of = term(vocab::dcterms, "date"), title = term(vocab::dcterms, "title");
  std::vector<Term> relations;  ///< By ast::Relation.

 private:
  Term term(std::string_view prefix_iri, std::string_view local) {
    const std::string& iri = iris.emplace_back(std::string(prefix_iri).append(local));
    return Term::vocabulary(iri, static_cast<std::uint8_t>(iris.size()));
  }
  Term rg(std::string_view local) { return term(vocab::rg, local); }
};

const SinkTerms& sink_terms() {
  static const SinkTerms terms;
  return terms;
}

/// Gives `sink` what a document says of itself: its class, file, date,
/// symbol, author, session, agenda item and original language.
void describe_document(const Document& document, const Resolved& resolved, const PreparedDocument& prepared,
                       TripleSink& sink) {
  const SinkTerms& t = sink_terms();
  const DocumentHeader& header = document.header;
  const Term doc = Term::iri(prepared.self_iri);
  sink.add(doc, t.type, t.document_class);
  sink.add(doc, t.source_file, Term::text(document.source.name));
  if (header.date) sink.add(doc, t.date_of, Term::typed(header.date->iso(), t.date));
  if (!header.symbol.empty()) sink.add(doc, t.symbol, Term::text(header.symbol));
  if (resolved.document_author) {
    sink.add(doc, t.author, Term::iri(prepared.entities[prepared.document_author].iri));
  }
  if (!header.session.empty()) sink.add(doc, t.session, Term::text(header.session, "fr"));
  if (!header.agenda_item.empty()) sink.add(doc, t.agenda_item, Term::text(header.agenda_item, "fr"));
  if (const auto code = language_code(header.original_language); !code.empty()) {
    sink.add(doc, t.original_language, Term::typed(code, t.language));
  }
}

/// Gives `sink` what a document says of its `index`-th act: its classes,
/// title, file, document, key, author, sponsors, adoption and status.
void describe_act(const Document& document, const Resolved& resolved, const PreparedDocument& prepared,
                  std::size_t index, TripleSink& sink) {
  const SinkTerms& t = sink_terms();
  const Act& act = document.acts[index];
  const ResolvedAct& info = resolved.acts[index];
  const auto& entities = prepared.entities;
  const Term node = Term::iri(prepared.act_iris[index]);
  sink.add(node, t.type, t.act_class);
  if (info.self.rdf_class != "Act") {
    const std::string rdf_class = std::string(vocab::rg) + info.self.rdf_class;
    sink.add(node, t.type, Term::iri(rdf_class));
  }
  sink.add(node, t.title, Term::text(act.title, "fr"));
  sink.add(node, t.source_file, Term::text(document.source.name));
  sink.add(node, t.document, Term::iri(prepared.self_iri));
  if (!info.self.key.empty()) sink.add(node, t.key, Term::text(info.self.key));
  if (info.author) {
    const Term author = Term::iri(entities[prepared.act_authors[index]].iri);
    sink.add(node, t.author, author);
    if (act.status == ActStatus::adopted) sink.add(node, t.adopted_by, author);
  }
  // A State named twice among the sponsors (two ways, maybe) is one sponsor.
  const std::vector<std::size_t>& sponsors = prepared.act_sponsors[index];
  for (auto sponsor = sponsors.begin(); sponsor != sponsors.end(); ++sponsor) {
    const std::string& iri = entities[*sponsor].iri;
    if (std::none_of(sponsors.begin(), sponsor, [&](std::size_t earlier) { return entities[earlier].iri == iri; })) {
      sink.add(node, t.sponsor, Term::iri(iri));
    }
  }
  if (act.adopted_on) sink.add(node, t.adopted_on, Term::typed(act.adopted_on->iso(), t.date));
  if (act.status != ActStatus::adopted && document.acts.size() == 1 && !document.header.symbol.empty()) {
    sink.add(node, t.symbol, Term::text(document.header.symbol));
  }
  sink.add(node, t.status, Term::text(status_name(act.status)));
}

/// Puts statements into the model, in a document's graph.
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

void GraphBuilder::add(const Document& document, const Resolved& resolved, const PreparedDocument& prepared) {
  add_shared(document, resolved, prepared);
  ModelSink sink(model_, model_.uri(prepared.file_iri));
  add_own(document, resolved, prepared, sink);
}

void GraphBuilder::add_shared(const Document& document, const Resolved& resolved, const PreparedDocument& prepared) {
  // An entity is described once per graph: with named graphs, once per
  // document; in the default graph, once for the whole corpus.
  if (model_.has_named_graphs()) described_.clear();
  const Node graph = model_.uri(prepared.file_iri);
  std::vector<Node> entities;
  entities.reserve(prepared.entities.size());
  for (const PreparedDocument::NamedEntity& named : prepared.entities) entities.push_back(describe(named, graph));
  const Terms& t = terms_;

  // The document and its acts, where other documents may name them too (by
  // their UN symbols and numbers); add_own describes the nodes named after
  // the file.
  ModelSink into_model(model_, graph);
  if (!owns_document_node(resolved)) describe_document(document, resolved, prepared, into_model);
  std::vector<Node> acts(document.acts.size());
  for (std::size_t a = 0; a < document.acts.size(); ++a) {
    if (owns_act_node(resolved.acts[a])) continue;
    acts[a] = model_.uri(prepared.act_iris[a]);
    describe_act(document, resolved, prepared, a, into_model);
  }

  // Relations stated by paragraphs (their provenance is the document's own part).
  const Node doc = model_.uri(prepared.self_iri);
  for (const std::size_t i : prepared.first_statements) {
    const Statement& statement = resolved.statements[i];
    if (owns_subject(resolved, statement)) continue;  // add_own states it
    const Node& subject = statement.where.act >= 0 ? acts[static_cast<std::size_t>(statement.where.act)] : doc;
    model_.add(subject, t.relations[static_cast<std::size_t>(statement.relation)],
               entities[prepared.statement_targets[i]], graph);
  }
  for (std::size_t f = 0; f < resolved.facts.size(); ++f) {
    const Fact& fact = resolved.facts[f];
    const Node& subject = entities[prepared.fact_subjects[f]];
    if (fact.object) {
      model_.add(subject, rg(fact.property), entities[prepared.fact_objects[f]], graph);
    } else if (fact.property == "title") {
      model_.add(subject, t.title, model_.literal(fact.value, "fr"), graph);
    } else if (fact.property == "topic") {
      model_.add(subject, t.subject, model_.literal(fact.value, "fr"), graph);
    } else if (fact.property == "adoptedOn") {
      model_.add(subject, t.adopted_on, model_.typed(fact.value, t.xsd_date), graph);
    }
  }
}

void GraphBuilder::add_own(const Document& document, const Resolved& resolved, const PreparedDocument& prepared,
                           TripleSink& sink) const {
  const SinkTerms& t = sink_terms();
  const auto& entities = prepared.entities;
  const auto integer = [&](const Digits& digits) { return Term::typed(digits.view(), t.integer); };
  const std::string stem = prepared.file_iri + "/act";
  // IRIs are made in these buffers, whose storage serves every paragraph and
  // citation in turn.
  std::string p, citation, selector, property;
  const auto paragraph_iri = [&](std::size_t act_index, std::uint32_t position) {
    p.assign(stem).append(Digits(act_index + 1).view()).append("/p").append(Digits(position).view());
    return Term::iri(p);
  };

  // The relations of the nodes named after the file, in the order of their
  // subject (the document, then each act), relation and target, each once:
  // two entities (two surfaces of one body) may have one IRI.
  struct OwnRelation {
    std::int32_t act;
    ast::Relation relation;
    const std::string* target;
    bool operator<(const OwnRelation& other) const {
      return std::tie(act, relation, *target) < std::tie(other.act, other.relation, *other.target);
    }
    bool operator==(const OwnRelation& other) const {
      return act == other.act && relation == other.relation && *target == *other.target;
    }
  };
  std::vector<OwnRelation> own_relations;
  for (const std::size_t i : prepared.first_statements) {
    const Statement& statement = resolved.statements[i];
    if (owns_subject(resolved, statement)) {
      own_relations.push_back({statement.where.act, statement.relation, &entities[prepared.statement_targets[i]].iri});
    }
  }
  std::sort(own_relations.begin(), own_relations.end());
  own_relations.erase(std::unique(own_relations.begin(), own_relations.end()), own_relations.end());
  auto next_relation = own_relations.begin();
  const auto add_relations = [&](std::int32_t act, const Term& subject) {
    for (; next_relation != own_relations.end() && next_relation->act == act; ++next_relation) {
      sink.add(subject, t.relations[static_cast<std::size_t>(next_relation->relation)],
               Term::iri(*next_relation->target));
    }
  };

  if (owns_document_node(resolved)) {
    describe_document(document, resolved, prepared, sink);
    add_relations(-1, Term::iri(prepared.self_iri));
  }
  for (std::size_t a = 0; a < document.acts.size(); ++a) {
    const std::vector<Paragraph>& paragraphs = document.acts[a].paragraphs;
    const Term act = Term::iri(prepared.act_iris[a]);
    if (owns_act_node(resolved.acts[a])) {
      describe_act(document, resolved, prepared, a, sink);
      add_relations(static_cast<std::int32_t>(a), act);
    }
    for (const Paragraph& paragraph : paragraphs) sink.add(act, t.paragraph, paragraph_iri(a, paragraph.position));
    for (const Paragraph& paragraph : paragraphs) {
      const Term subject = paragraph_iri(a, paragraph.position);
      const SourceSpan span = paragraph.text.source_span(0, paragraph.text.size());
      sink.add(subject, t.type, t.paragraph_class);
      sink.add(subject, t.text, Term::text(paragraph.text.text(), "fr"));
      sink.add(subject, t.kind, Term::text(paragraph.kind == ParagraphKind::operative ? "operative" : "preambular"));
      if (!paragraph.number.empty()) sink.add(subject, t.number, Term::text(paragraph.number));
      sink.add(subject, t.position, integer(Digits(paragraph.position)));
      sink.add(subject, t.start_offset, integer(Digits(span.begin)));
      sink.add(subject, t.end_offset, integer(Digits(span.end)));
    }
  }

  // Each relation stated by a paragraph gets a citation node: which
  // paragraph, which verb, which bytes and characters.
  // Citations are numbered within their paragraph.
  std::vector<std::vector<unsigned>> citations_per_paragraph;
  for (const Act& act : document.acts) citations_per_paragraph.emplace_back(act.paragraphs.size());
  const auto provenance = [&](std::string_view subject, const Term& property, std::string_view target,
                              const Provenance& where) {
    if (where.act < 0 || where.paragraph < 0) return;
    const auto act_index = static_cast<std::size_t>(where.act);
    const auto paragraph_index = static_cast<std::size_t>(where.paragraph);
    const Term stated_in = paragraph_iri(act_index, document.acts[act_index].paragraphs[paragraph_index].position);
    citation.assign(p).append("/c").append(Digits(++citations_per_paragraph[act_index][paragraph_index]).view());
    const Term c = Term::iri(citation);
    sink.add(c, t.type, t.citation_class);
    sink.add(c, t.subject, Term::iri(subject));
    sink.add(c, t.relation, property);
    sink.add(c, t.target, Term::iri(target));
    sink.add(c, t.stated_in, stated_in);
    if (!where.verb.empty()) sink.add(c, t.verb, Term::text(where.verb, "fr"));
    if (where.span.end > where.span.begin) {
      selector.assign(citation).append("/selector");
      const Term s = Term::iri(selector);
      const std::string_view quote =
          std::string_view(document.source.bytes).substr(where.span.begin, where.span.end - where.span.begin);
      sink.add(c, t.start_offset, integer(Digits(where.span.begin)));
      sink.add(c, t.end_offset, integer(Digits(where.span.end)));
      sink.add(c, t.quote, Term::text(quote));
      sink.add(c, t.has_selector, s);
      sink.add(s, t.type, t.selector_class);
      sink.add(s, t.start, integer(Digits(document.source.char_offset(where.span.begin))));
      sink.add(s, t.end, integer(Digits(document.source.char_offset(where.span.end))));
    }
  };
  for (std::size_t i = 0; i < resolved.statements.size(); ++i) {
    const Statement& statement = resolved.statements[i];
    const std::string& subject =
        statement.where.act >= 0 ? prepared.act_iris[static_cast<std::size_t>(statement.where.act)] : prepared.self_iri;
    provenance(subject, t.relations[static_cast<std::size_t>(statement.relation)],
               entities[prepared.statement_targets[i]].iri, statement.where);
  }
  for (std::size_t f = 0; f < resolved.facts.size(); ++f) {
    const Fact& fact = resolved.facts[f];
    if (fact.object) {
      property.assign(vocab::rg).append(fact.property);
      provenance(entities[prepared.fact_subjects[f]].iri, Term::iri(property), entities[prepared.fact_objects[f]].iri,
                 fact.where);
    }
  }
}

}  // namespace resograph::graph
