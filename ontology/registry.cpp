#include "registry.hpp"

#include <serd/serd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "vocab.hpp"

namespace resograph {

namespace {

/// Collects the statements of one Turtle document, by subject.
struct Collector {
  struct Object {
    std::string value;
    std::string lang;
    bool is_uri = false;
  };
  std::map<std::string, std::multimap<std::string, Object>> subjects;
  std::vector<std::string> order;  // subjects in document order
  SerdEnv* env = nullptr;
  std::string error;
  unsigned line = 0, column = 0;
};

std::string node_string(const Collector& collector, const SerdNode* node) {
  if (node->type == SERD_CURIE) {
    SerdChunk prefix{}, suffix{};
    if (serd_env_expand(collector.env, node, &prefix, &suffix) == SERD_SUCCESS) {
      return std::string(reinterpret_cast<const char*>(prefix.buf), prefix.len) +
             std::string(reinterpret_cast<const char*>(suffix.buf), suffix.len);
    }
  }
  return std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes);
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<Collector*>(handle)->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<Collector*>(handle)->env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode*, const SerdNode* lang) {
  auto& collector = *static_cast<Collector*>(handle);
  const std::string s = (subject->type == SERD_BLANK ? "_:" : "") + node_string(collector, subject);
  if (!collector.subjects.count(s)) collector.order.push_back(s);
  Collector::Object o{node_string(collector, object), lang ? node_string(collector, lang) : "",
                      object->type == SERD_URI || object->type == SERD_CURIE};
  collector.subjects[s].emplace(node_string(collector, predicate), std::move(o));
  return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
  auto& collector = *static_cast<Collector*>(handle);
  char message[512];
  std::vsnprintf(message, sizeof message, error->fmt, *error->args);
  collector.error = message;
  collector.line = error->line;
  collector.column = error->col;
  return SERD_SUCCESS;
}

std::string rg(std::string_view local) { return std::string(vocab::rg) + std::string(local); }
std::string skos(std::string_view local) { return std::string(vocab::skos) + std::string(local); }

}  // namespace

void Registry::read(const std::string& name, const std::string& turtle, std::vector<Diagnostic>& diagnostics) {
  Collector collector;
  collector.env = serd_env_new(nullptr);
  SerdReader* reader = serd_reader_new(SERD_TURTLE, &collector, nullptr, on_base, on_prefix, on_statement, nullptr);
  serd_reader_set_error_sink(reader, on_error, &collector);
  const SerdStatus status = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(turtle.c_str()));
  serd_reader_free(reader);
  serd_env_free(collector.env);
  if (status != SERD_SUCCESS || !collector.error.empty()) {
    diagnostics.push_back(Diagnostic{Status::bad_syntax, name, collector.line, collector.column,
                                     "registry: " + (collector.error.empty() ? "cannot read" : collector.error)});
    return;
  }
  const std::string type = std::string(vocab::rdf) + "type";
  for (const std::string& subject : collector.order) {
    const auto& properties = collector.subjects[subject];
    RegistryEntry entry;
    bool typed = false;
    for (const auto& [predicate, object] : properties) {
      if (predicate == type && object.value.starts_with(vocab::rg)) {
        entry.rdf_class = object.value.substr(vocab::rg.size());
        typed = true;
      } else if (predicate == rg("key")) {
        entry.key = object.value;
      } else if (predicate == skos("prefLabel")) {
        (object.lang == "en" ? entry.label_en : entry.label_fr) = object.value;
      } else if (predicate == skos("altLabel") && object.lang != "en") {
        entry.alt_labels.push_back(object.value);
      } else if (predicate == skos("notation")) {
        entry.notations.push_back(object.value);
      } else if (predicate == rg("shortForm")) {
        entry.short_forms.push_back(object.value);
      } else if (predicate == rg("adjectiveForm")) {
        entry.adjectives.push_back(object.value);
      } else if (predicate == rg("parentKey")) {
        entry.parent_key = object.value;
      } else if (predicate == rg("supplementsKey")) {
        entry.supplements_key = object.value;
      }
    }
    if (!typed || (entry.key.empty() && entry.label_fr.empty())) continue;
    entry.kind = entry.rdf_class == "Body"    ? EntityKind::body
                 : entry.rdf_class == "State" ? EntityKind::state
                                              : EntityKind::instrument;
    std::sort(entry.alt_labels.begin(), entry.alt_labels.end());
    entries_.push_back(std::move(entry));
  }
}

void Registry::index() {
  by_key_.clear();
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    if (!entries_[i].key.empty()) by_key_.emplace(entries_[i].key, i);
  }
}

Registry Registry::load(const std::string& folder, std::vector<Diagnostic>& diagnostics) {
  Registry registry;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& item : std::filesystem::directory_iterator(folder, ec)) {
    if (item.path().extension() == ".ttl") files.push_back(item.path());
  }
  if (ec) {
    diagnostics.push_back(Diagnostic{Status::bad_read, folder, 0, 0, "registry folder: " + ec.message()});
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string turtle((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    registry.read(file.string(), turtle, diagnostics);
  }
  registry.index();
  return registry;
}

Registry Registry::from_turtle(const std::string& turtle, std::vector<Diagnostic>& diagnostics) {
  Registry registry;
  registry.read("<string>", turtle, diagnostics);
  registry.index();
  return registry;
}

std::optional<std::uint32_t> Registry::find_key(const std::string& key) const {
  const auto it = by_key_.find(key);
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

}  // namespace resograph
