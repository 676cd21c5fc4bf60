#include "lexicon.hpp"

#include "common.hpp"

namespace resograph::grammar {

void Lexicon::add(std::string_view surface, std::uint32_t entry) {
  if (surface.empty()) return;
  const std::string form(surface);
  if (names_.find(form) == nullptr) {
    names_.add(form, entry);
    note_start(form);
    ++size_;
  }
  if (form.find(' ') != std::string::npos && form[0] >= 'A' && form[0] <= 'Z' &&
      !(form.size() > 1 && form[1] >= 'A' && form[1] <= 'Z')) {
    std::string lower = form;
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    if (names_.find(lower) == nullptr) {
      names_.add(lower, entry);
      note_start(lower);
    }
  }
}

void Lexicon::note_start(std::string_view form) {
  if (form.size() == 1) {
    for (unsigned second = 0; second < 256; ++second) starts_.set(pair_index(form[0], static_cast<char>(second)));
  } else {
    starts_.set(pair_index(form[0], form[1]));
  }
}

std::optional<LexiconMatch> Lexicon::match(const std::string& text, std::size_t at) const {
  // Most words start no name: two bytes tell, before the symbol tree is walked.
  if (at >= text.size()) return std::nullopt;
  if (at + 1 < text.size() && !starts_.test(pair_index(text[at], text[at + 1]))) return std::nullopt;
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
