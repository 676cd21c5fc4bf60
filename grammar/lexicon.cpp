#include "lexicon.hpp"

#include "common.hpp"

namespace resograph::grammar {

namespace {

constexpr std::uint64_t fnv_offset = 14695981039346656037ULL;
constexpr std::uint64_t fnv_prime = 1099511628211ULL;

std::uint64_t hash_step(std::uint64_t hash, char c) { return (hash ^ static_cast<unsigned char>(c)) * fnv_prime; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Whether a name may end before `at`: the end of the text, or a character
/// that is no letter or digit (the grammar's word_end, common.hpp). Never
/// inside a character.
bool is_boundary(std::string_view text, std::size_t at) {
  if (at == text.size()) return true;
  const char c = text[at];
  return !is_continuation(c) && !(c >= '0' && c <= '9') && letter_length(text, at) == 0;
}

}  // namespace

void Lexicon::add(std::string_view surface, std::uint32_t entry) {
  if (surface.empty()) return;
  if (add_form(surface, entry)) ++size_;
  if (surface.find(' ') != std::string_view::npos && surface[0] >= 'A' && surface[0] <= 'Z' &&
      !(surface.size() > 1 && surface[1] >= 'A' && surface[1] <= 'Z')) {
    std::string lower(surface);
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    add_form(lower, entry);
  }
}

bool Lexicon::add_form(std::string_view form, std::uint32_t entry) {
  // Every prefix that ends at a word boundary, then the name itself.
  std::uint64_t hash = fnv_offset;
  for (std::size_t end = 1; end <= form.size(); ++end) {
    hash = hash_step(hash, form[end - 1]);
    if (end < form.size() && is_boundary(form, end)) slot_for(form.substr(0, end), hash).has_longer = true;
  }
  Slot& slot = slot_for(form, hash);
  if (slot.entry != no_entry) return false;
  slot.entry = entry;
  longest_ = std::max(longest_, form.size());
  if (form.size() == 1) {
    for (unsigned second = 0; second < 256; ++second) starts_.set(pair_index(form[0], static_cast<char>(second)));
  } else {
    starts_.set(pair_index(form[0], form[1]));
  }
  return true;
}

std::size_t Lexicon::probe(std::string_view key, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.length == 0 || (slot.hash == hash && std::string_view(keys_).substr(slot.offset, slot.length) == key)) {
      return i;
    }
  }
}

Lexicon::Slot& Lexicon::slot_for(std::string_view key, std::uint64_t hash) {
  if (2 * (used_ + 1) > slots_.size()) grow();
  Slot& slot = slots_[probe(key, hash)];
  if (slot.length == 0) {
    slot.hash = hash;
    slot.offset = static_cast<std::uint32_t>(keys_.size());
    slot.length = static_cast<std::uint32_t>(key.size());
    keys_.append(key);
    hashes_.set(hash % hashes_.size());
    ++used_;
  }
  return slot;
}

const Lexicon::Slot* Lexicon::find(std::string_view key, std::uint64_t hash) const {
  const Slot& slot = slots_[probe(key, hash)];
  return slot.length == 0 ? nullptr : &slot;
}

void Lexicon::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.length == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].length != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

std::optional<LexiconMatch> Lexicon::match(std::string_view text, std::size_t at) const {
  // Most words start no name: two bytes tell, before anything is hashed.
  if (at >= text.size()) return std::nullopt;
  if (at + 1 < text.size() && !starts_.test(pair_index(text[at], text[at + 1]))) return std::nullopt;
  std::optional<LexiconMatch> longest;
  const std::size_t last = std::min(text.size(), at + longest_);
  std::uint64_t hash = fnv_offset;
  for (std::size_t end = at + 1; end <= last; ++end) {
    hash = hash_step(hash, text[end - 1]);
    if (!is_boundary(text, end)) continue;
    const Slot* slot = hashes_.test(hash % hashes_.size()) ? find(text.substr(at, end - at), hash) : nullptr;
    if (slot == nullptr) break;  // no name goes on from here
    if (slot->entry != no_entry) longest = LexiconMatch{slot->entry, end - at};
    if (!slot->has_longer) break;
  }
  return longest;
}

}  // namespace resograph::grammar
