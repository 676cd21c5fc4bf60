// The lexicon of known names: surface forms of bodies, States and
// instruments ("Office des Nations Unies contre la drogue et le crime",
// "ONUDC", "Colombie") mapped to registry entries. Filled at run time from
// the registry (ontology/registry), matched by the finder before the X3
// token rules. Takes surface forms; gives the longest whole-word match. The
// names are the phrases of a PhraseTable (phrase_table.hpp): a match walks
// the text from word boundary to word boundary.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "phrase_table.hpp"

namespace resograph::grammar {

struct LexiconMatch {
  std::uint32_t entry = 0;  ///< What the name was added with.
  std::size_t length = 0;   ///< Bytes matched.
};

class Lexicon {
 public:
  /// Adds a surface form as written; a name of several words is also added
  /// with a lower-case first letter ("Gouvernement japonais", "gouvernement
  /// japonais"). The first entry a form is added with keeps it.
  void add(std::string_view surface, std::uint32_t entry);
  /// The longest known name at `at` in `text` that ends at a word boundary
  /// (no letter or digit follows it).
  std::optional<LexiconMatch> match(std::string_view text, std::size_t at) const { return match(PhraseWalk(text, at)); }
  /// The same, on a walk from the name's start (the finder's, shared with the token gate).
  std::optional<LexiconMatch> match(const PhraseWalk& walk) const {
    std::optional<LexiconMatch> longest;
    names_.for_each_at(walk, [&](std::size_t length, std::uint32_t entry) { longest = LexiconMatch{entry, length}; });
    return longest;
  }
  /// The forms added (lower-case variants not counted).
  std::size_t size() const { return size_; }

 private:
  /// Adds one form as written; false if it was there.
  bool add_form(std::string_view form, std::uint32_t entry);

  PhraseTable names_;
  std::size_t size_ = 0;
};

}  // namespace resograph::grammar
