// Graph stage, reading back: loads a graph that `resograph build` wrote
// (Turtle, N-Triples, N-Quads or TriG) into a Model with Serd and Sord, indexes
// its entities, the relations between them and the rg:Citation nodes that
// state them, and walks the lineage of one entity: its ancestors (what it
// recalls, reaffirms, takes note of, welcomes, endorses, bears in mind,
// mentions, is contained in, supplements, was drafted as…) and its
// descendants (what cites it), each step with its paragraphs and quoted words.
// Takes a Model; gives an index, lineages, and their text and JSON forms.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace resograph::graph {

/// Reads an RDF file into `model`; the syntax follows the file's extension
/// (.ttl Turtle, .nt N-Triples, .nq N-Quads, .trig TriG; anything else is read
/// as TriG, which also reads Turtle). False, with "FILE:LINE:COLUMN: message"
/// in `error`, when the file cannot be opened or is not valid RDF.
bool load_graph(const std::string& path, Model& model, std::string& error);

/// What an entity is, for pictures and filters.
enum class Kind : std::uint8_t { act, instrument, document, body, state };
/// "act", "instrument", "document", "body", "state".
std::string_view kind_name(Kind kind);

/// An act, instrument, document, body or State of the graph.
struct Entity {
  std::string iri;
  Kind kind = Kind::act;
  std::string type;         ///< Most specific rg class: "Resolution", "Convention", "Body"…
  std::string key;          ///< rg:key, or empty.
  std::string symbol;       ///< rg:symbol, or empty.
  std::string title;        ///< dcterms:title.
  std::string label;        ///< skos:prefLabel, else rdfs:label.
  std::string date;         ///< rg:adoptedOn, else dcterms:date (ISO).
  std::string source_file;  ///< rg:sourceFile: the corpus file that states it.
  std::string link;         ///< rdfs:seeAlso (an undocs.org permalink).
  std::string series;       ///< rg:series: the series of same-titled acts it belongs to, or empty.

  /// Its key, else its symbol, else its label or title, else its IRI.
  std::string name() const;
  bool is_agent() const { return kind == Kind::body || kind == Kind::state; }
};

/// A paragraph of an act of the corpus.
struct Paragraph {
  std::string iri;
  std::string act;            ///< IRI of the act it belongs to.
  std::string kind;           ///< "preambular" or "operative".
  std::string number;         ///< Operative number, or empty.
  long position = -1;         ///< 1-based position in the act.
  long start = -1, end = -1;  ///< Byte offsets in the source file.
  std::string text;
  std::string source_file;  ///< The act's rg:sourceFile.

  /// "operative paragraph 3", "preambular paragraph 8".
  std::string describe() const;
};

/// The provenance of one statement: an rg:Citation node.
struct Citation {
  std::string iri;
  std::string paragraph;      ///< IRI of the rg:Paragraph that states it (rg:statedIn).
  std::string verb;           ///< The verb as written ("Rappelant").
  std::string quote;          ///< The quoted words (rg:quote).
  long start = -1, end = -1;  ///< Byte offsets of the quote in the source file.
};

/// One statement between two entities, with every citation stating it.
struct Link {
  std::string source, relation, target;  ///< IRIs and the rg property's local name.
  std::vector<Citation> citations;       ///< Sorted by paragraph and offset.
};

/// The entities of a model and the rg: statements between them, read once.
class GraphIndex {
 public:
  explicit GraphIndex(const Model& model);

  const Entity* entity(std::string_view iri) const;
  const Entity* find_key(std::string_view key) const;
  const Paragraph* paragraph(std::string_view iri) const;
  /// The label of a series (rg:Series), or empty.
  std::string series_label(std::string_view iri) const;
  /// The acts of a series, oldest first (by rg:adoptedOn, then key).
  std::vector<const Entity*> series_members(std::string_view iri) const;
  /// The `count` keys nearest to `key` by edit distance (ties by key).
  std::vector<std::string> nearest_keys(std::string_view key, std::size_t count = 5) const;

  /// Every entity, by IRI.
  const std::map<std::string, Entity, std::less<>>& entities() const { return entities_; }
  /// Every statement between two entities, sorted by source, relation, target.
  const std::vector<Link>& links() const { return links_; }
  /// Indices into links() of the statements whose source / target is `iri`.
  const std::vector<std::size_t>& outgoing(std::string_view iri) const;
  const std::vector<std::size_t>& incoming(std::string_view iri) const;

 private:
  std::map<std::string, Entity, std::less<>> entities_;
  std::map<std::string, Paragraph, std::less<>> paragraphs_;
  std::map<std::string, std::string, std::less<>> series_labels_;
  std::map<std::string, std::string, std::less<>> by_key_;
  std::vector<Link> links_;
  std::map<std::string, std::vector<std::size_t>, std::less<>> outgoing_, incoming_;
};

/// The relations a lineage follows, stated by the source about the target:
/// recalls, reaffirms, takesNoteOf, welcomes, endorses, bearsInMind, mentions,
/// containedIn, supplements; with agents, also requests, urges, invites,
/// encourages. rg:draftOf is followed backwards: an adopted act descends from
/// its draft.
bool is_lineage_relation(std::string_view relation, bool agents);

/// Order of relations, the strongest first (draftOf, reaffirms, endorses,
/// recalls, welcomes, takesNoteOf, bearsInMind, containedIn, supplements,
/// requests, urges, invites, encourages, then mentions; others last).
int relation_rank(std::string_view relation);

struct LineageOptions {
  int depth = 2;        ///< Steps followed each way; 0 gives the entity alone.
  bool agents = false;  ///< Also reach bodies and States (addressed or mentioned).
};

/// One step of a lineage: a statement that leads from `near` (nearer the
/// root) to `far`, reached at `depth` steps from the root.
struct Step {
  std::size_t link = 0;  ///< Index into GraphIndex::links().
  std::string near, far;
  int depth = 1;
  bool inverse = false;  ///< The statement points at the root's side (rg:draftOf).
};

struct Lineage {
  std::string root;  ///< IRI.
  int depth = 0;
  bool agents = false;
  std::vector<Step> ancestors;                               ///< Breadth first, each level sorted.
  std::vector<Step> descendants;                             ///< Breadth first, each level sorted.
  std::map<std::string, int, std::less<>> ancestor_depth;    ///< Node → steps from the root (root: 0).
  std::map<std::string, int, std::less<>> descendant_depth;  ///< Node → steps from the root (root: 0).
};

/// The lineage of the entity `root_iri` (which must be in the index).
Lineage lineage(const GraphIndex& index, const std::string& root_iri, const LineageOptions& options);

/// An indented tree for the terminal: dates, titles, relations and the
/// paragraph that states each step; `why` adds the verbs, the quoted words
/// and their byte offsets.
std::string lineage_text(const GraphIndex& index, const Lineage& lineage, bool why);

/// The lineage as JSON: {"root", "depth", "nodes": […], "ancestors": […],
/// "descendants": […]}, every step with its statement and citations.
std::string lineage_json(const GraphIndex& index, const Lineage& lineage);

/// Levenshtein distance between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace resograph::graph
