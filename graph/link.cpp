#include "link.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "vocab.hpp"

namespace resograph::graph {

namespace {

/// The distinct words of titles as sorted numbers, the same word the same
/// number: two titles' shared words are then counted by one merge, without
/// comparing strings (drafts meet many adopted acts of their year).
class WordNumbers {
 public:
  /// The words of a title normalised by normalise_name.
  std::vector<std::uint32_t> words(std::string_view normalised) {
    std::vector<std::uint32_t> out;
    std::size_t i = 0;
    while (i < normalised.size()) {
      const std::size_t end = std::min(normalised.find(' ', i), normalised.size());
      const auto [it, added] = numbers_.try_emplace(std::string(normalised.substr(i, end - i)), numbers_.size());
      out.push_back(it->second);
      i = end + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

 private:
  std::unordered_map<std::string, std::uint32_t> numbers_;
};

long days(const CalendarDate& date) {
  // Days since 1 March of year 0 (a proleptic Gregorian day count).
  const long y = date.month <= 2 ? date.year - 1 : date.year;
  const long m = date.month <= 2 ? date.month + 9 : date.month - 3;
  return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + date.day - 1;
}

std::string body_of_key(std::string_view key) {
  const std::size_t first = key.find(':');
  const std::size_t second = key.find(':', first + 1);
  if (first == std::string_view::npos || second == std::string_view::npos) return "";
  return std::string(key.substr(first + 1, second - first - 1));
}

std::optional<CalendarDate> parse_iso(std::string_view iso) {
  unsigned year = 0, month = 0, day = 0;
  if (std::sscanf(std::string(iso).c_str(), "%u-%u-%u", &year, &month, &day) != 3) return std::nullopt;
  return CalendarDate{year, month, day};
}

std::string position(const Document& document, const Provenance& where) {
  const auto [line, column] = document.source.line_column(where.span.begin);
  return document.source.path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

/// Dice coefficient of two word sets (sorted, distinct numbers).
double word_similarity(const std::vector<std::uint32_t>& x, const std::vector<std::uint32_t>& y) {
  if (x.empty() || y.empty()) return 0.0;
  std::size_t shared = 0;
  for (auto a = x.begin(), b = y.begin(); a != x.end() && b != y.end();) {
    if (*a < *b) {
      ++a;
    } else if (*b < *a) {
      ++b;
    } else {
      ++shared, ++a, ++b;
    }
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(x.size() + y.size());
}

}  // namespace

double title_similarity(std::string_view a, std::string_view b) {
  WordNumbers numbers;
  return word_similarity(numbers.words(normalise_name(a)), numbers.words(normalise_name(b)));
}

namespace {

/// Appends a value once: a much-cited act is given its title by many documents.
void add_once(std::vector<std::string>& values, const std::string& value) {
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

}  // namespace

void CorpusLinker::observe(const Document& document, const Resolved& resolved, const PreparedDocument& prepared) {
  for (std::size_t a = 0; a < document.acts.size(); ++a) {
    const Act& act = document.acts[a];
    const std::string& iri = prepared.act_iris[a];
    ActFacts& facts = acts_[iri];
    facts.iri = iri;
    facts.key = resolved.acts[a].self.key;
    if (resolved.acts[a].author) facts.body = resolved.acts[a].author->key.substr(5);
    add_once(facts.titles, act.title);
    facts.draft = act.status != ActStatus::adopted;
    if (facts.draft) facts.draft_date = document.header.date;
    if (act.adopted_on) facts.adopted_on = act.adopted_on;
  }
  for (std::size_t f = 0; f < resolved.facts.size(); ++f) {
    const Fact& fact = resolved.facts[f];
    if (!fact.subject.is_act()) continue;
    const std::string& iri = prepared.entities[prepared.fact_subjects[f]].iri;
    ActFacts& facts = acts_[iri];
    facts.iri = iri;
    facts.key = fact.subject.key;
    facts.body = body_of_key(fact.subject.key);
    if (fact.property == "title") add_once(facts.titles, fact.value);
    if (fact.property == "topic") add_once(facts.topics, fact.value);
    if (fact.property == "adoptedOn") {
      if (!facts.adopted_on) facts.adopted_on = parse_iso(fact.value);
      single_valued_[{fact.subject.key, "adoptedOn"}].push_back(Sourced{fact.value, position(document, fact.where)});
    }
  }
}

std::vector<Diagnostic> CorpusLinker::link(Model& model) const {
  std::vector<Diagnostic> warnings;
  const std::string rg(vocab::rg);
  // What the corpus as a whole says goes to a graph of its own.
  const Node corpus = model.uri(builder_.base() + "corpus");
  const auto add = [&](const Node& s, const Node& p, const Node& o) { model.add(s, p, o, corpus); };
  const Node type = model.uri(std::string(vocab::rdf) + "type");
  const Node label_property = model.uri(std::string(vocab::skos) + "prefLabel");
  const Node draft_of = model.uri(rg + "draftOf"), evidence_class = model.uri(rg + "DraftOfEvidence"),
             draft_property = model.uri(rg + "draft"), adopted_property = model.uri(rg + "adopted"),
             similarity_property = model.uri(rg + "titleSimilarity"), days_property = model.uri(rg + "daysBetween"),
             draft_date_property = model.uri(rg + "draftDate"), adoption_date_property = model.uri(rg + "adoptionDate"),
             series_class = model.uri(rg + "Series"), series_property = model.uri(rg + "series"),
             member_property = model.uri(rg + "member");
  const Node decimal = model.uri(std::string(vocab::xsd) + "decimal");
  const Node integer = model.uri(std::string(vocab::xsd) + "integer");
  const Node date = model.uri(std::string(vocab::xsd) + "date");

  // Drafts to the adopted acts they became: the best candidate of each draft,
  // each adopted act taken once, best pairs first. An act is named by its
  // rank in IRI order (that of acts_), so ties are broken by numbers, not
  // by comparing IRIs.
  std::vector<const ActFacts*> ranked;
  ranked.reserve(acts_.size());
  for (const auto& [iri, act] : acts_) ranked.push_back(&act);
  struct Candidate {
    double score;
    long gap;
    std::size_t draft, adopted;  ///< Ranks.
  };
  // Adopted keyed acts by body, as (adoption day, rank) in order: each draft
  // looks only at its body's acts of the year after its date.
  std::map<std::string, std::vector<std::pair<long, std::size_t>>> adopted_by_body;
  for (std::size_t rank = 0; rank < ranked.size(); ++rank) {
    const ActFacts& act = *ranked[rank];
    if (!act.draft && !act.key.empty() && act.adopted_on && !act.body.empty()) {
      adopted_by_body[act.body].emplace_back(days(*act.adopted_on), rank);
    }
  }
  for (auto& [body, adopted] : adopted_by_body) std::sort(adopted.begin(), adopted.end());
  // Each title normalised once: for its words, its series and a series' label.
  std::map<const std::string*, std::string> normalised_titles;
  const auto normalised_title = [&](const std::string& title) -> const std::string& {
    auto [it, added] = normalised_titles.try_emplace(&title);
    if (added) it->second = normalise_name(title);
    return it->second;
  };
  // The words of each title, made once: an adopted act meets many drafts.
  WordNumbers numbers;
  std::map<const std::string*, std::vector<std::uint32_t>> title_words;
  const auto words_of_title = [&](const std::string& title) -> const std::vector<std::uint32_t>& {
    auto [it, added] = title_words.try_emplace(&title);
    if (added) it->second = numbers.words(normalised_title(title));
    return it->second;
  };
  std::vector<Candidate> candidates;
  for (std::size_t rank = 0; rank < ranked.size(); ++rank) {
    const ActFacts& draft = *ranked[rank];
    if (!draft.draft || !draft.draft_date || draft.body.empty()) continue;
    const auto body = adopted_by_body.find(draft.body);
    if (body == adopted_by_body.end()) continue;
    const long drafted = days(*draft.draft_date);
    const auto& adopted_acts = body->second;
    auto it = std::lower_bound(adopted_acts.begin(), adopted_acts.end(), std::pair<long, std::size_t>{drafted, 0});
    for (; it != adopted_acts.end() && it->first - drafted <= 366; ++it) {
      const ActFacts& adopted = *ranked[it->second];
      double best = 0;
      for (const std::string& a : draft.titles) {
        for (const std::string& b : adopted.titles) {
          best = std::max(best, word_similarity(words_of_title(a), words_of_title(b)));
        }
      }
      if (best >= 0.6) candidates.push_back(Candidate{best, it->first - drafted, rank, it->second});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.gap != y.gap) return x.gap < y.gap;
    return std::pair(x.draft, x.adopted) < std::pair(y.draft, y.adopted);
  });
  std::vector<bool> linked(ranked.size());
  for (const Candidate& candidate : candidates) {
    if (linked[candidate.draft] || linked[candidate.adopted]) continue;
    linked[candidate.draft] = linked[candidate.adopted] = true;
    const ActFacts& draft_act = *ranked[candidate.draft];
    const ActFacts& adopted_act = *ranked[candidate.adopted];
    const Node draft = model.uri(draft_act.iri);
    const Node adopted = model.uri(adopted_act.iri);
    add(draft, draft_of, adopted);
    const Node evidence = model.uri(draft_act.iri + "/draftOf");
    add(evidence, type, evidence_class);
    add(evidence, draft_property, draft);
    add(evidence, adopted_property, adopted);
    char score[16];
    std::snprintf(score, sizeof score, "%.3f", candidate.score);
    add(evidence, similarity_property, model.typed(score, decimal));
    add(evidence, days_property, model.typed(std::to_string(candidate.gap), integer));
    add(evidence, draft_date_property, model.typed(draft_act.draft_date->iso(), date));
    add(evidence, adoption_date_property, model.typed(adopted_act.adopted_on->iso(), date));
  }

  // Series: keyed acts that carry the same title, and acts cited as being
  // on the subject that is that title ("ses résolutions … sur l'amélioration …").
  std::map<std::string, std::vector<const ActFacts*>> by_title;
  for (const auto& [iri, act] : acts_) {
    if (act.key.empty() || act.draft) continue;
    std::set<std::string> seen;
    for (const std::string& title : act.titles) {
      const std::string& normalised = normalised_title(title);
      if (!normalised.empty() && seen.insert(normalised).second) by_title[normalised].push_back(&act);
    }
  }
  for (const auto& [iri, act] : acts_) {
    if (act.key.empty() || act.draft) continue;
    for (const std::string& topic : act.topics) {
      const auto series = by_title.find(normalise_name(topic));
      if (series == by_title.end() || series->second.front()->titles.empty()) continue;
      if (std::find(series->second.begin(), series->second.end(), &act) == series->second.end()) {
        series->second.push_back(&act);
      }
    }
  }
  for (auto& [series_title, series_members] : by_title) {
    // Named copies: lambdas cannot capture structured bindings before clang 16.
    const std::string& normalised = series_title;
    auto& members = series_members;
    if (members.size() < 2) continue;
    // The label comes from a member whose title it is; members in IRI order.
    const ActFacts* titled = *std::find_if(members.begin(), members.end(), [&](const ActFacts* m) {
      return std::any_of(m->titles.begin(), m->titles.end(),
                         [&](const std::string& t) { return normalised_title(t) == normalised; });
    });
    std::sort(members.begin(), members.end(), [](const ActFacts* a, const ActFacts* b) { return a->iri < b->iri; });
    std::string slug = normalised;
    std::replace(slug.begin(), slug.end(), ' ', '-');
    const Node series = model.uri(builder_.base() + "series/" + encode_iri_path(slug));
    add(series, type, series_class);
    const std::string& label = *std::find_if(titled->titles.begin(), titled->titles.end(),
                                             [&](const std::string& t) { return normalised_title(t) == normalised; });
    add(series, label_property, model.literal(label, "fr"));
    for (const ActFacts* member : members) {
      const Node member_node = model.uri(member->iri);
      add(member_node, series_property, series);
      add(series, member_property, member_node);
    }
  }

  // Conflicts: kept in the graph, reported with both positions.
  for (const auto& [subject, values] : single_valued_) {
    for (std::size_t i = 1; i < values.size(); ++i) {
      if (values[i].value == values[0].value) continue;
      warnings.push_back(Diagnostic{Status::conflict, values[i].where, 0, 0,
                                    subject.first + " " + subject.second + " is " + values[i].value + " here but " +
                                        values[0].value + " at " + values[0].where + "; both are kept"});
    }
  }
  return warnings;
}

}  // namespace resograph::graph
