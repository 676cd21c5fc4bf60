// Phrases by their words, for the find stage: a flat hash table of phrases
// ("Conseil de sécurité", "dans sa résolution") that also holds every prefix
// of a phrase that ends at a word boundary, so a text is read from boundary
// to boundary (a PhraseWalk), hashing as it goes, and the read stops at the
// first prefix no phrase has. Two tables read the same walk: the lexicon of
// known names (lexicon.hpp) and the token gate's opening phrases
// (token_start.hpp). Takes phrases, each with a number; gives the phrases a
// text starts with at a place, shortest first.
//
// A flat table rather than a tree of characters: at archive scale a
// character tree missed the cache at every byte.
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"

namespace resograph::grammar {

/// A read of a text from a place, one word boundary after another, with the
/// hash of the bytes read: made once at a word start, read by every table.
class PhraseWalk {
 public:
  /// The walk at the first word boundary after `at`, or done() if none.
  PhraseWalk(std::string_view text, std::size_t at) : text_(text), at_(at), end_(at) {
    next(text.size() - std::min(at, text.size()));
  }

  /// Moves to the next word boundary, if it is at most `longest` bytes from
  /// the start; done() if it is not.
  void next(std::size_t longest) {
    const std::size_t last = at_ + std::min(longest, text_.size() - at_);
    if (end_ >= last) {
      done_ = true;
      return;
    }
    // On locals: a member written at each byte would be stored at each byte.
    const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
    std::size_t end = end_;
    std::uint64_t hash = hash_;
    for (;;) {
      hash = (hash ^ bytes[end]) * fnv_prime;
      if (++end == last) break;
      const ByteKind kind = byte_kinds[bytes[end]];
      if (kind == ByteKind::in_word) continue;
      if (kind == ByteKind::apart || letter_length(text_, end) == 0) break;
    }
    end_ = end;
    hash_ = hash;
    done_ = end == last && !is_boundary(text_, end);
  }

  bool done() const { return done_; }
  std::string_view text() const { return text_; }
  std::size_t at() const { return at_; }
  /// Where the walk stands: a word boundary.
  std::size_t end() const { return end_; }
  std::size_t length() const { return end_ - at_; }
  /// The hash of the bytes read (FNV-1a).
  std::uint64_t hash() const { return hash_; }
  std::string_view read() const { return text_.substr(at_, end_ - at_); }

  /// The same hash of a whole phrase.
  static std::uint64_t hash_of(std::string_view phrase) {
    std::uint64_t hash = fnv_offset;
    for (const char c : phrase) hash = (hash ^ static_cast<unsigned char>(c)) * fnv_prime;
    return hash;
  }

  /// Whether a phrase may end before `at`: the end of the text, or a
  /// character that is no letter or digit (the grammar's word_end,
  /// common.hpp). Never inside a character.
  static bool is_boundary(std::string_view text, std::size_t at) {
    if (at == text.size()) return true;
    switch (byte_kinds[static_cast<unsigned char>(text[at])]) {
      case ByteKind::in_word: return false;
      case ByteKind::letter_lead: return letter_length(text, at) == 0;
      default: return true;
    }
  }

 private:
  static constexpr std::uint64_t fnv_offset = 14695981039346656037ULL;
  static constexpr std::uint64_t fnv_prime = 1099511628211ULL;

  /// What a byte is to is_boundary, looked up once per byte of a walk.
  enum class ByteKind : unsigned char {
    apart,        ///< No letter or digit, nor part of one.
    in_word,      ///< An ASCII letter or digit, or a continuation byte.
    letter_lead,  ///< 0xC3 or 0xC5: a letter when a continuation byte follows.
  };
  static constexpr std::array<ByteKind, 256> byte_kinds = [] {
    std::array<ByteKind, 256> kinds{};
    for (unsigned c = 0; c < 256; ++c) {
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      kinds[c] = alnum || (c & 0xC0) == 0x80 ? ByteKind::in_word
                 : c == 0xC3 || c == 0xC5    ? ByteKind::letter_lead
                                             : ByteKind::apart;
    }
    return kinds;
  }();

  std::string_view text_;
  std::size_t at_;
  std::size_t end_;
  std::uint64_t hash_ = fnv_offset;
  bool done_ = false;
};

class PhraseTable {
 public:
  /// The value of a phrase that has none yet.
  static constexpr std::uint32_t no_value = UINT32_MAX;

  /// The value of `phrase` (not empty; no_value if it is new), to read or set.
  /// Adds the phrase, and its prefixes that end at a word boundary, when they
  /// are new.
  std::uint32_t& value(std::string_view phrase);

  /// Calls `visit(length, value)` for each phrase with a value that the text
  /// of `walk` starts with at its start and that ends at a word boundary
  /// there, shortest first, reading on from where the walk stands.
  template <class Visit>
  void for_each_at(const PhraseWalk& walk, Visit&& visit) const {
    // Most words start no phrase: told here, inline at every word, before
    // the walk is copied.
    if (!walk.done() && walk.length() <= longest_ && hashes_[walk.hash() % hashes_.size()]) walk_from(walk, visit);
  }

 private:
  /// for_each_at past its first test. Never inlined: its loop, inlined into
  /// a caller, would make the caller save and restore registers at every
  /// word, the many that it turns away too.
  template <class Visit>
  [[gnu::noinline]] void walk_from(const PhraseWalk& start, Visit& visit) const;

  /// A phrase, or a prefix of one that ends at a word boundary.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  ///< Of its bytes in keys_.
    std::uint32_t length = 0;  ///< 0: an empty slot.
    std::uint32_t value = no_value;
    /// The bytes that come second after it in the longer phrases that start
    /// with it (after the byte at the boundary), as bits of next_byte_bit;
    /// 0: no longer phrase.
    std::uint32_t next_bytes = 0;
  };

  /// A byte as a bit of Slot::next_bytes: its low five bits ('r' and 'R' one bit).
  static std::uint32_t next_byte_bit(char c) { return std::uint32_t{1} << (static_cast<unsigned char>(c) & 31); }

  /// The slot of `key`, or the empty slot where it would go. Inline: the
  /// walk probes at every word boundary it reaches.
  std::size_t probe(std::string_view key, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.length == 0 || (slot.hash == hash && slot.length == key.size() &&
                               std::memcmp(keys_.data() + slot.offset, key.data(), key.size()) == 0)) {
        return i;
      }
    }
  }
  /// The slot of `key`, made if it is not there.
  Slot& slot_for(std::string_view key, std::uint64_t hash);
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(1024);  ///< Open addressing, a power of two.
  std::size_t used_ = 0;
  std::string keys_;             ///< The bytes of every slot's key, one after another.
  std::size_t longest_ = 0;      ///< Bytes of the longest phrase.
  std::bitset<1 << 18> hashes_;  ///< Bits of the hashes of the keys: most misses, without a probe.
};

template <class Visit>
void PhraseTable::walk_from(const PhraseWalk& start, Visit& visit) const {
  for (PhraseWalk walk = start; !walk.done() && walk.length() <= longest_; walk.next(longest_)) {
    if (walk.length() != start.length() && !hashes_[walk.hash() % hashes_.size()]) return;
    const Slot& slot = slots_[probe(walk.read(), walk.hash())];
    if (slot.length == 0) return;  // no phrase goes on from here
    if (slot.value != no_value) visit(walk.length(), slot.value);
    // No longer phrase goes on with the next word: it is not read.
    const std::size_t next = walk.end() + 1;
    if (slot.next_bytes == 0 || (next < walk.text().size() && !(slot.next_bytes & next_byte_bit(walk.text()[next])))) {
      return;
    }
  }
}

}  // namespace resograph::grammar
