#include "phrase_table.hpp"

namespace resograph::grammar {

std::uint32_t& PhraseTable::value(std::string_view phrase) {
  // Every prefix that ends at a word boundary, then the phrase itself.
  for (std::size_t end = 1; end < phrase.size(); ++end) {
    if (PhraseWalk::is_boundary(phrase, end)) {
      Slot& prefix = slot_for(phrase.substr(0, end), PhraseWalk::hash_of(phrase.substr(0, end)));
      // Any byte, when the phrase ends at the boundary's byte.
      prefix.next_bytes |= end + 1 < phrase.size() ? next_byte_bit(phrase[end + 1]) : UINT32_MAX;
    }
  }
  longest_ = std::max(longest_, phrase.size());
  return slot_for(phrase, PhraseWalk::hash_of(phrase)).value;
}

PhraseTable::Slot& PhraseTable::slot_for(std::string_view key, std::uint64_t hash) {
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

void PhraseTable::grow() {
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

}  // namespace resograph::grammar
