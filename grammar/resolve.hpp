// Resolve stage: turns the segmented document and the tokens the grammar
// finds in each paragraph and footnote into typed relations and facts, in
// the terms of VOCABULARY.md. Citation groups get their issuing body (text
// attribution, "sa/ses", "adoptées par", numbering as a fallback); footnote
// markers link names to their footnotes ("Ibid." repeats the previous one);
// short forms ("l'Office", "la Convention") resolve to the entity they mean
// in context. Takes a Document and the registry; gives a Resolved document.
// No RDF here: the graph stage assembles it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast.hpp"
#include "document.hpp"
#include "find.hpp"
#include "lexicon.hpp"
#include "registry.hpp"

namespace resograph {

/// An entity a document names: identified by its key, or (an instrument
/// without a treaty number) by its label.
struct Entity {
  std::string key;                        ///< "res:GA:72/1", "body:UNODC"; empty for an instrument known by name.
  std::string label;                      ///< Its name (French): the registry's, or as the text writes it.
  std::string surface;                    ///< The words the text used, when they differ from `label`.
  std::string rdf_class;                  ///< Local name in rg: ("Resolution", "Body", "Convention", "Document" …).
  std::optional<std::uint32_t> registry;  ///< Its registry entry, when it has one.

  /// What makes two mentions the same entity: the key, or "label:" + the normalised label.
  std::string identity() const;
  bool is_act() const { return key.starts_with("res:") || key.starts_with("dec:"); }
  bool is_agent() const { return key.starts_with("body:") || key.starts_with("state:"); }
};

/// Where a relation or fact is stated: a paragraph of an act, and the words.
struct Provenance {
  std::int32_t act = -1;        ///< Index of the act; -1 for the document itself.
  std::int32_t paragraph = -1;  ///< Index of the paragraph in the act; -1 outside paragraphs.
  SourceSpan span;              ///< The words, in the source file.
  std::string verb;             ///< The verb as written.
};

/// act —relation→ entity, stated by a paragraph.
struct Statement {
  ast::Relation relation = ast::Relation::mentions;
  Entity target;
  Provenance where;
};

/// A fact about an entity: a literal (`value`) or an entity (`object`).
struct Fact {
  Entity subject;
  std::string property;  ///< "adoptedOn", "title", "adoptedBy", "containedIn", "supplements", "endorses" …
  std::optional<Entity> object;
  std::string value;  ///< ISO date or text, when `object` is empty.
  Provenance where;
};

struct ResolvedAct {
  Entity self;  ///< Keyed when the document states its number.
  std::optional<Entity> author;
  std::vector<Entity> sponsors;
};

struct Resolved {
  std::vector<ResolvedAct> acts;
  std::optional<Entity> document;  ///< The document as a UN document, when it has a symbol.
  std::optional<Entity> document_author;
  std::vector<Statement> statements;
  std::vector<Fact> facts;
  std::vector<Diagnostic> diagnostics;
};

/// Key for a resolution or decision: "res:GA:72/1".
std::string act_key(bool decision, std::string_view body_acronym, std::string_view number);
/// A name normalised for identity: lower case, accents and articles removed.
std::string normalise_name(std::string_view name);
/// The rg: property of a relation ("recalls").
std::string_view relation_name(ast::Relation relation);

/// The find stage's output for one document: the tokens of every paragraph,
/// footnote and (for a document that states no act) text block.
struct FoundDocument {
  std::vector<std::vector<std::vector<grammar::Found>>> paragraphs;  ///< [act][paragraph]
  std::vector<std::vector<grammar::Found>> footnotes;                ///< As Document::footnotes.
  std::vector<std::vector<grammar::Found>> blocks;                   ///< As Document::blocks; empty when acts exist.
};

class Resolver {
 public:
  explicit Resolver(const Registry& registry);
  /// Find stage: runs the grammar over the document's paragraphs and footnotes.
  FoundDocument find(const Document& document) const;
  /// Resolve stage, on what the find stage found.
  Resolved resolve(const Document& document, const FoundDocument& found) const;
  /// Both stages.
  Resolved resolve(const Document& document) const { return resolve(document, find(document)); }
  const grammar::Lexicon& lexicon() const { return lexicon_; }

  /// A normalised short form ("office", "conference parties"): its number, and
  /// the entries that have it. (Public for the resolve stage's internals.)
  struct ShortForm {
    std::uint32_t id = 0;
    std::vector<std::uint32_t> owners;
  };
  /// The known names inside a name, after its first word, and where they start
  /// ("Institut …" in "Conseil de direction de l'Institut …").
  using NamesInside = std::vector<std::pair<std::size_t, grammar::LexiconMatch>>;

 private:
  const Registry& registry_;
  grammar::Lexicon lexicon_;
  std::unordered_map<std::string, ShortForm> short_forms_;
  /// normalise_name of each entry's French label, by entry.
  std::vector<std::string> label_names_;
  /// The ids of each entry's short forms, by entry.
  std::vector<std::vector<std::uint32_t>> short_form_ids_;
  /// The names inside each entry's French label, by entry.
  std::vector<NamesInside> label_names_inside_;
};

}  // namespace resograph
