#include "resolve.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "clause.hpp"
#include "find.hpp"
#include "verbs.hpp"

namespace resograph {

namespace {

using ast::Relation;
using grammar::Found;

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

template <class T>
const T* as(const Found& found) {
  return boost::get<T>(&found.token.get());
}

/// ASCII fold of the accented letters of French. The folded text lives in a
/// buffer of the thread, reused (the resolve stage folds a few words at a
/// time, tens of thousands of times): valid until the next fold.
std::string_view fold(std::string_view text) {
  static const std::array<std::pair<std::string_view, char>, 30> table = {{
      {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"î", 'i'},
      {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ç", 'c'}, {"É", 'e'},
      {"È", 'e'}, {"Ê", 'e'}, {"À", 'a'}, {"Â", 'a'}, {"Î", 'i'}, {"Ô", 'o'}, {"Ç", 'c'}, {"Û", 'u'},
      {"ñ", 'n'}, {"á", 'a'}, {"í", 'i'}, {"ó", 'o'}, {"ú", 'u'}, {"ã", 'a'},
  }};
  // Every letter of the table is 0xC3 and a second byte: indexed by that byte.
  static const std::array<char, 256> after_c3 = [] {
    std::array<char, 256> folded{};
    for (const auto& [from, to] : table) folded[static_cast<unsigned char>(from[1])] = to;
    return folded;
  }();
  // Any other byte folds alone: ASCII capitals to lower case, the rest as it is.
  static constexpr std::array<char, 256> alone = [] {
    std::array<char, 256> folded{};
    for (unsigned c = 0; c < 256; ++c) {
      folded[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return folded;
  }();
  // A folded text is never longer than the text: "é" gives one byte, "œ" two.
  thread_local std::string out;
  out.resize(text.size());
  char* next = out.data();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c == 0xC3 || c == 0xC5) && i + 1 < text.size()) {
      const auto second = static_cast<unsigned char>(text[i + 1]);
      if (c == 0xC3 && after_c3[second] != 0) {
        *next++ = after_c3[second];
        ++i;
        continue;
      }
      if (c == 0xC5 && second == 0x93) {  // œ
        *next++ = 'o';
        *next++ = 'e';
        ++i;
        continue;
      }
    }
    *next++ = alone[c];
  }
  return std::string_view(out.data(), static_cast<std::size_t>(next - out.data()));
}

/// Whether `holds` is true of every word (run of ASCII letters and digits) of
/// a folded text, read in order; the read stops at the first it is false of.
template <class Predicate>
bool every_word(std::string_view folded, Predicate holds) {
  const auto is_word_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  for (std::size_t i = 0; i < folded.size();) {
    if (!is_word_char(folded[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < folded.size() && is_word_char(folded[end])) ++end;
    if (!holds(folded.substr(i, end - i))) return false;
    i = end;
  }
  return true;
}

/// Calls `f` with each word of a folded text.
template <class F>
void for_each_word(std::string_view folded, F f) {
  every_word(folded, [&](std::string_view word) {
    f(word);
    return true;
  });
}

/// Words, looked up without a copy.
using WordSet = std::set<std::string, std::less<>>;

/// "Groupe intergouvernemental d'experts" gives "GroupeIntergouvernementalExperts".
std::string pascal_slug(std::string_view name) {
  static const WordSet small = {"le", "la",  "les", "l",  "du",   "de",  "des",    "d",    "a",
                                "au", "aux", "et",  "en", "pour", "sur", "contre", "dans", "par"};
  std::string slug;
  every_word(fold(name), [&](std::string_view word) {
    if (small.count(word)) return true;
    slug += static_cast<char>(word[0] >= 'a' && word[0] <= 'z' ? word[0] - 'a' + 'A' : word[0]);
    slug += word.substr(1);
    return slug.size() <= 60;
  });
  return slug;
}

/// What a paragraph's words between two tokens are: gap text.
std::string_view gap(const std::string& text, std::uint32_t from, std::uint32_t to) {
  if (to <= from) return {};
  return std::string_view(text).substr(from, to - from);
}

bool only_words_of(std::string_view gap_text, const WordSet& allowed) {
  return every_word(fold(gap_text), [&](std::string_view word) { return allowed.count(word) != 0; });
}

const WordSet determiners = {"le", "la", "les", "l",   "du",  "de",   "des",   "d",   "au", "aux",
                             "a",  "et", "sa",  "son", "ses", "leur", "leurs", "que", "qu"};

/// Only articles, prepositions and spaces: "du ", " de l'", ", ".
bool only_determiners(std::string_view gap_text) { return only_words_of(gap_text, determiners); }

/// Between a verb and the head of its object: articles, and nouns whose theme
/// the head is ("de l'adoption de", "la publication du", "l'admission du").
bool leads_to_head(std::string_view gap_text) {
  static const WordSet words = [] {
    WordSet all = determiners;
    for (const char* noun : {"adoption", "admission", "publication", "creation", "entree", "vigueur", "election",
                             "nomination", "reelection", "lancement", "ouverture", "tenue", "convocation"}) {
      all.insert(noun);
    }
    return all;
  }();
  return only_words_of(gap_text, words);
}

/// Between two addressees of a requesting verb: articles, commas, "et", and
/// the unnamed addressees of a list ("les autres donateurs", "les organisations
/// intergouvernementales").
bool continues_addressees(std::string_view gap_text) {
  static const WordSet words = [] {
    WordSet all = determiners;
    // clang-format off
    for (const char* filler : {"autres", "tous", "toutes", "entites", "organismes", "organisations", "interesses",
                               "interessees", "competents", "competentes", "concernes", "concernees",
                               "internationales", "internationaux", "regionales", "regionaux", "intergouvernementales",
                               "non", "gouvernementales", "institutions", "specialisees", "etats", "donateurs",
                               "parties", "prenantes", "ainsi", "y", "compris", "notamment", "en", "particulier",
                               "societe", "civile", "secteur", "prive", "acteurs", "pertinents", "pertinentes",
                               "instituts", "programmes", "fonds", "nations", "unies", "systeme"}) {
      // clang-format on
      all.insert(filler);
    }
    return all;
  }();
  return only_words_of(gap_text, words);
}

/// " à fournir", " de prendre", " d'inclure": an infinitive ends the addressees.
bool opens_infinitive(std::string_view gap_text) {
  std::string_view previous;
  return !every_word(fold(gap_text), [&](std::string_view word) {
    const bool opens = previous == "a" || previous == "de" || previous == "d" || previous == "afin";
    previous = word;
    if (!opens) return true;
    if (word == "se" || word == "s" || word == "y") return false;  // "à se faire représenter"
    for (std::string_view ending : {"er", "ir", "re", "oir"}) {
      if (word.size() > 3 && ends_with(word, ending)) return false;
    }
    return true;
  });
}

/// A citation group: "ses résolutions 61/180 du 20 décembre 2006, … et 76/186 …".
struct CitedItem {
  ast::ActNumber number;
  std::optional<CalendarDate> date;
  std::string title;
  std::uint32_t begin = 0, end = 0;
  bool overlong = false;  ///< A number no UN act has (a thousand digits): dropped from the group.
  Entity entity;
};

struct Group {
  std::size_t first = 0, last = 0;  // token indices [first, last]
  std::string determiner;
  bool decision = false;
  bool plural = false;
  std::vector<CitedItem> items;
  std::vector<std::size_t> markers;     // footnote markers on the group's numbers or titles
  std::optional<Entity> explicit_body;  // "de l'Assemblée générale"
  std::optional<Entity> adopted_by;     // "adoptées par la Commission"
  std::optional<CalendarDate> adopted_on;
  bool possessive() const {
    return determiner.find("sa") != std::string::npos || determiner.find("ses") != std::string::npos ||
           determiner.find("leur") != std::string::npos || determiner == "Sa" || determiner == "Ses";
  }
};

bool is_roman(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](char c) { return std::string_view("IVXLC").find(c) != std::string_view::npos; });
}

/// The issuing body a number's form suggests when the text names none.
std::string body_by_numbering(const ast::ActNumber& number, const std::string& author_acronym,
                              std::optional<CalendarDate> date) {
  const std::string& base = number.base;
  if (starts_with(base, "S-") || starts_with(base, "ES-")) return "GA";
  if (number.session.size() == 4 && !is_roman(number.session)) return "SC";
  if (is_roman(number.session)) return "GA";
  const std::size_t slash = base.find('/');
  if (slash == std::string::npos) return "GA";
  const unsigned first = static_cast<unsigned>(std::stoul(base.substr(0, slash)));
  if (first >= 1946) return "ECOSOC";
  if (author_acronym == "GA" || author_acronym.empty()) {
    // A General Assembly session N meets in 1945 + N and early 1946 + N.
    if (!date || date->year == 1945 + first || date->year == 1946 + first) return "GA";
    return author_acronym.empty() ? "GA" : author_acronym;
  }
  if (date && (date->year == 1945 + first || date->year == 1946 + first)) return "GA";
  return author_acronym;
}

std::string acronym_of(const Entity& body) { return body.key.starts_with("body:") ? body.key.substr(5) : ""; }

/// The letters of "A-D" or "A,B" spelled out.
std::vector<std::string> expand_letters(const std::string& letters) {
  if (letters.size() == 3 && letters[1] == '-') {
    std::vector<std::string> out;
    for (char c = letters[0]; c <= letters[2]; ++c) out.emplace_back(1, c);
    return out;
  }
  if (letters.size() == 3 && letters[1] == ',') return {std::string(1, letters[0]), std::string(1, letters[2])};
  return {letters};
}

struct FootnoteInfo {
  std::vector<std::string> treaty_keys;
  std::vector<Group> groups;
  std::vector<Entity> documents;
  std::vector<Entity> names;
  bool annex = false;
  bool ibid = false;
  bool only_symbol = false;  ///< The footnote is a document symbol and nothing else ("A/78/119.").
};

}  // namespace

std::string Entity::identity() const { return key.empty() ? "label:" + normalise_name(label) : key; }

namespace {

/// The words normalise_name leaves out.
bool is_article(std::string_view word) {
  static constexpr std::array<std::string_view, 8> articles = {"le", "la", "les", "l", "du", "de", "des", "d"};
  return std::find(articles.begin(), articles.end(), word) != articles.end();
}

/// Whether normalise_name(name) is `normalised`, without making it: the read
/// stops at the first word that differs.
bool normalises_to(std::string_view name, std::string_view normalised) {
  std::size_t matched = 0;  // bytes of `normalised` the words read so far are
  const bool same = every_word(fold(name), [&](std::string_view word) {
    if (is_article(word)) return true;
    if (matched != 0 && (matched >= normalised.size() || normalised[matched++] != ' ')) return false;
    if (normalised.substr(matched, word.size()) != word) return false;
    matched += word.size();
    return true;
  });
  return same && matched == normalised.size();
}

}  // namespace

std::string normalise_name(std::string_view name) {
  const std::string_view folded = fold(name);
  std::string out;
  out.reserve(folded.size());
  for_each_word(folded, [&](std::string_view word) {
    if (is_article(word)) return;
    if (!out.empty()) out += ' ';
    out += word;
  });
  return out;
}

std::string act_key(bool decision, std::string_view body_acronym, std::string_view number) {
  std::string key = decision ? "dec:" : "res:";
  key += body_acronym;
  key += ':';
  for (char c : number) {
    if (c != ' ') key += c;
  }
  return key;
}

std::string_view relation_name(Relation relation) {
  switch (relation) {
    case Relation::recalls: return "recalls";
    case Relation::reaffirms: return "reaffirms";
    case Relation::takes_note_of: return "takesNoteOf";
    case Relation::welcomes: return "welcomes";
    case Relation::endorses: return "endorses";
    case Relation::bears_in_mind: return "bearsInMind";
    case Relation::requests: return "requests";
    case Relation::urges: return "urges";
    case Relation::invites: return "invites";
    case Relation::encourages: return "encourages";
    case Relation::mentions: return "mentions";
  }
  return "mentions";
}

namespace {

Resolver::NamesInside names_inside_of(const std::string& name, const grammar::Lexicon& lexicon) {
  Resolver::NamesInside names;
  for (std::size_t i = 1; i < name.size(); ++i) {
    if (name[i - 1] != ' ' && name[i - 1] != '\'') continue;
    if (const auto inner = lexicon.match(name, i)) {
      names.emplace_back(i, *inner);
      i += inner->length;
    }
  }
  return names;
}

}  // namespace

Resolver::Resolver(const Registry& registry) : registry_(registry) {
  const auto& entries = registry.entries();
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const RegistryEntry& entry = entries[i];
    label_names_.push_back(normalise_name(entry.label_fr));
    lexicon_.add(entry.label_fr, i);
    for (const std::string& label : entry.alt_labels) lexicon_.add(label, i);
    for (const std::string& notation : entry.notations) lexicon_.add(notation, i);
    for (const std::string& adjective : entry.adjectives) {
      lexicon_.add("Gouvernement " + adjective, i);
    }
    auto& ids = short_form_ids_.emplace_back();
    for (const std::string& form : entry.short_forms) {
      const auto [it, added] = short_forms_.try_emplace(normalise_name(form));
      ShortForm& short_form = it->second;
      if (added) short_form.id = static_cast<std::uint32_t>(short_forms_.size() - 1);
      ids.push_back(short_form.id);
      if (short_form.owners.empty() || short_form.owners.back() != i) short_form.owners.push_back(i);
    }
  }
  // Once the lexicon knows every name.
  for (const RegistryEntry& entry : entries) label_names_inside_.push_back(names_inside_of(entry.label_fr, lexicon_));
}

namespace {

/// Resolves one document; holds what the document has named so far.
class DocumentResolver {
 public:
  DocumentResolver(const Registry& registry, const grammar::Lexicon& lexicon,
                   const std::unordered_map<std::string, Resolver::ShortForm>& short_forms,
                   const std::vector<std::string>& label_names,
                   const std::vector<std::vector<std::uint32_t>>& short_form_ids,
                   const std::vector<Resolver::NamesInside>& label_names_inside, const Document& document,
                   const FoundDocument& found, Resolved& out)
      : registry_(registry),
        lexicon_(lexicon),
        label_names_(label_names),
        short_form_ids_(short_form_ids),
        label_names_inside_(label_names_inside),
        document_(document),
        found_(found),
        out_(out),
        short_forms_(short_forms) {}

  void run();

 private:
  // ------------------------------------------------------------ entities
  Entity from_registry(std::uint32_t index, std::string_view surface) const {
    const RegistryEntry& entry = registry_.entry(index);
    Entity entity{.key = entry.key,
                  .label = entry.label_fr.empty() ? std::string(surface) : entry.label_fr,
                  .surface = {},
                  .rdf_class = entry.rdf_class,
                  .registry = index};
    // (Without a French label, the label is the surface: the test stops early.)
    if (!surface.empty() && surface != entity.label && !surface.starts_with("unts:") &&
        !normalises_to(surface, label_names_[index])) {
      entity.surface = std::string(surface);
    }
    return entity;
  }

  std::optional<Entity> body_named(std::string_view name) const {
    const std::string text(name);
    if (const auto match = lexicon_.match(text, 0); match && match->length == text.size()) {
      return from_registry(match->entry, text);
    }
    return std::nullopt;
  }

  Entity document_entity(std::string_view symbol) const {
    Entity entity;
    for (char c : symbol) {
      if (c != ' ') entity.key += c;
    }
    entity.key = "doc:" + entity.key;
    entity.label = std::string(symbol);
    entity.rdf_class = "Document";
    return entity;
  }

  /// A name found by its head noun: a short form ("l'Office") resolves to the
  /// last entity of the document that has it; a full name is a new entity.
  std::optional<Entity> from_name(const ast::Name& name) {
    std::string tail = name.tail;
    // Trailing small words belong to what follows: "Convention relative aux droits de".
    static const WordSet trailing = {"de", "du",  "des", "la", "le",  "les",  "l'", "d'",  "à",
                                     "au", "aux", "et",  "en", "sur", "pour", "sa", "son", "ses"};
    while (!tail.empty()) {
      const std::size_t space = tail.rfind(' ');
      const std::string_view last = std::string_view(tail).substr(space + 1);
      if (!trailing.count(last)) break;
      tail.erase(space == std::string::npos ? 0 : space);
    }
    const std::string full = name.head + tail;
    const bool body = grammar::is_body_head(name.head);
    if (tail.empty()) return short_form(name.head);
    if (auto known = short_form(full)) return known;
    // An unknown body needs a proper name in its tail ("Comité II du quatorzième
    // Congrès"); an unknown instrument a tail that reads like a title.
    if (body ? !has_capital(tail) : !starts_like_title(tail)) return short_form(name.head);
    Entity entity;
    entity.label = full;
    if (body) {
      entity.key = "body:" + pascal_slug(full);
      entity.rdf_class = "Body";
    } else {
      entity.rdf_class = instrument_class(name.head);
    }
    return entity;
  }

  static bool has_capital(std::string_view tail) {
    for (std::size_t i = 1; i < tail.size(); ++i) {
      if (tail[i - 1] != ' ' && tail[i - 1] != '\'') continue;
      if ((tail[i] >= 'A' && tail[i] <= 'Z') || starts_with(tail.substr(i), "É")) return true;
    }
    return false;
  }

  static bool starts_like_title(std::string_view tail) {
    // clang-format off
    static const WordSet openers = {
        "de", "du", "des", "d", "sur", "pour", "contre", "relatif", "relative", "relatifs", "relatives", "visant",
        "concernant", "a", "aux", "au", "international", "internationale", "internationaux", "internationales",
        "mondial", "mondiale", "politique", "universel", "universelle", "additionnel", "facultatif", "type", "types",
        "minima", "directeurs", "commun", "commune", "regional", "regionale", "europeen", "europeenne", "africain",
        "africaine", "americain", "americaine", "arabe", "interamericain", "interamericaine", "unique", "modele"};
    // clang-format on
    std::optional<std::string_view> first;
    const std::string_view folded = fold(tail);
    every_word(folded, [&](std::string_view word) {
      first = word;
      return false;
    });
    if (!first) return false;
    return openers.count(*first) ||
           (tail.size() > 1 && ((tail[1] >= 'A' && tail[1] <= 'Z') || (tail[1] >= '0' && tail[1] <= '9')));
  }

  static std::string instrument_class(std::string_view head) {
    if (head == "Convention") return "Convention";
    if (head == "Protocole") return "Protocol";
    if (head == "Déclaration" || head == "déclaration politique") return "Declaration";
    if (head == "Plan d'action" || head == "Programme d'action") return "PlanOfAction";
    if (head == "Programme") return "Programme";
    if (head == "Pacte") return "Pact";
    if (head == "Règles" || head == "Ensemble de règles") return "Rules";
    if (head == "Stratégie") return "Strategy";
    if (head == "Charte") return "Charter";
    if (head == "Principes" || head == "Principes directeurs") return "Principles";
    if (head == "Lignes directrices" || head == "Directives") return "Guidelines";
    return "Instrument";
  }

  /// The most recent entity of this document a short form fits, then the act's author.
  std::optional<Entity> short_form(std::string_view form) const {
    const std::string wanted = normalise_name(form);
    const auto known = short_forms_.find(wanted);
    if (known == short_forms_.end()) return std::nullopt;
    if (const auto latest = latest_.find(known->second.id); latest != latest_.end()) return latest->second;
    const std::vector<std::uint32_t>& owners = known->second.owners;
    if (author_ && author_->registry && std::find(owners.begin(), owners.end(), *author_->registry) != owners.end()) {
      return author_;
    }
    // A short form of several words that one registry entry alone has
    // ("Conférence des Parties") names it even before its full name appears.
    if (wanted.find(' ') != std::string::npos && owners.size() == 1) return from_registry(owners.front(), form);
    return std::nullopt;
  }

  /// Whether two entities are one (the same Entity::identity), without making
  /// the identities: the registry's labels are normalised already.
  bool same_identity(const Entity& a, const Entity& b) const {
    if (!a.key.empty() && !b.key.empty()) return a.key == b.key;
    const Entity& labelled = a.key.empty() ? a : b;
    const Entity& other = a.key.empty() ? b : a;
    if (const auto name = registry_label_name(labelled)) return has_label_identity(other, *name);
    return has_label_identity(other, normalise_name(labelled.label));
  }

  /// normalise_name of the entity's label, when it is its registry entry's.
  std::optional<std::string_view> registry_label_name(const Entity& entity) const {
    if (entity.registry && entity.label == registry_.entry(*entity.registry).label_fr) {
      return label_names_[*entity.registry];
    }
    return std::nullopt;
  }

  /// Whether the entity's identity is "label:" + `name`.
  bool has_label_identity(const Entity& entity, std::string_view name) const {
    if (!entity.key.empty()) return entity.key.starts_with("label:") && std::string_view(entity.key).substr(6) == name;
    if (const auto known = registry_label_name(entity)) return *known == name;
    return normalises_to(entity.label, name);
  }

  /// The names inside an entity's label: a registry label's were read once
  /// for every document, another label's are read once a document.
  const Resolver::NamesInside& names_inside(const Entity& entity) {
    if (entity.registry && entity.label == registry_.entry(*entity.registry).label_fr) {
      return label_names_inside_[*entity.registry];
    }
    const auto [it, added] = names_inside_.try_emplace(entity.label);
    if (added) it->second = names_inside_of(entity.label, lexicon_);
    return it->second;
  }

  /// The entity is now the latest of the document under each of its short forms.
  void remember(const Entity& entity) {
    if (!entity.registry) return;
    for (const std::uint32_t id : short_form_ids_[*entity.registry]) latest_[id] = entity;
  }

  // ------------------------------------------------------------ output
  // Statements and facts are made in place, where they stay: an Entity and a
  // Provenance are a few strings each, and a move of them costs a copy's worth.

  /// States act —relation→ target; false when the target names nothing (no key, no label).
  bool state(Relation relation, const Entity& target, std::uint32_t begin, std::uint32_t end) {
    if (target.key.empty() && target.label.empty()) return false;
    Statement& statement = out_.statements.emplace_back(relation, target);
    set_where(statement.where, begin, end);
    return true;
  }

  void fact(const Entity& subject, std::string property, const Entity& object, std::uint32_t begin, std::uint32_t end) {
    Fact& f = out_.facts.emplace_back(subject, std::move(property), object);
    set_where(f.where, begin, end);
  }

  void fact(const Entity& subject, std::string property, std::string value, std::uint32_t begin, std::uint32_t end) {
    Fact& f = out_.facts.emplace_back(subject, std::move(property), std::nullopt, std::move(value));
    set_where(f.where, begin, end);
  }

  /// The provenance of what the text bytes [begin, end) of the current paragraph state.
  void set_where(Provenance& p, std::uint32_t begin, std::uint32_t end) const {
    p.act = act_index_;
    p.paragraph = paragraph_index_;
    p.verb = verb_;
    if (mapped_ && end > begin) p.span = mapped_->source_span(begin, end);
  }

  /// Before a name that starts with an ordinal ("quatorzième Congrès"), the
  /// ordinals coordinated with it ("treizième et ", "onzième, douzième et ")
  /// name the same kind of thing: the entities the lexicon knows by those names.
  std::vector<Entity> coordinated_ordinals(const std::string& text, std::uint32_t begin, const std::string& surface) {
    std::vector<Entity> siblings;
    const std::size_t space = surface.find(' ');
    const auto is_ordinal = [](std::string_view word) {
      return ends_with(word, "ième") || word == "premier" || word == "première";
    };
    if (space == std::string::npos || !is_ordinal(std::string_view(surface).substr(0, space))) return siblings;
    const std::string rest = surface.substr(space);
    std::string_view before = std::string_view(text).substr(0, begin);
    if (!ends_with(before, " et ")) return siblings;
    before.remove_suffix(4);
    for (int count = 0; count < 5; ++count) {
      const std::size_t start = before.find_last_of(" ,") == std::string_view::npos ? 0 : before.find_last_of(" ,") + 1;
      const std::string word(before.substr(start));
      if (!is_ordinal(word)) break;
      const std::string name = word + rest;
      if (const auto match = lexicon_.match(name, 0); match && match->length == name.size()) {
        siblings.push_back(from_registry(match->entry, name));
      }
      before = before.substr(0, start);
      if (ends_with(before, ", "))
        before.remove_suffix(2);
      else
        break;
    }
    return siblings;
  }

  /// The words after "sur" that follow a citation group, up to the end of the phrase.
  static std::string topic_after(const std::string& text, std::uint32_t end) {
    const std::string_view rest = std::string_view(text).substr(end);
    if (!starts_with(rest, " sur ")) return {};
    std::string_view topic = rest.substr(5);
    for (std::string_view stop : {",", ";", " et ses ", " et les ", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"}) {
      topic = topic.substr(0, std::min(topic.size(), topic.find(stop)));
    }
    while (!topic.empty() && (topic.back() == ' ' || topic.back() == '.')) topic.remove_suffix(1);
    for (std::string_view article : {"l'", "la ", "le ", "les "}) {
      if (starts_with(topic, article)) topic.remove_prefix(article.size());
    }
    if (topic.size() < 8 || topic.size() > 300) return {};
    return std::string(topic);
  }

  // ------------------------------------------------------------ citations
  /// The body a token names, if it is one.
  std::optional<Entity> agent_entity(const Found& found) {
    std::optional<Entity> body;
    if (const auto* known = as<ast::Known>(found)) body = from_registry(known->entry, known->text);
    if (const auto* name = as<ast::Name>(found)) body = from_name(*name);
    if (body && !body->is_agent()) body.reset();
    return body;
  }

  /// After "adoptée(s)" at `k`: the index of the body named after "par"
  /// (a date may stand between), or 0.
  std::size_t attribution_after(const std::vector<Found>& tokens, std::size_t k, const std::string& text) {
    for (std::size_t j = k + 1; j < tokens.size() && j <= k + 3; ++j) {
      const std::string_view between = gap(text, tokens[j - 1].end, tokens[j].begin);
      if (as<ast::Date>(tokens[j])) continue;
      if (between.find("par ") == std::string_view::npos && between.find("par l'") == std::string_view::npos) return 0;
      return agent_entity(tokens[j]) ? j : 0;
    }
    return 0;
  }

  Group parse_group(const std::vector<Found>& tokens, std::size_t k, const std::string& text) {
    const auto& noun = *as<ast::ActNoun>(tokens[k]);
    Group group;
    group.first = group.last = k;
    group.determiner = noun.determiner;
    group.decision = noun.decision();
    group.plural = noun.plural();
    for (std::size_t j = k + 1; j < tokens.size(); ++j) {
      const std::string_view between = gap(text, tokens[j - 1].end, tokens[j].begin);
      if (const auto* number = as<ast::ActNumber>(tokens[j])) {
        if (between.size() > 8 && !group.items.empty()) break;
        if (!group.items.empty() && !(between == ", " || between == " et " || between == ", et " || between == " " ||
                                      between == "; " || ends_with(between, ", "))) {
          break;
        }
        CitedItem item;
        item.number = *number;
        item.begin = tokens[j].begin;
        item.end = tokens[j].end;
        item.overlong = overlong_number(gap(text, item.begin, item.end));
        group.items.push_back(std::move(item));
      } else if (const auto* date = as<ast::Date>(tokens[j])) {
        if (group.items.empty() || group.items.back().date) break;
        if (!(ends_with(between, "du ") || ends_with(between, "le "))) break;
        group.items.back().date = to_calendar(*date);
      } else if (const auto* title = as<ast::Title>(tokens[j])) {
        if (group.items.empty() || between.find("intitul") == std::string_view::npos) break;
        const bool plural_title =
            between.find("intitulées") != std::string_view::npos || between.find("intitulés") != std::string_view::npos;
        std::string_view words = title->text;
        while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
        if (plural_title) {
          for (CitedItem& item : group.items) {
            if (item.title.empty()) item.title = words;
          }
        } else {
          group.items.back().title = words;
        }
      } else if (as<ast::Known>(tokens[j]) || as<ast::Name>(tokens[j])) {
        if (group.explicit_body || !(ends_with(between, "de l'") || ends_with(between, "du ") ||
                                     ends_with(between, "de la ") || ends_with(between, "des "))) {
          break;
        }
        std::optional<Entity> body;
        if (const auto* known = as<ast::Known>(tokens[j])) {
          body = from_registry(known->entry, known->text);
        } else {
          const auto* name = as<ast::Name>(tokens[j]);
          body = from_name(*name);
          // "de l'Assemblée" before the Assembly was named: an attribution all
          // the same; the numbering decides the body.
          if (!body && grammar::is_body_head(name->head)) {
            group.last = j;
            continue;
          }
        }
        if (!body || !body->key.starts_with("body:")) break;
        group.explicit_body = body;
      } else if (as<ast::Marker>(tokens[j])) {
        if (!between.empty()) break;
        group.markers.push_back(j);
      } else if (as<ast::AdoptedBy>(tokens[j]) && !group.items.empty()) {
        // "la résolution 44/4 adoptée le 16 juillet 2020 par le Conseil des droits de l'homme"
        const std::size_t agent = attribution_after(tokens, j, text);
        if (agent == 0) break;
        for (std::size_t d = j + 1; d < agent; ++d) {
          if (const auto* date = as<ast::Date>(tokens[d]); date && !group.items.back().date) {
            group.items.back().date = to_calendar(*date);
          }
        }
        group.adopted_by = agent_entity(tokens[agent]);
        j = agent;
      } else {
        break;
      }
      group.last = j;
    }
    // Its date and title stayed with an overlong number (run reported it): it names no act.
    std::erase_if(group.items, [](const CitedItem& item) { return item.overlong; });
    return group;
  }

  /// Gives each item of a group its key, in the body the text implies.
  void key_group(Group& group, const std::optional<Entity>& owner) {
    const std::string author = author_ ? acronym_of(*author_) : "";
    for (CitedItem& item : group.items) {
      std::string body;
      if (group.explicit_body) {
        body = acronym_of(*group.explicit_body);
      } else if (group.adopted_by) {
        body = acronym_of(*group.adopted_by);
      } else if (group.possessive() && owner) {
        body = acronym_of(*owner);
      }
      if (body.empty()) body = body_by_numbering(item.number, group.possessive() ? author : "", item.date);
      const std::string base = item.number.base;
      std::string number = base;
      if (!item.number.letters.empty()) number += item.number.letters;
      if (!item.number.session.empty()) number += "(" + item.number.session + ")";
      item.entity.key = act_key(group.decision, body, number);
      item.entity.label = (group.decision ? "décision " : "résolution ") + base +
                          (item.number.letters.empty() ? "" : " " + item.number.letters) +
                          (item.number.session.empty() ? "" : " (" + item.number.session + ")");
      item.entity.rdf_class = group.decision ? "Decision" : "Resolution";
    }
    // "3411 A et B (XXX)" cites two resolutions.
    const auto cites_several = [](const CitedItem& item) {
      const std::string& letters = item.number.letters;
      return letters.size() == 3 && (letters[1] == '-' || letters[1] == ',');
    };
    if (std::none_of(group.items.begin(), group.items.end(), cites_several)) return;
    std::vector<CitedItem> expanded;
    for (CitedItem& item : group.items) {
      const std::string& letters = item.number.letters;
      if (cites_several(item)) {
        for (const std::string& letter : expand_letters(letters)) {
          CitedItem one = item;
          one.number.letters = letter;
          const std::string prefix = item.entity.key.substr(0, item.entity.key.rfind(':') + 1);
          one.entity.key =
              prefix + item.number.base + letter + (item.number.session.empty() ? "" : "(" + item.number.session + ")");
          expanded.push_back(std::move(one));
        }
      } else {
        expanded.push_back(std::move(item));
      }
    }
    group.items = std::move(expanded);
  }

  // ------------------------------------------------------------ footnotes
  const FootnoteInfo* footnote(const std::string& written, std::uint32_t order) {
    const std::string marker = superscript_to_ascii(written);
    const Footnote* best = nullptr;
    for (const Footnote& note : document_.footnotes) {
      if (note.marker != marker) continue;
      if (!best || (note.order >= order && (best->order < order || note.order < best->order))) best = &note;
    }
    if (!best) return nullptr;
    const std::string key = marker + "@" + std::to_string(best->order);
    if (auto it = footnotes_.find(key); it != footnotes_.end()) return &it->second;
    FootnoteInfo info = read_footnote(*best);
    return &footnotes_.emplace(key, std::move(info)).first->second;
  }

  FootnoteInfo read_footnote(const Footnote& note) {
    FootnoteInfo info;
    const std::string& text = note.text.text();
    const std::vector<Found>& tokens = found_.footnotes[static_cast<std::size_t>(&note - document_.footnotes.data())];
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const Found& found = tokens[k];
      if (as<ast::Ibid>(found) && k == 0) {
        info.ibid = true;
      } else if (const auto* series = as<ast::TreatySeries>(found)) {
        for (unsigned volume : series->volumes) {
          info.treaty_keys.push_back("unts:" + std::to_string(volume) + ":" + std::to_string(series->number));
        }
      } else if (as<ast::ActNoun>(found)) {
        Group group = parse_group(tokens, k, text);
        k = group.last;
        info.groups.push_back(std::move(group));
      } else if (const auto* symbol = as<ast::DocSymbol>(found); symbol && !overlong_number(symbol->text)) {
        info.documents.push_back(document_entity(symbol->text));
      } else if (as<ast::Annex>(found)) {
        info.annex = true;
      } else if (const auto* known = as<ast::Known>(found)) {
        info.names.push_back(from_registry(known->entry, known->text));
      }
    }
    info.only_symbol = tokens.size() == 1 && as<ast::DocSymbol>(tokens[0]) && text.size() <= tokens[0].end + 1;
    if (info.ibid) {
      // "Ibid." repeats the previous footnote's source; what follows it overrides.
      const Footnote* previous = previous_footnote(note);
      if (previous) {
        FootnoteInfo before = read_footnote(*previous);
        if (info.treaty_keys.empty()) info.treaty_keys = before.treaty_keys;
        if (info.groups.empty() && info.documents.empty() && info.treaty_keys.empty()) {
          info.groups = before.groups;
          info.documents = before.documents;
        }
      }
    }
    return info;
  }

  const Footnote* previous_footnote(const Footnote& note) {
    // The number of each footnote's marker (-1 if none), read once a document.
    if (footnote_numbers_.empty()) {
      footnote_numbers_.reserve(document_.footnotes.size());
      for (const Footnote& other : document_.footnotes) {
        const std::string& marker = other.marker;
        const bool numeric = !marker.empty() && marker[0] >= '0' && marker[0] <= '9' && !overlong_number(marker);
        footnote_numbers_.push_back(numeric ? std::stol(marker) : -1L);
      }
    }
    const std::vector<Footnote>& notes = document_.footnotes;
    const Footnote* best = nullptr;
    const long wanted = footnote_numbers_[static_cast<std::size_t>(&note - notes.data())] - 1;
    for (std::size_t i = 0; i < notes.size(); ++i) {
      const Footnote& other = notes[i];
      if (footnote_numbers_[i] == wanted &&
          (!best || std::abs(static_cast<long>(other.order) - static_cast<long>(note.order)) <
                        std::abs(static_cast<long>(best->order) - static_cast<long>(note.order)))) {
        best = &other;
      }
    }
    return best;
  }

  // ------------------------------------------------------------ paragraphs
  void paragraph(const MappedText& text, const std::vector<Found>& tokens, std::uint32_t order);

  /// Reports, once each, the dates and numbers of `tokens` (found in `text`)
  /// that no UN text holds: impossible days, numbers of a thousand digits.
  /// The stages after leave them out (no adoptedOn, no key). What the
  /// segmenter reported already (a report's header) is not repeated.
  void check_values(const MappedText& text, const std::vector<Found>& tokens) {
    const auto reported = [&](const Diagnostic& diagnostic) {
      return std::any_of(document_.diagnostics.begin(), document_.diagnostics.end(), [&](const Diagnostic& seen) {
        return seen.line == diagnostic.line && seen.column == diagnostic.column && seen.message == diagnostic.message;
      });
    };
    for (const Found& found : tokens) {
      std::optional<std::string> problem;
      if (as<ast::ActNumber>(found)) {
        problem = number_problem("act number", gap(text.text(), found.begin, found.end));
      } else if (const auto* symbol = as<ast::DocSymbol>(found)) {
        problem = number_problem("document symbol", symbol->text);
      } else if (const auto* date = as<ast::Date>(found)) {
        problem = date_problem(*date);
      }
      if (!problem) continue;
      Diagnostic diagnostic =
          diagnostic_at(document_.source, text, found.begin, Status::bad_value, std::move(*problem));
      if (!reported(diagnostic)) out_.diagnostics.push_back(std::move(diagnostic));
    }
  }

  const Registry& registry_;
  const grammar::Lexicon& lexicon_;
  const std::vector<std::string>& label_names_;
  const std::vector<std::vector<std::uint32_t>>& short_form_ids_;
  const std::vector<Resolver::NamesInside>& label_names_inside_;
  const Document& document_;
  const FoundDocument& found_;
  Resolved& out_;
  const std::unordered_map<std::string, Resolver::ShortForm>& short_forms_;
  std::unordered_map<std::uint32_t, Entity> latest_;                     // by short form id
  std::unordered_map<std::string, Resolver::NamesInside> names_inside_;  // of labels not the registry's
  std::optional<Entity> author_;
  std::map<std::string, FootnoteInfo> footnotes_;
  std::vector<long> footnote_numbers_;                 // by footnote
  std::vector<std::optional<Entity>> known_entities_;  // by token of the current paragraph
  std::int32_t act_index_ = -1;
  std::int32_t paragraph_index_ = -1;
  const MappedText* mapped_ = nullptr;
  std::string verb_;
};

/// The role an entity plays where it is named.
enum class Role { object, relative };

void DocumentResolver::paragraph(const MappedText& mapped, const std::vector<Found>& tokens, std::uint32_t order) {
  mapped_ = &mapped;
  const std::string& text = mapped.text();

  // Clause state.
  Relation relation = Relation::mentions;
  verb_.clear();
  std::uint32_t clause_begin = 0;  // where the clause's object starts
  bool addressees_open = false;    // requesting verbs: before the infinitive
  bool head_open = true;           // the first entity after the verb is its head
  bool last_was_head = false;      // the last entity was a head: a coordinated one is too
  bool in_relative = false;
  // Acts of a citation group are pointed at in `groups`, where they stay for the paragraph.
  std::vector<const Entity*> relative_subjects;  // acts a "dans laquelle" clause speaks of
  std::optional<Entity> relative_body;           // "que l'Assemblée générale a adoptée"
  std::optional<Entity> relative_antecedent;     // the instrument "que …" refers to
  std::optional<ast::PastVerb> past;
  std::vector<const Entity*> past_subjects;
  std::optional<Entity> adoption_instrument;  // what "a adopté" adopted
  std::optional<Entity> adoption_body;
  std::vector<const Entity*> last_group;  // the acts of the last citation group
  std::string last_group_determiner;
  bool last_group_in_clause = false;
  // The last entity named: the target of its statement, by index (the statements grow).
  std::optional<std::size_t> last_named;
  const auto last_entity = [&]() -> const Entity* {
    return last_named ? &out_.statements[*last_named].target : nullptr;
  };
  std::uint32_t last_end = 0;

  // The entity of each known name, made once for the groups and for the clauses
  // (in a member, whose buffer serves every paragraph).
  known_entities_.assign(tokens.size(), std::nullopt);
  const auto known_entity = [&](std::size_t k, const ast::Known& known) -> const Entity& {
    if (!known_entities_[k]) known_entities_[k] = from_registry(known.entry, known.text);
    return *known_entities_[k];
  };

  // Groups and attributions, found first: "… et les autres résolutions adoptées par la Commission".
  std::map<std::size_t, Group> groups;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // Names before a group let its short forms resolve ("de l'Assemblée").
    if (const auto* known = as<ast::Known>(tokens[k])) remember(known_entity(k, *known));
    if (as<ast::ActNoun>(tokens[k])) {
      Group group = parse_group(tokens, k, text);
      const std::size_t first = k;
      k = group.last;
      groups.emplace(first, std::move(group));
    }
  }
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!as<ast::AdoptedBy>(tokens[k])) continue;
    const std::size_t agent = attribution_after(tokens, k, text);
    if (agent == 0) continue;
    const std::optional<Entity> body = agent_entity(tokens[agent]);
    std::optional<CalendarDate> date;
    for (std::size_t d = k + 1; d < agent; ++d) {
      if (const auto* day = as<ast::Date>(tokens[d])) date = to_calendar(*day);
    }
    // Only when acts, not an instrument, were named last before it.
    bool after_acts = false;
    for (std::size_t j = k; j-- > 0;) {
      if (as<ast::Verb>(tokens[j]) || as<ast::Known>(tokens[j]) || as<ast::Name>(tokens[j]) ||
          as<ast::DocSymbol>(tokens[j])) {
        break;
      }
      if (as<ast::ActNoun>(tokens[j]) || as<ast::ActNumber>(tokens[j])) {
        after_acts = true;
        break;
      }
    }
    if (!after_acts) continue;
    // "… et les autres résolutions adoptées par la Commission": every act cited
    // before it in the clause that the text does not attribute otherwise.
    for (auto& [first, group] : groups) {
      if (first > k) break;
      bool same_clause = true;
      for (std::size_t j = first; j < k; ++j) {
        if (as<ast::Verb>(tokens[j])) same_clause = false;
      }
      if (!same_clause || group.explicit_body || group.adopted_by || group.possessive()) continue;
      group.adopted_by = body;
      if (date) group.adopted_on = date;
    }
  }

  const auto emit = [&](const Entity& entity, std::uint32_t begin, std::uint32_t end, Role role) {
    remember(entity);
    Relation typed = Relation::mentions;
    if (role == Role::object) {
      const std::string_view before = gap(text, clause_begin, begin);
      if (ast::is_requesting(relation)) {
        // Addressees follow the verb, up to the infinitive of what they are asked.
        const std::string_view since = gap(text, std::max(clause_begin, last_end), begin);
        if (addressees_open && (opens_infinitive(before) || !continues_addressees(since))) addressees_open = false;
        if (addressees_open && entity.is_agent()) typed = relation;
      } else if (entity.is_agent()) {
        // The head of the object, and heads coordinated with it
        // ("de l'admission du Bureau …, du Bureau … et de l'Université …").
        const std::string_view since = gap(text, last_end, begin);
        if ((head_open && leads_to_head(before)) || (last_was_head && only_determiners(since))) typed = relation;
      } else {
        typed = relation;
      }
    }
    head_open = false;
    last_was_head = typed != Relation::mentions && entity.is_agent();
    const bool stated = state(typed, entity, begin, end);
    if (past) {
      // What a cited act did: requesting verbs address bodies and States,
      // the others act on instruments, acts and documents.
      if (ast::is_requesting(past->relation) == entity.is_agent()) {
        for (const Entity* subject : past_subjects)
          fact(*subject, std::string(relation_name(past->relation)), entity, begin, end);
      }
    }
    last_named = stated ? std::optional(out_.statements.size() - 1) : std::nullopt;
    last_end = end;
  };

  /// Entities a footnote adds where its marker stands.
  const auto emit_footnote = [&](const FootnoteInfo& info, std::uint32_t begin, std::uint32_t end, Role role,
                                 const Entity* named) {
    for (const std::string& key : info.treaty_keys) {
      if (named && !named->is_agent() && !named->is_act() && info.treaty_keys.size() == 1) continue;
      Entity treaty;
      treaty.key = key;
      treaty.rdf_class = "Instrument";
      if (const auto index = registry_.find_key(key)) treaty = from_registry(*index, key);
      emit(treaty, begin, end, role);
    }
    // Acts and documents a footnote gives for a named instrument contain or
    // publish it: mentions; for other words ("rapport du Secrétaire général¹")
    // they are what the words name.
    const bool on_instrument = named && !named->is_agent() && !named->is_act();
    const Role cited = on_instrument && role == Role::object ? Role::relative : role;
    for (Group group : info.groups) {
      key_group(group, author_);
      for (const CitedItem& item : group.items) {
        emit(item.entity, begin, end, cited);
        if (on_instrument) fact(*named, "containedIn", item.entity, begin, end);
      }
      if (group.explicit_body) emit(*group.explicit_body, begin, end, Role::relative);
    }
    // A footnote that is a bare symbol gives the document the words name.
    for (const Entity& document : info.documents) emit(document, begin, end, info.only_symbol ? role : cited);
    for (const Entity& name : info.names) emit(name, begin, end, Role::relative);
  };

  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Found& found = tokens[k];
    if (in_relative && k > 0) {
      // ", y compris …", ", notamment …" go back to the verb's object.
      const std::string_view before = gap(text, tokens[k - 1].end, found.begin);
      if (before.find(", y compris") != std::string_view::npos ||
          before.find(", notamment") != std::string_view::npos ||
          before.find(", en particulier") != std::string_view::npos ||
          before.find("ainsi que") != std::string_view::npos) {
        in_relative = false;
        past.reset();
      }
    }
    const Role role = in_relative ? Role::relative : Role::object;

    if (const auto* verb = as<ast::Verb>(found)) {
      relation = grammar::refine_relation(verb->relation, verb->adverbs);
      verb_ = text.substr(found.begin, found.end - found.begin);
      clause_begin = found.end;
      addressees_open = ast::is_requesting(relation);
      head_open = true;
      last_was_head = false;
      in_relative = false;
      last_group_in_clause = false;
      past.reset();
      relative_subjects.clear();
      relative_body.reset();
      continue;
    }
    if (k == 0) {
      // No verb of the lexicon opens the paragraph: it mentions what it names.
      verb_.clear();
    }
    if (const auto* relative = as<ast::Relative>(found)) {
      // "que" opens a relative clause after a name ("la Déclaration …, que
      // l'Assemblée a adoptée"); after a verb, "le fait" or "telles", it opens
      // the verb's object ("Rappelant qu'elle a adopté …").
      const bool que = relative->text == "que" || relative->text == "qu'";
      const std::string_view before = gap(text, k == 0 ? 0 : tokens[k - 1].end, found.begin);
      const bool after_name = k > 0 && !as<ast::Verb>(tokens[k - 1]) && !as<ast::PastVerb>(tokens[k - 1]) &&
                              !as<ast::Relative>(tokens[k - 1]) && (ends_with(before, ", ") || before == " ");
      if (que && ends_with(before, "ainsi ")) {
        in_relative = false;  // "…, qui …, ainsi que du Protocole …": the verb's object again
        past.reset();
        continue;
      }
      if (que && !after_name) continue;
      const bool about_acts = relative->text.find("quel") != std::string::npos;
      if (!about_acts && in_relative && !relative_subjects.empty()) {
        continue;  // "… ceux qui s'y livraient, et invité …": still what the cited acts did
      }
      in_relative = true;
      past.reset();
      relative_body.reset();
      relative_subjects.clear();
      relative_antecedent.reset();
      if (about_acts) {
        relative_subjects = last_group;
      } else if (const Entity* last = last_entity()) {
        relative_antecedent = *last;
        if (last->is_act() && !last_group.empty()) relative_subjects = last_group;
      }
      continue;
    }
    if (const auto* verb = as<ast::PastVerb>(found)) {
      past = *verb;
      const std::string_view before = gap(text, last_end, found.begin);
      const bool pronoun =
          before.find("elle") != std::string_view::npos || before.find(" il ") != std::string_view::npos;
      past_subjects = relative_subjects;
      if (past_subjects.empty() && pronoun && last_group_in_clause && last_group_determiner.starts_with("dans")) {
        past_subjects = last_group;  // "Rappelant que, dans sa résolution 64/293, elle a prié …"
      }
      adoption_instrument.reset();
      adoption_body.reset();
      const std::string participle = text.substr(found.begin, found.end - found.begin);
      if (participle.find("adopt") != std::string::npos) {
        adoption_body = relative_body ? relative_body : (pronoun ? author_ : std::nullopt);
        if (relative_antecedent && !relative_antecedent->is_act() && !relative_antecedent->is_agent()) {
          adoption_instrument = relative_antecedent;
          if (adoption_body) fact(*adoption_instrument, "adoptedBy", *adoption_body, found.begin, found.end);
        }
      }
      continue;
    }
    if (const auto* noun = as<ast::ActNoun>(found)) {
      (void)noun;
      auto it = groups.find(k);
      if (it == groups.end()) continue;
      Group& group = it->second;
      const std::optional<Entity>& owner = (in_relative && relative_body) ? relative_body : author_;
      key_group(group, owner);
      // "ses résolutions 61/180 …, … et 76/186 … sur l'amélioration de la coordination …":
      // the subject the acts have in common.
      const std::string topic = topic_after(text, tokens[group.last].end);
      last_group.clear();
      last_group_determiner = group.determiner;
      last_group_in_clause = true;
      for (const CitedItem& item : group.items) {
        emit(item.entity, item.begin, item.end, role);
        last_group.push_back(&item.entity);
        if (item.date)
          fact(item.entity, "adoptedOn", item.date->iso(), item.begin, item.end);
        else if (group.adopted_on)
          fact(item.entity, "adoptedOn", group.adopted_on->iso(), item.begin, item.end);
        if (!item.title.empty()) fact(item.entity, "title", item.title, item.begin, item.end);
        if (!topic.empty()) fact(item.entity, "topic", topic, item.begin, item.end);
        if (group.adopted_by) fact(item.entity, "adoptedBy", *group.adopted_by, item.begin, item.end);
        // "qu'elle a adopté le Plan … dans sa résolution 64/293"
        if (adoption_instrument && past) {
          fact(*adoption_instrument, "containedIn", item.entity, item.begin, item.end);
          fact(item.entity, "endorses", *adoption_instrument, item.begin, item.end);
        }
      }
      if (group.explicit_body) emit(*group.explicit_body, found.begin, found.end, Role::relative);
      if (group.adopted_by) emit(*group.adopted_by, found.begin, found.end, Role::relative);
      // Footnotes on the group ("ses autres résolutions¹⁰", a title's source):
      // what they list or where the acts are published, mentioned.
      std::vector<std::size_t> markers = group.markers;
      if (group.last + 1 < tokens.size() && as<ast::Marker>(tokens[group.last + 1]) &&
          tokens[group.last + 1].begin == tokens[group.last].end) {
        markers.push_back(group.last + 1);
        group.last += 1;
      }
      for (const std::size_t m : markers) {
        if (const FootnoteInfo* info = footnote(as<ast::Marker>(tokens[m])->digits, order)) {
          emit_footnote(*info, tokens[m].begin, tokens[m].end, Role::relative, nullptr);
        }
      }
      k = group.last;
      continue;
    }
    if (const auto* marker = as<ast::Marker>(found)) {
      if (const FootnoteInfo* info = footnote(marker->digits, order)) {
        // In "la Déclaration de New York …, qu'elle a adoptée … le 19 septembre 2016¹⁸"
        // the footnote speaks of the instrument the clause is about.
        const bool about_instrument = in_relative && adoption_instrument;
        emit_footnote(*info, found.begin, found.end, role, about_instrument ? &*adoption_instrument : nullptr);
      }
      continue;
    }
    if (as<ast::AdoptedBy>(found)) {
      // "la Déclaration de Kyoto …, adoptée par le quatorzième Congrès"
      if (const Entity* last = last_entity(); last && !last->is_act() && !last->is_agent()) {
        for (std::size_t j = k + 1; j < tokens.size() && j <= k + 3; ++j) {
          const std::string_view between = gap(text, tokens[j - 1].end, tokens[j].begin);
          if (const auto* date = as<ast::Date>(tokens[j])) {
            if (const auto day = to_calendar(*date))
              fact(*last, "adoptedOn", day->iso(), tokens[j].begin, tokens[j].end);
            continue;
          }
          if (between.find("par") == std::string_view::npos) break;
          std::optional<Entity> body;
          if (const auto* known = as<ast::Known>(tokens[j])) body = from_registry(known->entry, known->text);
          if (const auto* name = as<ast::Name>(tokens[j])) body = from_name(*name);
          if (body && body->is_agent()) fact(*last, "adoptedBy", *body, tokens[j].begin, tokens[j].end);
          break;
        }
      }
      continue;
    }

    // The entity named: a known name's, made once for the paragraph, or one made here.
    const Entity* entity = nullptr;
    std::optional<Entity> made;
    if (const auto* known = as<ast::Known>(found)) {
      entity = &known_entity(k, *known);
      // Protocols "additionnel à la Convention": the registry knows which.
      if (known->entry < registry_.entries().size()) {
        const RegistryEntry& entry = registry_.entry(known->entry);
        if (!entry.supplements_key.empty() && (known->text.find("additionnel") != std::string::npos ||
                                               known->text.find("facultatif") != std::string::npos)) {
          if (const auto parent = registry_.find_key(entry.supplements_key)) {
            fact(*entity, "supplements", from_registry(*parent, ""), found.begin, found.end);
          }
        }
      }
    } else if (const auto* name = as<ast::Name>(found)) {
      made = from_name(*name);
    } else if (const auto* symbol = as<ast::DocSymbol>(found); symbol && !overlong_number(symbol->text)) {
      made = document_entity(symbol->text);
    }
    if (made) entity = &*made;
    if (!entity) continue;

    // A footnote marker right after the name says more about it.
    if (k + 1 < tokens.size()) {
      if (const auto* marker = as<ast::Marker>(tokens[k + 1]); marker && tokens[k + 1].begin == found.end) {
        if (const FootnoteInfo* info = footnote(marker->digits, order)) {
          if (!entity->is_agent() && !entity->is_act() && info->treaty_keys.size() == 1) {
            Entity treaty = *entity;
            treaty.key = info->treaty_keys.front();
            if (const auto index = registry_.find_key(treaty.key)) treaty = from_registry(*index, treaty.label);
            made = std::move(treaty);
            entity = &*made;
          }
          if (in_relative && !relative_body && entity->is_agent() && !past) relative_body = *entity;
          if (adoption_instrument == std::nullopt && past && adoption_body && !entity->is_agent() &&
              !entity->is_act()) {
            adoption_instrument = *entity;
            fact(*entity, "adoptedBy", *adoption_body, found.begin, found.end);
          }
          emit(*entity, found.begin, found.end, role);
          emit_footnote(*info, tokens[k + 1].begin, tokens[k + 1].end, role == Role::object ? Role::object : role,
                        entity);
          ++k;
          continue;
        }
      }
    }
    // "des treizième et quatorzième Congrès": the first ordinal names a body too.
    if (as<ast::Known>(found)) {
      for (const Entity& sibling : coordinated_ordinals(text, found.begin, as<ast::Known>(found)->text)) {
        emit(sibling, found.begin, found.end, role);
      }
    }
    if (in_relative && !past && entity->is_agent() && !relative_body) relative_body = *entity;
    if (past && adoption_body && !adoption_instrument && !entity->is_agent() && !entity->is_act()) {
      adoption_instrument = *entity;
      fact(*entity, "adoptedBy", *adoption_body, found.begin, found.end);
    }
    emit(*entity, found.begin, found.end, role);
  }
  mapped_ = nullptr;
}

void DocumentResolver::run() {
  for (std::size_t a = 0; a < document_.acts.size(); ++a) {
    const Act& act = document_.acts[a];
    for (std::size_t p = 0; p < act.paragraphs.size(); ++p)
      check_values(act.paragraphs[p].text, found_.paragraphs[a][p]);
  }
  for (std::size_t f = 0; f < document_.footnotes.size(); ++f) {
    check_values(document_.footnotes[f].text, found_.footnotes[f]);
  }
  for (std::size_t b = 0; b < found_.blocks.size(); ++b) check_values(document_.blocks[b].text, found_.blocks[b]);

  // Mostly fewer statements than tokens (about one for two): reserved once,
  // the statements never move (a move is a few strings' worth).
  std::size_t tokens = 0;
  for (const auto& paragraphs : found_.paragraphs) {
    for (const std::vector<Found>& paragraph_tokens : paragraphs) tokens += paragraph_tokens.size();
  }
  for (const std::vector<Found>& block_tokens : found_.blocks) tokens += block_tokens.size();
  out_.statements.reserve(tokens);

  const DocumentHeader& header = document_.header;
  if (!header.symbol.empty()) out_.document = document_entity(header.symbol);
  const std::string organ_name = header.body.empty() ? header.organ : header.body;
  if (!organ_name.empty()) out_.document_author = body_named(organ_name);

  for (std::size_t a = 0; a < document_.acts.size(); ++a) {
    const Act& act = document_.acts[a];
    act_index_ = static_cast<std::int32_t>(a);
    paragraph_index_ = -1;
    ResolvedAct resolved;
    author_ = body_named(act.author);
    if (!author_ && !act.author.empty()) {
      out_.diagnostics.push_back(Diagnostic{Status::conflict, document_.source.path, act.line, 1,
                                            "the author \"" + act.author + "\" is not in the registry"});
    }
    resolved.author = author_;
    if (author_) remember(*author_);
    const bool decision = act.kind == ActKind::decision;
    const bool draft = act.status != ActStatus::adopted;
    resolved.self.rdf_class =
        decision ? (draft ? "DraftDecision" : "Decision") : (draft ? "DraftResolution" : "Resolution");
    resolved.self.label = act.title;
    if (!act.number.empty() && author_) resolved.self.key = act_key(decision, acronym_of(*author_), act.number);
    for (const std::string& sponsor : header.sponsors) {
      if (auto state = body_named(sponsor)) resolved.sponsors.push_back(*state);
    }
    out_.acts.push_back(std::move(resolved));

    for (std::size_t p = 0; p < act.paragraphs.size(); ++p) {
      paragraph_index_ = static_cast<std::int32_t>(p);
      paragraph(act.paragraphs[p].text, found_.paragraphs[a][p], act.paragraphs[p].order);
    }
  }

  if (document_.acts.empty()) {
    // A report: what its text names hangs on the document.
    act_index_ = -1;
    author_.reset();
    for (std::uint32_t b = 0; b < document_.blocks.size(); ++b) {
      const Block& block = document_.blocks[b];
      if (block.kind != BlockKind::text) continue;
      paragraph_index_ = -1;
      paragraph(block.text, found_.blocks[b], b);
    }
  }
  // Names inside the names a statement targets: "Conseil de direction de l'Institut …".
  std::vector<Statement> mentions;
  for (const Statement& statement : out_.statements) {
    if (!statement.target.registry) continue;
    const std::string& label = statement.target.label;
    for (const auto& [at, inner] : names_inside(statement.target)) {
      Entity nested = from_registry(inner.entry, std::string_view(label).substr(at, inner.length));
      if (same_identity(nested, statement.target)) continue;
      Statement mention;
      mention.relation = Relation::mentions;
      mention.target = std::move(nested);
      mention.where = statement.where;
      mentions.push_back(std::move(mention));
    }
  }
  out_.statements.insert(out_.statements.end(), std::make_move_iterator(mentions.begin()),
                         std::make_move_iterator(mentions.end()));
}

}  // namespace

FoundDocument Resolver::find(const Document& document) const {
  FoundDocument found;
  for (const Act& act : document.acts) {
    auto& paragraphs = found.paragraphs.emplace_back();
    for (const Paragraph& paragraph : act.paragraphs) {
      paragraphs.push_back(grammar::find_tokens(paragraph.text.text(), lexicon_));
    }
  }
  for (const Footnote& note : document.footnotes) {
    found.footnotes.push_back(grammar::find_tokens(note.text.text(), lexicon_));
  }
  if (document.acts.empty()) {
    for (const Block& block : document.blocks) {
      found.blocks.push_back(block.kind == BlockKind::text ? grammar::find_tokens(block.text.text(), lexicon_)
                                                           : std::vector<Found>{});
    }
  }
  return found;
}

Resolved Resolver::resolve(const Document& document, const FoundDocument& found) const {
  Resolved resolved;
  DocumentResolver(registry_, lexicon_, short_forms_, label_names_, short_form_ids_, label_names_inside_, document,
                   found, resolved)
      .run();
  return resolved;
}

}  // namespace resograph
