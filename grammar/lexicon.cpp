#include "lexicon.hpp"

#include <string>

namespace resograph::grammar {

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
  std::uint32_t& known = names_.value(form);
  if (known != PhraseTable::no_value) return false;
  known = entry;
  return true;
}

}  // namespace resograph::grammar
