#include "lexicon.hpp"

#include "common.hpp"

namespace resograph::grammar {

void Lexicon::add(std::string_view surface, std::uint32_t entry) {
  if (surface.empty()) return;
  const std::string form(surface);
  if (names_.find(form) == nullptr) {
    names_.add(form, entry);
    ++size_;
  }
  if (form.find(' ') != std::string::npos && form[0] >= 'A' && form[0] <= 'Z' &&
      !(form.size() > 1 && form[1] >= 'A' && form[1] <= 'Z')) {
    std::string lower = form;
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    if (names_.find(lower) == nullptr) names_.add(lower, entry);
  }
}

std::optional<LexiconMatch> Lexicon::match(const std::string& text, std::size_t at) const {
  auto first = text.begin() + static_cast<std::ptrdiff_t>(at);
  const auto begin = first;
  std::uint32_t entry = 0;
  // symbols take the longest match; the word end keeps "ONU" out of "ONUDC".
  if (x3::parse(first, text.end(), x3::lexeme[names_ >> word_end], entry)) {
    return LexiconMatch{entry, static_cast<std::size_t>(first - begin)};
  }
  return std::nullopt;
}

}  // namespace resograph::grammar
