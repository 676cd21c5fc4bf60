// The lexicon of known names: surface forms of bodies, States and
// instruments ("Office des Nations Unies contre la drogue et le crime",
// "ONUDC", "Colombie") mapped to registry entries. Filled at run time from
// the registry (ontology/registry), matched by the finder before the X3
// token rules. Takes surface forms; gives the longest whole-word match.
#pragma once

#include <bitset>
#include <boost/spirit/home/x3.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace resograph::grammar {

struct LexiconMatch {
  std::uint32_t entry = 0;  ///< What the name was added with.
  std::size_t length = 0;   ///< Bytes matched.
};

class Lexicon {
 public:
  /// Adds a surface form as written; a name of several words is also added
  /// with a lower-case first letter ("Gouvernement japonais", "gouvernement japonais").
  void add(std::string_view surface, std::uint32_t entry);
  /// The longest known name at `at` in `text` that ends at a word boundary.
  std::optional<LexiconMatch> match(const std::string& text, std::size_t at) const;
  std::size_t size() const { return size_; }

 private:
  static std::size_t pair_index(char first, char second) {
    return static_cast<std::size_t>(static_cast<unsigned char>(first)) << 8 | static_cast<unsigned char>(second);
  }
  /// Records the first two bytes of a name (a one-byte name: every pair it opens).
  void note_start(std::string_view form);

  boost::spirit::x3::symbols<std::uint32_t> names_;
  std::bitset<1 << 16> starts_;  ///< The first two bytes of every name.
  std::size_t size_ = 0;
};

}  // namespace resograph::grammar
