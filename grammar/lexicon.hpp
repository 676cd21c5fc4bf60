// The lexicon of known names: surface forms of bodies, States and
// instruments ("Office des Nations Unies contre la drogue et le crime",
// "ONUDC", "Colombie") mapped to registry entries. Filled at run time from
// the registry (ontology/registry), matched by the finder before the X3
// token rules. Takes surface forms; gives the longest whole-word match.
//
// A flat hash table rather than a tree of characters: it holds every name
// and every prefix of a name that ends at a word boundary, so a match walks
// the text from boundary to boundary, hashing as it goes, and stops at the
// first prefix no name has. At archive scale a character tree missed the
// cache at every byte.
#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  std::optional<LexiconMatch> match(std::string_view text, std::size_t at) const;
  /// The forms added (lower-case variants not counted).
  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint32_t no_entry = UINT32_MAX;
  /// A name, or a prefix of one that ends at a word boundary.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  ///< Of its bytes in keys_.
    std::uint32_t length = 0;  ///< 0: an empty slot.
    std::uint32_t entry = no_entry;
    bool has_longer = false;  ///< Some longer name starts with it.
  };

  /// Adds one form as written; false if it was there.
  bool add_form(std::string_view form, std::uint32_t entry);
  /// The slot of `key`, or the empty slot where it would go.
  std::size_t probe(std::string_view key, std::uint64_t hash) const;
  /// The slot of `key`, made if it is not there.
  Slot& slot_for(std::string_view key, std::uint64_t hash);
  const Slot* find(std::string_view key, std::uint64_t hash) const;
  void grow();
  static std::size_t pair_index(char first, char second) {
    return static_cast<std::size_t>(static_cast<unsigned char>(first)) << 8 | static_cast<unsigned char>(second);
  }

  std::vector<Slot> slots_ = std::vector<Slot>(1024);  ///< Open addressing, a power of two.
  std::size_t used_ = 0;
  std::string keys_;             ///< The bytes of every slot's key, one after another.
  std::size_t longest_ = 0;      ///< Bytes of the longest name.
  std::bitset<1 << 16> starts_;  ///< The first two bytes of every name.
  std::bitset<1 << 18> hashes_;  ///< Bits of the hashes of the keys: most misses, without a probe.
  std::size_t size_ = 0;
};

}  // namespace resograph::grammar
