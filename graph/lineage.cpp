#include "lineage.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <tuple>

#include "vocab.hpp"

namespace resograph::graph {

// ---------------------------------------------------------------------------
// Reading a graph file

namespace {

SerdSyntax syntax_of_path(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".ttl" || extension == ".turtle") return SERD_TURTLE;
  if (extension == ".nt" || extension == ".ntriples") return SERD_NTRIPLES;
  if (extension == ".nq" || extension == ".nquads") return SERD_NQUADS;
  return SERD_TRIG;  // TriG reads Turtle too
}

struct ReadErrors {
  std::string path;
  std::string first;  ///< The first error, "FILE:LINE:COLUMN: error: message".
};

SerdStatus on_read_error(void* handle, const SerdError* error) {
  auto* errors = static_cast<ReadErrors*>(handle);
  if (!errors->first.empty()) return SERD_SUCCESS;
  char buffer[512];
  std::vsnprintf(buffer, sizeof buffer, error->fmt, *error->args);
  std::string message(buffer);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  errors->first =
      errors->path + ":" + std::to_string(error->line) + ":" + std::to_string(error->col) + ": error: " + message;
  return SERD_SUCCESS;
}

}  // namespace

bool load_graph(const std::string& path, Model& model, std::string& error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = path + ": error: is a folder, not a graph file";
    return false;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    error = path + ": error: cannot open: " + std::strerror(errno);
    return false;
  }
  // Relative IRIs, if any, resolve against the file's own URI.
  const std::string absolute = std::filesystem::absolute(path, ec).string();
  SerdURI base_uri;
  SerdNode base = serd_node_new_file_uri(reinterpret_cast<const uint8_t*>(absolute.c_str()), nullptr, &base_uri, true);
  SerdEnv* env = serd_env_new(&base);
  SerdReader* reader = sord_new_reader(model.model(), env, syntax_of_path(path), nullptr);
  ReadErrors errors{path, {}};
  serd_reader_set_error_sink(reader, on_read_error, &errors);
  serd_reader_set_strict(reader, true);
  const SerdStatus status = serd_reader_read_file_handle(reader, file, reinterpret_cast<const uint8_t*>(path.c_str()));
  const bool read_failed = std::ferror(file) != 0;
  serd_reader_free(reader);
  serd_env_free(env);
  serd_node_free(&base);
  std::fclose(file);
  if (read_failed) {
    error = path + ": error: cannot read the file";
    return false;
  }
  // SERD_FAILURE without a reported error is the end of an empty document.
  if ((status != SERD_SUCCESS && status != SERD_FAILURE) || !errors.first.empty()) {
    error = !errors.first.empty() ? errors.first
                                  : path + ": error: " + reinterpret_cast<const char*>(serd_strerror(status));
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Entities

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::act: return "act";
    case Kind::instrument: return "instrument";
    case Kind::document: return "document";
    case Kind::body: return "body";
    case Kind::state: return "state";
  }
  return "act";
}

std::string Entity::name() const {
  if (!key.empty()) return key;
  if (!symbol.empty()) return symbol;
  if (!label.empty()) return label;
  if (!title.empty()) return title;
  return iri;
}

std::string Paragraph::describe() const {
  std::string out = kind.empty() ? "paragraph" : kind + " paragraph";
  if (!number.empty()) return out + " " + number;
  if (position > 0) return out + " " + std::to_string(position);
  return out;
}

namespace {

struct Term {
  std::string value;
  SordNodeType type = SORD_URI;
  std::string lang;
};

std::string node_string(const SordNode* node) {
  if (!node) return {};
  std::string value(text_of(node));
  return sord_node_get_type(node) == SORD_BLANK ? "_:" + value : value;
}

/// The local name of an IRI in the rg namespace, or empty.
std::string_view rg_local(std::string_view iri) {
  if (!iri.starts_with(vocab::rg)) return {};
  return iri.substr(vocab::rg.size());
}

long to_long(const std::string& text) {
  if (text.empty()) return -1;
  char* end = nullptr;
  errno = 0;
  const long value = std::strtol(text.c_str(), &end, 10);
  return (errno == 0 && end && *end == '\0') ? value : -1;
}

bool is_act_class(std::string_view local) {
  return local == "Act" || local == "Resolution" || local == "Decision" || local == "DraftResolution" ||
         local == "DraftDecision";
}

/// Classes of nodes that are not entities.
bool is_structural_class(std::string_view local) {
  return local == "Paragraph" || local == "Citation" || local == "Series" || local == "DraftOfEvidence";
}

std::optional<Kind> kind_of_key(std::string_view key) {
  if (key.starts_with("res:") || key.starts_with("dec:")) return Kind::act;
  if (key.starts_with("doc:")) return Kind::document;
  if (key.starts_with("unts:")) return Kind::instrument;
  if (key.starts_with("body:")) return Kind::body;
  if (key.starts_with("state:")) return Kind::state;
  return std::nullopt;
}

using Properties = std::vector<std::pair<std::string, Term>>;

/// The smallest value of a property (deterministic when a graph holds two);
/// with `lang`, values in that language first.
std::string first_value(const Properties& properties, std::string_view predicate, const char* lang = nullptr) {
  std::string best, best_in_lang;
  for (const auto& [p, term] : properties) {
    if (p != predicate) continue;
    if (best.empty() || term.value < best) best = term.value;
    if (lang && term.lang == lang && (best_in_lang.empty() || term.value < best_in_lang)) best_in_lang = term.value;
  }
  return best_in_lang.empty() ? best : best_in_lang;
}

}  // namespace

std::string GraphIndex::series_label(std::string_view iri) const {
  const auto it = series_labels_.find(iri);
  return it == series_labels_.end() ? std::string() : it->second;
}

std::vector<const Entity*> GraphIndex::series_members(std::string_view iri) const {
  std::vector<const Entity*> members;
  for (const auto& [key, entity] : entities_) {
    if (entity.series == iri) members.push_back(&entity);
  }
  std::sort(members.begin(), members.end(), [](const Entity* a, const Entity* b) {
    // Undated acts last.
    return std::make_tuple(a->date.empty(), a->date, a->key) < std::make_tuple(b->date.empty(), b->date, b->key);
  });
  return members;
}

GraphIndex::GraphIndex(const Model& model) {
  const std::string rdf_type = std::string(vocab::rdf) + "type";
  const std::string rg(vocab::rg);

  // Every statement, grouped by subject (named graphs merged).
  std::map<std::string, Properties> subjects;
  SordIter* it = sord_begin(model.model());
  for (; it && !sord_iter_end(it); sord_iter_next(it)) {
    SordQuad quad;
    sord_iter_get(it, quad);
    Term object{node_string(quad[SORD_OBJECT]), sord_node_get_type(quad[SORD_OBJECT]), {}};
    if (const char* lang = sord_node_get_language(quad[SORD_OBJECT])) object.lang = lang;
    subjects[node_string(quad[SORD_SUBJECT])].emplace_back(node_string(quad[SORD_PREDICATE]), std::move(object));
  }
  sord_iter_free(it);

  // Entities, paragraphs, citations.
  std::vector<std::pair<std::string, Citation>> citations;  // (subject|relation|target, citation)
  for (auto& [subject, properties] : subjects) {
    std::sort(properties.begin(), properties.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first, a.second.value) < std::tie(b.first, b.second.value);
    });
    std::set<std::string> classes;  // rg local names
    for (const auto& [p, term] : properties) {
      if (p == rdf_type && term.type == SORD_URI && !rg_local(term.value).empty())
        classes.insert(std::string(rg_local(term.value)));
    }
    if (classes.count("Paragraph")) {
      Paragraph paragraph;
      paragraph.iri = subject;
      paragraph.kind = first_value(properties, rg + "paragraphKind");
      paragraph.number = first_value(properties, rg + "number");
      paragraph.position = to_long(first_value(properties, rg + "position"));
      paragraph.start = to_long(first_value(properties, rg + "startOffset"));
      paragraph.end = to_long(first_value(properties, rg + "endOffset"));
      paragraph.text = first_value(properties, rg + "text", "fr");
      paragraphs_.emplace(subject, std::move(paragraph));
      continue;
    }
    if (classes.count("Series")) {
      series_labels_.emplace(subject, first_value(properties, std::string(vocab::skos) + "prefLabel", "fr"));
      continue;
    }
    if (classes.count("DraftOfEvidence")) continue;
    if (classes.count("Citation")) {
      Citation citation;
      citation.iri = subject;
      citation.paragraph = first_value(properties, rg + "statedIn");
      citation.verb = first_value(properties, rg + "verb", "fr");
      citation.quote = first_value(properties, rg + "quote");
      citation.start = to_long(first_value(properties, rg + "startOffset"));
      citation.end = to_long(first_value(properties, rg + "endOffset"));
      const std::string relation(rg_local(first_value(properties, rg + "relation")));
      citations.emplace_back(
          first_value(properties, rg + "subject") + '\n' + relation + '\n' + first_value(properties, rg + "target"),
          std::move(citation));
      continue;
    }
    Entity entity;
    entity.iri = subject;
    entity.key = first_value(properties, rg + "key");
    std::optional<Kind> kind;
    bool any_class = false;
    for (const std::string& local : classes) {
      if (is_structural_class(local)) continue;
      any_class = true;
      if (is_act_class(local)) kind = Kind::act;
    }
    if (!kind && classes.count("Body")) kind = Kind::body;
    if (!kind && classes.count("State")) kind = Kind::state;
    if (!kind && classes.count("Document")) kind = Kind::document;
    if (!kind && classes.count("Instrument")) kind = Kind::instrument;
    if (!kind && !entity.key.empty()) kind = kind_of_key(entity.key);
    if (!kind && any_class) kind = Kind::instrument;  // another rg class: Convention, Declaration…
    if (!kind) continue;
    entity.kind = *kind;
    for (const std::string& local : classes) {
      if (local != "Act" && local != "Instrument" && !is_structural_class(local)) {
        entity.type = local;
        break;
      }
    }
    if (entity.type.empty()) {
      entity.type = entity.kind == Kind::act          ? "Act"
                    : entity.kind == Kind::instrument ? "Instrument"
                    : entity.kind == Kind::document   ? "Document"
                    : entity.kind == Kind::body       ? "Body"
                                                      : "State";
    }
    entity.symbol = first_value(properties, rg + "symbol");
    entity.title = first_value(properties, std::string(vocab::dcterms) + "title", "fr");
    entity.label = first_value(properties, std::string(vocab::skos) + "prefLabel", "fr");
    if (entity.label.empty()) entity.label = first_value(properties, std::string(vocab::rdfs) + "label", "fr");
    entity.date = first_value(properties, rg + "adoptedOn");
    if (entity.date.empty()) entity.date = first_value(properties, std::string(vocab::dcterms) + "date");
    entity.source_file = first_value(properties, rg + "sourceFile");
    entity.link = first_value(properties, std::string(vocab::rdfs) + "seeAlso");
    entity.series = first_value(properties, rg + "series");
    if (!entity.key.empty()) by_key_.emplace(entity.key, subject);
    entities_.emplace(subject, std::move(entity));
  }

  // Paragraphs belong to acts; statements between entities.
  std::map<std::tuple<std::string, std::string, std::string>, Link> links;
  for (const auto& [subject, properties] : subjects) {
    const auto source = entities_.find(subject);
    if (source == entities_.end()) continue;
    for (const auto& [p, term] : properties) {
      const std::string_view local = rg_local(p);
      if (local.empty() || term.type != SORD_URI) continue;
      if (local == "paragraph") {
        if (auto paragraph = paragraphs_.find(term.value); paragraph != paragraphs_.end()) {
          paragraph->second.act = subject;
          paragraph->second.source_file = source->second.source_file;
        }
        continue;
      }
      if (!entities_.count(term.value) || term.value == subject) continue;
      Link& link = links[{subject, std::string(local), term.value}];
      link.source = subject;
      link.relation = std::string(local);
      link.target = term.value;
    }
  }
  for (auto& [triple, citation] : citations) {
    const std::size_t a = triple.find('\n'), b = triple.find('\n', a + 1);
    const auto link = links.find({triple.substr(0, a), triple.substr(a + 1, b - a - 1), triple.substr(b + 1)});
    if (link != links.end()) link->second.citations.push_back(std::move(citation));
  }
  links_.reserve(links.size());
  for (auto& [triple, link] : links) {
    std::sort(link.citations.begin(), link.citations.end(), [this](const Citation& x, const Citation& y) {
      const Paragraph* px = paragraph(x.paragraph);
      const Paragraph* py = paragraph(y.paragraph);
      const auto rank = [](const Paragraph* p, const Citation& c) {
        return std::make_tuple(p ? p->source_file : std::string(), p ? p->act : std::string(), p ? p->position : -1,
                               c.start, c.iri);
      };
      return rank(px, x) < rank(py, y);
    });
    outgoing_[link.source].push_back(links_.size());
    incoming_[link.target].push_back(links_.size());
    links_.push_back(std::move(link));
  }
}

const Entity* GraphIndex::entity(std::string_view iri) const {
  const auto found = entities_.find(iri);
  return found == entities_.end() ? nullptr : &found->second;
}

const Entity* GraphIndex::find_key(std::string_view key) const {
  const auto found = by_key_.find(key);
  return found == by_key_.end() ? nullptr : entity(found->second);
}

const Paragraph* GraphIndex::paragraph(std::string_view iri) const {
  const auto found = paragraphs_.find(iri);
  return found == paragraphs_.end() ? nullptr : &found->second;
}

const std::vector<std::size_t>& GraphIndex::outgoing(std::string_view iri) const {
  static const std::vector<std::size_t> none;
  const auto found = outgoing_.find(iri);
  return found == outgoing_.end() ? none : found->second;
}

const std::vector<std::size_t>& GraphIndex::incoming(std::string_view iri) const {
  static const std::vector<std::size_t> none;
  const auto found = incoming_.find(iri);
  return found == incoming_.end() ? none : found->second;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> GraphIndex::nearest_keys(std::string_view key, std::size_t count) const {
  // Nearest first; among equals, the one sharing the longest beginning
  // ("res:GA:78/…" before "res:GA:68/…").
  std::vector<std::tuple<std::size_t, long, std::string>> ranked;
  ranked.reserve(by_key_.size());
  for (const auto& [known, iri] : by_key_) {
    const auto mismatch = std::mismatch(key.begin(), key.end(), known.begin(), known.end());
    const long common = static_cast<long>(mismatch.first - key.begin());
    ranked.emplace_back(edit_distance(key, known), -common, known);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ranked.size() && i < count; ++i) out.push_back(std::get<2>(ranked[i]));
  return out;
}

// ---------------------------------------------------------------------------
// Lineage

int relation_rank(std::string_view relation) {
  static constexpr std::string_view order[] = {"draftOf",     "reaffirms",   "endorses",    "recalls",     "welcomes",
                                               "takesNoteOf", "bearsInMind", "containedIn", "supplements", "requests",
                                               "urges",       "invites",     "encourages",  "mentions"};
  for (std::size_t i = 0; i < std::size(order); ++i) {
    if (relation == order[i]) return static_cast<int>(i);
  }
  return 100;
}

bool is_lineage_relation(std::string_view relation, bool agents) {
  static const std::set<std::string_view> citing = {"recalls",     "reaffirms", "takesNoteOf", "welcomes",   "endorses",
                                                    "bearsInMind", "mentions",  "containedIn", "supplements"};
  static const std::set<std::string_view> addressing = {"requests", "urges", "invites", "encourages"};
  return citing.count(relation) > 0 || (agents && addressing.count(relation) > 0);
}

namespace {

void walk(const GraphIndex& index, const std::string& root, const LineageOptions& options, bool up,
          std::vector<Step>& steps, std::map<std::string, int, std::less<>>& depths) {
  depths[root] = 0;
  std::vector<std::string> frontier{root};
  const auto& links = index.links();
  for (int d = 0; d < options.depth && !frontier.empty(); ++d) {
    std::vector<std::string> next;
    const auto reach = [&](std::size_t link, const std::string& near, const std::string& far, bool inverse) {
      const Entity* entity = index.entity(far);
      if (!entity || far == near || (entity->is_agent() && !options.agents)) return;
      steps.push_back(Step{link, near, far, d + 1, inverse});
      if (depths.emplace(far, d + 1).second && !entity->is_agent()) next.push_back(far);
    };
    for (const std::string& node : frontier) {
      for (const std::size_t i : up ? index.outgoing(node) : index.incoming(node)) {
        const Link& link = links[i];
        if (is_lineage_relation(link.relation, options.agents)) reach(i, node, up ? link.target : link.source, false);
      }
      // An adopted act descends from its draft.
      for (const std::size_t i : up ? index.incoming(node) : index.outgoing(node)) {
        const Link& link = links[i];
        if (link.relation == "draftOf") reach(i, node, up ? link.source : link.target, true);
      }
    }
    std::sort(next.begin(), next.end());
    frontier = std::move(next);
  }
}

// --- text -------------------------------------------------------------------

/// At most `limit` bytes of `text`, cut at a word and a UTF-8 boundary, with "…".
std::string shorten(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  const std::size_t space = text.rfind(' ', cut);
  if (space != std::string_view::npos && space > limit / 2) cut = space;
  std::string out(text.substr(0, cut));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';')) out.pop_back();
  return out + "…";
}

/// Control characters (newlines in paragraph text) as spaces.
std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
  return out;
}

std::string display(const Entity& entity) {
  std::string out = one_line(entity.name());
  if (!entity.date.empty()) out += " (" + entity.date + ")";
  // Acts and documents by their title; a keyed instrument also by its name.
  std::string title = entity.title;
  if (title.empty() && entity.kind != Kind::act && entity.kind != Kind::document) title = entity.label;
  if (!title.empty() && title != entity.name()) out += " « " + one_line(shorten(title, 140)) + " »";
  if (entity.kind != Kind::act) out += " [" + std::string(kind_name(entity.kind)) + "]";
  return out;
}

/// The phrase that reads "PARENT <phrase> CHILD".
std::string phrase(const std::string& relation, bool up, bool inverse) {
  if (relation == "draftOf") return up ? "drafted as" : "adopted as";
  (void)inverse;
  if (up) {
    if (relation == "takesNoteOf") return "takes note of";
    if (relation == "bearsInMind") return "bears in mind";
    if (relation == "containedIn") return "contained in";
    return relation;
  }
  static const std::map<std::string, std::string, std::less<>> passive = {
      {"recalls", "recalled by"},     {"reaffirms", "reaffirmed by"}, {"takesNoteOf", "noted by"},
      {"welcomes", "welcomed by"},    {"endorses", "endorsed by"},    {"bearsInMind", "borne in mind by"},
      {"mentions", "mentioned by"},   {"containedIn", "contains"},    {"supplements", "supplemented by"},
      {"requests", "requested by"},   {"urges", "urged by"},          {"invites", "invited by"},
      {"encourages", "encouraged by"}};
  const auto found = passive.find(relation);
  return found == passive.end() ? relation + " (by)" : found->second;
}

std::string offsets(long start, long end) {
  if (start < 0 || end < 0) return "";
  return "bytes " + std::to_string(start) + "–" + std::to_string(end);
}

class TextWriter {
 public:
  TextWriter(const GraphIndex& index, const Lineage& lineage, bool why) : index_(index), lineage_(lineage), why_(why) {}

  std::string run() {
    const Entity* root = index_.entity(lineage_.root);
    if (!root) return {};
    out_ += display(*root) + "\n";
    std::string about = root->type;
    if (!root->source_file.empty())
      about += ", stated in " + root->source_file;
    else
      about += ", cited in the graph but not stated in it";
    out_ += "  " + about + "\n";
    if (!root->series.empty()) {
      out_ += "  series « " + index_.series_label(root->series) + " »:\n";
      for (const Entity* member : index_.series_members(root->series)) {
        out_ += "    " + member->name() + (member->date.empty() ? "" : " (" + member->date + ")") +
                (member->iri == root->iri ? "  ← this act" : "") + "\n";
      }
    }
    section(true);
    section(false);
    return out_;
  }

 private:
  void section(bool up) {
    const auto& steps = up ? lineage_.ancestors : lineage_.descendants;
    const auto& depths = up ? lineage_.ancestor_depth : lineage_.descendant_depth;
    out_ += "\n";
    out_ += up ? "ancestors — what it cites" : "descendants — what cites it";
    const std::size_t entities = depths.size() - 1;
    out_ += " (depth " + std::to_string(lineage_.depth) + "): " + std::to_string(entities) +
            (entities == 1 ? " entity, " : " entities, ") + std::to_string(steps.size()) +
            (steps.size() == 1 ? " link\n" : " links\n");
    if (steps.empty()) {
      out_ += lineage_.depth == 0 ? "  (not followed at depth 0)\n" : "  (none in this graph)\n";
      return;
    }
    expanded_.clear();
    expanded_.insert(lineage_.root);
    children(lineage_.root, 0, "", up, steps, depths);
  }

  struct Group {
    std::string far;
    std::vector<const Step*> steps;
  };

  void children(const std::string& node, int depth, const std::string& prefix, bool up, const std::vector<Step>& steps,
                const std::map<std::string, int, std::less<>>& depths) {
    std::vector<Group> groups;
    for (const Step& step : steps) {
      if (step.near != node) continue;
      auto group = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.far == step.far; });
      if (group == groups.end()) {
        groups.push_back(Group{step.far, {}});
        group = groups.end() - 1;
      }
      group->steps.push_back(&step);
    }
    std::sort(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
      const Entity* x = index_.entity(a.far);
      const Entity* y = index_.entity(b.far);
      const auto rank = [](const Entity* e) {
        return std::make_tuple(static_cast<int>(e->kind), e->date.empty(), e->date, e->name(), e->iri);
      };
      return rank(x) < rank(y);
    });
    for (Group& group : groups) {
      std::stable_sort(group.steps.begin(), group.steps.end(), [&](const Step* a, const Step* b) {
        return relation_rank(index_.links()[a->link].relation) < relation_rank(index_.links()[b->link].relation);
      });
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const Group& group = groups[g];
      const bool last = g + 1 == groups.size();
      const Entity* far = index_.entity(group.far);
      std::vector<std::string> phrases;
      for (const Step* step : group.steps) {
        const std::string p = phrase(index_.links()[step->link].relation, up, step->inverse);
        if (std::find(phrases.begin(), phrases.end(), p) == phrases.end()) phrases.push_back(p);
      }
      std::string relations;
      for (const std::string& p : phrases) relations += (relations.empty() ? "" : ", ") + p;
      const auto at = depths.find(group.far);
      const bool expand = at != depths.end() && at->second == depth + 1 && !expanded_.count(group.far);
      std::string note;
      if (group.far == lineage_.root) {
        note = " (the root itself)";
      } else if (!expand && !expanded_.count(group.far) && at != depths.end() && at->second != depth + 1) {
        note = " (its links: under its entry at depth " + std::to_string(at->second) + ")";
      } else if (!expand && expanded_.count(group.far)) {
        note = " (its links: see above)";
      }
      out_ += prefix + (last ? "└── " : "├── ") + relations + " " + display(*far) + note + "\n";
      const std::string inner = prefix + (last ? "    " : "│   ");
      provenance(group, inner + "  ", phrases.size() > 1, up);
      if (expand) {
        expanded_.insert(group.far);
        children(group.far, depth + 1, inner, up, steps, depths);
      }
    }
  }

  /// The paragraphs that state a group's steps, each once, in reading order.
  void provenance(const Group& group, const std::string& prefix, bool name_relations, bool up) {
    struct Where {
      const Paragraph* paragraph = nullptr;
      std::vector<std::string> phrases;
      std::vector<std::pair<std::string, const Citation*>> citations;
    };
    std::map<std::string, Where> by_paragraph;
    for (const Step* step : group.steps) {
      const Link& link = index_.links()[step->link];
      const std::string p = phrase(link.relation, up, step->inverse);
      if (link.citations.empty()) {
        Where& where = by_paragraph[""];
        if (std::find(where.phrases.begin(), where.phrases.end(), p) == where.phrases.end()) where.phrases.push_back(p);
      }
      for (const Citation& citation : link.citations) {
        Where& where = by_paragraph[citation.paragraph];
        where.paragraph = index_.paragraph(citation.paragraph);
        if (std::find(where.phrases.begin(), where.phrases.end(), p) == where.phrases.end()) where.phrases.push_back(p);
        where.citations.emplace_back(p, &citation);
      }
    }
    std::vector<std::pair<std::string, Where*>> ordered;
    for (auto& [iri, where] : by_paragraph) ordered.emplace_back(iri, &where);
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
      const auto rank = [](const std::pair<std::string, Where*>& w) {
        const Paragraph* p = w.second->paragraph;
        return std::make_tuple(p ? p->source_file : std::string(), p ? p->act : std::string(), p ? p->position : -1,
                               w.first);
      };
      return rank(a) < rank(b);
    });
    for (const auto& [iri, where] : ordered) {
      std::string tag;
      if (name_relations) {
        for (const std::string& p : where->phrases) tag += (tag.empty() ? " [" : ", ") + p;
        tag += "]";
      }
      if (iri.empty()) {
        out_ += prefix + "¶ no paragraph states it (a fact the graph records)" + tag + "\n";
        continue;
      }
      const Paragraph* paragraph = where->paragraph;
      std::string place = paragraph ? paragraph->describe() : std::string("paragraph ") + iri;
      // A statement about a cited act is stated by the citing act's paragraph.
      const Link& first = index_.links()[group.steps.front()->link];
      if (paragraph && paragraph->act != first.source) {
        if (const Entity* act = index_.entity(paragraph->act)) place += " of " + one_line(shorten(act->name(), 60));
      }
      const std::string text = paragraph ? " « " + one_line(shorten(paragraph->text, 160)) + " »" : "";
      out_ += prefix + "¶ " + place + tag + ":" + text + "\n";
      if (!why_) continue;
      for (const auto& [p, citation] : where->citations) {
        std::string line = prefix + "    why: ";
        if (name_relations) line += p + " — ";
        if (!citation->verb.empty()) line += "verb « " + one_line(citation->verb) + " », ";
        line += citation->quote.empty() ? std::string("no quote") : "« " + one_line(citation->quote) + " »";
        const std::string span = offsets(citation->start, citation->end);
        if (!span.empty()) line += " at " + span;
        if (paragraph && !paragraph->source_file.empty()) line += " of " + paragraph->source_file;
        out_ += line + "\n";
      }
    }
  }

  const GraphIndex& index_;
  const Lineage& lineage_;
  bool why_;
  std::string out_;
  std::set<std::string> expanded_;
};

// --- JSON -------------------------------------------------------------------

void json_string(std::string& out, std::string_view text) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

/// A string, or null when empty.
void json_text(std::string& out, std::string_view text) {
  if (text.empty()) {
    out += "null";
  } else {
    json_string(out, text);
  }
}

void json_number(std::string& out, long value) { out += value < 0 ? std::string("null") : std::to_string(value); }

void json_steps(std::string& out, const GraphIndex& index, const std::vector<Step>& steps) {
  out += "[";
  for (std::size_t s = 0; s < steps.size(); ++s) {
    const Step& step = steps[s];
    const Link& link = index.links()[step.link];
    out += s ? ",\n    {" : "\n    {";
    out += "\"from\": ";
    json_string(out, step.near);
    out += ", \"to\": ";
    json_string(out, step.far);
    out += ", \"depth\": " + std::to_string(step.depth);
    out += ", \"source\": ";
    json_string(out, link.source);
    out += ", \"relation\": ";
    json_string(out, link.relation);
    out += ", \"target\": ";
    json_string(out, link.target);
    out += ",\n     \"citations\": [";
    for (std::size_t c = 0; c < link.citations.size(); ++c) {
      const Citation& citation = link.citations[c];
      const Paragraph* paragraph = index.paragraph(citation.paragraph);
      out += c ? ",\n       {" : "\n       {";
      out += "\"id\": ";
      json_string(out, citation.iri);
      out += ", \"verb\": ";
      json_text(out, citation.verb);
      out += ", \"quote\": ";
      json_text(out, citation.quote);
      out += ", \"start\": ";
      json_number(out, citation.start);
      out += ", \"end\": ";
      json_number(out, citation.end);
      out += ",\n        \"paragraph\": ";
      if (!paragraph) {
        json_text(out, citation.paragraph);
      } else {
        out += "{\"id\": ";
        json_string(out, paragraph->iri);
        out += ", \"act\": ";
        json_text(out, paragraph->act);
        out += ", \"kind\": ";
        json_text(out, paragraph->kind);
        out += ", \"number\": ";
        json_text(out, paragraph->number);
        out += ", \"position\": ";
        json_number(out, paragraph->position);
        out += ", \"sourceFile\": ";
        json_text(out, paragraph->source_file);
        out += ", \"start\": ";
        json_number(out, paragraph->start);
        out += ", \"end\": ";
        json_number(out, paragraph->end);
        out += ", \"text\": ";
        json_text(out, paragraph->text);
        out += "}";
      }
      out += "}";
    }
    out += link.citations.empty() ? "]}" : "\n     ]}";
  }
  out += steps.empty() ? "]" : "\n  ]";
}

}  // namespace

Lineage lineage(const GraphIndex& index, const std::string& root_iri, const LineageOptions& options) {
  Lineage result;
  result.root = root_iri;
  result.depth = std::max(0, options.depth);
  result.agents = options.agents;
  LineageOptions walk_options = options;
  walk_options.depth = result.depth;
  walk(index, root_iri, walk_options, true, result.ancestors, result.ancestor_depth);
  walk(index, root_iri, walk_options, false, result.descendants, result.descendant_depth);
  return result;
}

std::string lineage_text(const GraphIndex& index, const Lineage& lineage, bool why) {
  return TextWriter(index, lineage, why).run();
}

std::string lineage_json(const GraphIndex& index, const Lineage& lineage) {
  std::string out = "{\n  \"root\": ";
  json_string(out, lineage.root);
  const Entity* root = index.entity(lineage.root);
  out += ",\n  \"key\": ";
  json_text(out, root ? root->key : std::string());
  out += ",\n  \"depth\": " + std::to_string(lineage.depth);
  out += ",\n  \"agents\": ";
  out += lineage.agents ? "true" : "false";

  // Nodes: the root, then the others by IRI.
  std::set<std::string> ids;
  for (const auto& [iri, depth] : lineage.ancestor_depth) ids.insert(iri);
  for (const auto& [iri, depth] : lineage.descendant_depth) ids.insert(iri);
  ids.erase(lineage.root);
  std::vector<std::string> order{lineage.root};
  order.insert(order.end(), ids.begin(), ids.end());
  out += ",\n  \"nodes\": [";
  for (std::size_t n = 0; n < order.size(); ++n) {
    const Entity* entity = index.entity(order[n]);
    if (!entity) continue;
    out += n ? ",\n    {" : "\n    {";
    out += "\"id\": ";
    json_string(out, entity->iri);
    out += ", \"kind\": ";
    json_string(out, kind_name(entity->kind));
    out += ", \"type\": ";
    json_text(out, entity->type);
    out += ", \"key\": ";
    json_text(out, entity->key);
    out += ", \"symbol\": ";
    json_text(out, entity->symbol);
    out += ", \"name\": ";
    json_text(out, entity->name());
    out += ", \"date\": ";
    json_text(out, entity->date);
    out += ",\n     \"title\": ";
    json_text(out, entity->title);
    out += ", \"label\": ";
    json_text(out, entity->label);
    out += ", \"sourceFile\": ";
    json_text(out, entity->source_file);
    out += ", \"link\": ";
    json_text(out, entity->link);
    const auto up = lineage.ancestor_depth.find(entity->iri);
    const auto down = lineage.descendant_depth.find(entity->iri);
    out += ", \"ancestorDepth\": ";
    out += up == lineage.ancestor_depth.end() ? std::string("null") : std::to_string(up->second);
    out += ", \"descendantDepth\": ";
    out += down == lineage.descendant_depth.end() ? std::string("null") : std::to_string(down->second);
    out += "}";
  }
  out += "\n  ],\n  \"ancestors\": ";
  json_steps(out, index, lineage.ancestors);
  out += ",\n  \"descendants\": ";
  json_steps(out, index, lineage.descendants);
  out += "\n}\n";
  return out;
}

}  // namespace resograph::graph
