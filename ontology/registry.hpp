// The registry of bodies, States and instruments (ontology/registry/*.ttl):
// keys, French and English names, acronyms, short forms, adjectives, treaty
// numbers, parents. Loaded at run time with Serd; nothing of it lives in C++.
// Takes a folder of Turtle files; gives entries that the lexicon and the
// resolve stage look up.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "diagnostic.hpp"

namespace resograph {

enum class EntityKind : std::uint8_t { body, state, instrument };

struct RegistryEntry {
  EntityKind kind = EntityKind::body;
  std::string rdf_class;                 ///< Local name of its class: "Body", "State", "Convention" …
  std::string key;                       ///< "body:UNODC", "unts:2225:39574"; empty for unnumbered instruments.
  std::string label_fr;                  ///< skos:prefLabel@fr.
  std::string label_en;                  ///< skos:prefLabel@en.
  std::vector<std::string> alt_labels;   ///< skos:altLabel@fr.
  std::vector<std::string> notations;    ///< Acronyms: "ONUDC", "UNODC".
  std::vector<std::string> short_forms;  ///< "Office", "Convention".
  std::vector<std::string> adjectives;   ///< "japonais", "japonaise".
  std::string parent_key;
  std::string supplements_key;
};

class Registry {
 public:
  /// Reads every *.ttl file of `folder`; problems are added to `diagnostics`.
  static Registry load(const std::string& folder, std::vector<Diagnostic>& diagnostics);
  /// Reads one Turtle document (for tests).
  static Registry from_turtle(const std::string& turtle, std::vector<Diagnostic>& diagnostics);

  const std::vector<RegistryEntry>& entries() const { return entries_; }
  const RegistryEntry& entry(std::uint32_t index) const { return entries_[index]; }
  std::optional<std::uint32_t> find_key(const std::string& key) const;

 private:
  void read(const std::string& name, const std::string& turtle, std::vector<Diagnostic>& diagnostics);
  void index();

  std::vector<RegistryEntry> entries_;
  std::unordered_map<std::string, std::uint32_t> by_key_;
};

}  // namespace resograph
