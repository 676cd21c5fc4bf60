#include <algorithm>
#include <array>
#include <cctype>

#include "document.hpp"
#include "find.hpp"

namespace resograph {

namespace {

bool is_leap(unsigned year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in(unsigned month, unsigned year) {
  static constexpr std::array<unsigned, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return days[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
}

/// The calendar date of a date the text states at byte `at` of `text`; a
/// bad_value diagnostic when the day cannot exist.
std::optional<CalendarDate> checked_date(Document& document, const MappedText& text, std::size_t at,
                                         const ast::Date& date) {
  if (auto problem = date_problem(date)) {
    document.diagnostics.push_back(diagnostic_at(document.source, text, at, Status::bad_value, std::move(*problem)));
  }
  return to_calendar(date);
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string_view trim_trailing(std::string_view text, std::string_view chars) {
  while (!text.empty() && chars.find(text.back()) != std::string_view::npos) text.remove_suffix(1);
  return text;
}

/// "L'Assemblée générale" gives "Assemblée générale".
std::string without_article(std::string_view text) {
  for (std::string_view article : {"L'", "La ", "Le ", "Les ", "l'", "la ", "le ", "les "}) {
    if (starts_with(text, article)) return std::string(text.substr(article.size()));
  }
  return std::string(text);
}

bool is_roman(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return std::string_view("IVXLC").find(c) != std::string_view::npos;
  });
}

/// An operative number: "12. " gives "12"; a lettered item "a) " gives "a)".
std::optional<std::pair<std::string, std::size_t>> item_number(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i > 0 && i <= 3 && i + 1 < text.size() && text[i] == '.' && text[i + 1] == ' ') {
    return std::make_pair(std::string(text.substr(0, i)), i + 2);
  }
  i = 0;
  while (i < text.size() && std::islower(static_cast<unsigned char>(text[i]))) ++i;
  if (i > 0 && i <= 4 && i + 1 < text.size() && text[i] == ')' && text[i + 1] == ' ') {
    return std::make_pair(std::string(text.substr(0, i + 1)), i + 2);
  }
  return std::nullopt;
}

/// The heading that opens an act.
struct Heading {
  ActKind kind = ActKind::resolution;
  ActStatus status = ActStatus::draft;
  std::string number;
  std::string title;  ///< When the heading carries the title ("78/228. Title").
  std::vector<std::string> sponsors;
};

std::vector<std::string> split_names(std::string_view list) {
  std::vector<std::string> names;
  std::string current;
  std::size_t i = 0;
  while (i <= list.size()) {
    const bool at_end = i == list.size();
    const bool comma = !at_end && list[i] == ',';
    const bool et = !at_end && starts_with(list.substr(i), " et ");
    if (at_end || comma || et) {
      std::string name(trim_trailing(current, " "));
      const std::size_t first = name.find_first_not_of(' ');
      if (first != std::string::npos) names.push_back(name.substr(first));
      current.clear();
      i += at_end ? 1 : comma ? 1 : 4;
      continue;
    }
    current += list[i++];
  }
  return names;
}

constexpr std::string_view sponsored = " : projet de ";

/// Where " : projet de " starts in the first 200 bytes of a heading, or npos
/// (a paragraph is not searched to its end). Found by its colon, which
/// memchr finds at once, where a search for the whole opened a compare at
/// every space.
std::size_t find_sponsored(std::string_view text) {
  const std::string_view head = text.substr(0, 200 + sponsored.size() - 1);
  for (std::size_t colon = head.find(':', 1); colon != std::string_view::npos; colon = head.find(':', colon + 1)) {
    if (head.substr(colon - 1).starts_with(sponsored)) return colon - 1;
  }
  return std::string_view::npos;
}

/// "Projet de résolution II", "Résolution 33/1", "78/228. Titre",
/// "France et Roumanie : projet de résolution révisé".
std::optional<Heading> parse_heading(const std::string& text) {
  Heading heading;
  std::string_view rest;
  const auto kind_word = [&](std::string_view word) -> std::optional<ActKind> {
    if (starts_with(word, "résolution") || starts_with(word, "Résolution")) return ActKind::resolution;
    if (starts_with(word, "décision") || starts_with(word, "Décision")) return ActKind::decision;
    return std::nullopt;
  };
  if (starts_with(text, "Projet de ")) {
    rest = std::string_view(text).substr(10);
    const auto kind = kind_word(rest);
    if (!kind) return std::nullopt;
    heading.kind = *kind;
    const std::size_t space = rest.find(' ');
    const std::string_view tail = space == std::string_view::npos ? "" : rest.substr(space + 1);
    if (!tail.empty() && !is_roman(tail) && tail != "révisé") return std::nullopt;
    if (tail == "révisé") heading.status = ActStatus::revised_draft;
    return heading;
  }
  if (const std::size_t colon = find_sponsored(text); colon != std::string::npos) {
    rest = std::string_view(text).substr(colon + sponsored.size());
    const auto kind = kind_word(rest);
    if (!kind) return std::nullopt;
    heading.kind = *kind;
    if (rest.ends_with("révisé") || rest.ends_with("révisée")) heading.status = ActStatus::revised_draft;
    heading.sponsors = split_names(std::string_view(text).substr(0, colon));
    return heading;
  }
  if (const auto kind = kind_word(text); kind && (text[0] == 'R' || text[0] == 'D')) {
    const std::size_t space = text.find(' ');
    if (space == std::string::npos) return std::nullopt;
    const std::string number(trim_trailing(std::string_view(text).substr(space + 1), "."));
    if (number.find('/') == std::string::npos || number.find(' ') != std::string::npos) return std::nullopt;
    heading.kind = *kind;
    heading.status = ActStatus::adopted;
    heading.number = number;
    return heading;
  }
  // "78/228. Titre"
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '/')) ++i;
  if (i >= 3 && text.find('/') < i && i + 2 < text.size() && text[i] == '.' && text[i + 1] == ' ') {
    heading.status = ActStatus::adopted;
    heading.number = text.substr(0, i);
    heading.title = text.substr(i + 2);
    return heading;
  }
  return std::nullopt;
}

/// "L'Assemblée générale," / "Le Conseil économique et social :" /
/// "Le Conseil économique et social décide …": the author, and whether the
/// line also holds the act's only paragraph.
struct AuthorLine {
  std::string author;
  bool is_paragraph = false;
};

std::optional<AuthorLine> parse_author_line(const std::string& text) {
  if (!(starts_with(text, "L'") || starts_with(text, "La ") || starts_with(text, "Le ") || starts_with(text, "Les "))) {
    return std::nullopt;
  }
  const std::string_view trimmed = trim_trailing(text, " ");
  if (trimmed.size() < 200 && (trimmed.back() == ',' || trimmed.back() == ':')) {
    const std::string author(trim_trailing(trimmed.substr(0, trimmed.size() - 1), " "));
    if (author.find(',') != std::string::npos) return std::nullopt;
    return AuthorLine{without_article(author), false};
  }
  for (std::string_view verb : {" décide ", " décide,", " décide :"}) {
    const std::size_t at = text.find(verb);
    if (at != std::string::npos && at < 150 && text.substr(0, at).find(',') == std::string::npos) {
      return AuthorLine{without_article(std::string_view(text).substr(0, at)), true};
    }
  }
  return std::nullopt;
}

/// A heading of the report around the acts: "B. Projet de …", "Chapitre I", "II. …".
bool is_section_heading(const Block& block) {
  const std::string& text = block.text.text();
  if (starts_with(text, "Chapitre ")) return true;
  if (text.size() > 3 && text[0] >= 'A' && text[0] <= 'H' && text[1] == '.' && text[2] == ' ') return true;
  const std::size_t dot = text.find(". ");
  if (dot != std::string::npos && dot > 0 && dot <= 5 && is_roman(std::string_view(text).substr(0, dot))) return true;
  return false;
}

bool ends_with_punctuation(const std::string& text) {
  if (text.empty()) return false;
  const char c = text.back();
  return c == '.' || c == ',' || c == ';' || c == ':' || text.ends_with("\u00BB");
}

/// A title without its footnote markers ("groupes terroristes*, y compris").
std::string without_markers(std::string_view title) {
  std::string out;
  for (std::size_t i = 0; i < title.size();) {
    std::size_t length = 0;
    if (is_superscript_digit(title, i, &length)) {
      i += length;
    } else if (title[i] == '*') {
      ++i;
    } else {
      out += title[i++];
    }
  }
  return out;
}

/// A reported decision has no author line: "À sa 7e séance, le 16 mai 2024, la
/// Commission … a décidé …" names the author, and the date of the meeting.
void infer_author(Act& act) {
  const std::string& text = act.paragraphs.front().text.text();
  std::size_t verb = text.find(" a décidé");
  if (verb == std::string::npos) verb = text.find(" décide");
  if (verb == std::string::npos || verb > 300) return;
  const std::size_t comma = text.rfind(", ", verb);
  const std::size_t start = comma == std::string::npos ? 0 : comma + 2;
  act.author = without_article(std::string_view(text).substr(start, verb - start));
  const std::size_t le = text.rfind("le ", start);
  if (le != std::string::npos) {
    if (const auto date = grammar::parse_date_at(text, le + 3)) act.adopted_on = to_calendar(*date);
  }
}

void parse_header(Document& document, std::size_t end) {
  DocumentHeader& header = document.header;
  for (std::size_t b = 0; b < end; ++b) {
    const Block& block = document.blocks[b];
    if (block.kind != BlockKind::text) continue;
    const std::string& text = block.text.text();
    if (header.organ.empty()) {
      for (std::string_view organ : {"Assemblée générale", "Conseil économique et social", "Conseil de sécurité",
                                     "Conseil des droits de l'homme"}) {
        if (text == organ) header.organ = organ;
      }
      if (!header.organ.empty()) continue;
    }
    if (header.symbol.empty()) {
      // "Nations Unies E/CN.15/2018/L.3", or the symbol on a line of its own.
      std::size_t at = starts_with(text, "Nations Unies ") ? 14 : 0;
      if (const auto symbol = grammar::parse_symbol_at(text, at); symbol && at + symbol->second == text.size()) {
        if (auto problem = number_problem("document symbol", symbol->first.text)) {
          document.diagnostics.push_back(
              diagnostic_at(document.source, block.text, at, Status::bad_value, std::move(*problem)));
        } else {
          header.symbol = symbol->first.text;
        }
        continue;
      }
    }
    if (!header.date) {
      std::size_t at = starts_with(text, "Distr. ") ? text.find(' ', 7) : 0;
      if (at != std::string::npos) {
        if (at > 0) ++at;
        if (const auto date = grammar::parse_date_at(text, at)) {
          header.date = checked_date(document, block.text, at, *date);
          if (header.date) continue;
        }
      }
    }
    if (starts_with(text, "Original")) {
      // "Original : anglais"; nothing after the colon gives no language.
      const std::size_t colon = text.find(':');
      const std::size_t language = colon == std::string::npos ? colon : text.find_first_not_of(' ', colon + 1);
      if (language != std::string::npos) header.original_language = text.substr(language);
      continue;
    }
    if (text.ends_with(" session") && text.size() < 60) {
      header.session = text;
      continue;
    }
    if (starts_with(text, "Point ") && text.find("ordre du jour") != std::string::npos) {
      header.agenda_item = std::string(trim_trailing(text, "*"));
      continue;
    }
    if (starts_with(text, "Résolution adoptée par ")) {
      header.status = ActStatus::adopted;
      const std::size_t par = text.find(" par ");
      const std::size_t le = text.rfind(" le ");
      if (le != std::string::npos && le > par) {
        header.adopted_by = without_article(std::string_view(text).substr(par + 5, le - par - 5));
        if (const auto date = grammar::parse_date_at(text, le + 4)) {
          header.adopted_on = checked_date(document, block.text, le + 4, *date);
        }
      }
      continue;
    }
    if (header.body.empty() && !header.organ.empty() &&
        (starts_with(text, "Commission ") || starts_with(text, "Comité ") || starts_with(text, "Conférence ") ||
         starts_with(text, "Conseil ") || starts_with(text, "Réunion "))) {
      header.body = text;
    }
  }
}

}  // namespace

std::string CalendarDate::iso() const {
  // "%04u-%02u-%02u" by hand: snprintf took some 1,700 instructions a date.
  std::string iso = "0000-00-00";
  const auto digits = [&](std::size_t last, unsigned value, int count) {
    for (int k = 0; k < count; ++k, value /= 10)
      iso[last - static_cast<std::size_t>(k)] = static_cast<char>('0' + value % 10);
  };
  digits(3, year % 10000, 4);
  digits(6, month % 100, 2);
  digits(9, day % 100, 2);
  return iso;
}

std::optional<CalendarDate> to_calendar(const ast::Date& date) {
  if (date.year < 1900 || date.year > 2999 || date.month < 1 || date.month > 12 || date.day < 1) return std::nullopt;
  if (date.day > days_in(date.month, date.year)) return std::nullopt;
  return CalendarDate{date.year, date.month, date.day};
}

std::optional<std::string> date_problem(const ast::Date& date) {
  std::string why;
  if (date.year < 1000 || date.year > 2999) {
    why = "the year is not between 1000 and 2999";
  } else if (date.month < 1 || date.month > 12) {
    why = "there is no month " + std::to_string(date.month);
  } else if (date.day < 1) {
    why = "there is no day 0";
  } else if (const unsigned limit = days_in(date.month, date.year); date.day > limit) {
    why = "that month has " + std::to_string(limit) + " days";
  } else {
    return std::nullopt;
  }
  char written[48];
  std::snprintf(written, sizeof written, "%04u-%02u-%02u", date.year, date.month, date.day);
  return "impossible date " + std::string(written) + ": " + why;
}

namespace {

std::size_t longest_digit_run(std::string_view written) {
  std::size_t longest = 0, run = 0;
  for (char c : written) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

}  // namespace

bool overlong_number(std::string_view written) { return longest_digit_run(written) > max_number_digits; }

std::optional<std::string> number_problem(std::string_view what, std::string_view written) {
  const std::size_t digits = longest_digit_run(written);
  if (digits <= max_number_digits) return std::nullopt;
  std::string shown(written);
  if (shown.size() > 24) {
    std::size_t cut = 20;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;  // a character boundary
    shown = shown.substr(0, cut) + "\u2026";
  }
  return std::string(what) + " \"" + shown + "\" has " + std::to_string(digits) +
         " digits in a row; no UN number has more than " + std::to_string(max_number_digits) + ": it is not used";
}

Diagnostic diagnostic_at(const SourceFile& source, const MappedText& text, std::size_t at, Status status,
                         std::string message) {
  const auto [line, column] = source.line_column(text.source_span(at, at + 1).begin);
  return Diagnostic{status, source.path, line, column, std::move(message)};
}

std::optional<CalendarDate> parse_date(std::string_view text) {
  const auto date = grammar::parse_date_at(std::string(text));
  return date ? to_calendar(*date) : std::nullopt;
}

Document segment(SourceFile source, std::vector<Block> blocks) {
  Document document;
  document.source = std::move(source);
  document.blocks = std::move(blocks);
  const std::vector<Block>& all = document.blocks;
  if (const std::string& bytes = document.source.bytes; bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    document.diagnostics.push_back(
        Diagnostic{Status::empty_file, document.source.path, 0, 0,
                   bytes.empty() ? "the file is empty" : "the file holds only blanks (spaces, tabs, line ends)"});
  }

  for (std::uint32_t b = 0; b < all.size(); ++b) {
    if (all[b].kind == BlockKind::footnote) document.footnotes.push_back(Footnote{all[b].marker, all[b].text, b});
  }

  std::optional<std::size_t> first_act;
  Act* act = nullptr;
  enum class Phase { title, preamble, operative, closed } phase = Phase::closed;

  bool attaching = false;  // lettered items now belong to the paragraph that ended with ':'

  const auto add_paragraph = [&](const Block& block, std::uint32_t order) {
    const std::string& text = block.text.text();
    const auto number = item_number(text);
    const bool lettered = number && number->first.back() == ')';
    if (lettered && attaching && !act->paragraphs.empty()) {
      Paragraph& parent = act->paragraphs.back();
      parent.text.append_replacement(" ", parent.text.source_span(parent.text.size() - 1, parent.text.size()));
      parent.text.append(block.text);
      return;
    }
    Paragraph paragraph;
    paragraph.order = order;
    if (number) {
      paragraph.kind = ParagraphKind::operative;
      paragraph.number = number->first;
      paragraph.text = block.text.slice(number->second, text.size());
    } else {
      paragraph.kind = phase == Phase::operative ? ParagraphKind::operative : ParagraphKind::preambular;
      paragraph.text = block.text;
    }
    paragraph.position = static_cast<std::uint32_t>(act->paragraphs.size() + 1);
    if (paragraph.kind == ParagraphKind::operative) phase = Phase::operative;
    attaching = text.ends_with(":");
    act->paragraphs.push_back(std::move(paragraph));
  };

  for (std::uint32_t b = 0; b < all.size(); ++b) {
    const Block& block = all[b];
    if (block.kind != BlockKind::text) continue;
    const std::string& text = block.text.text();

    if (auto heading = parse_heading(text)) {
      if (!first_act) first_act = b;
      Act next;
      next.kind = heading->kind;
      next.status = heading->status;
      next.heading = heading->title.empty() ? text : heading->number + ".";
      if (auto problem = number_problem("act number", heading->number)) {
        // The act stays, unnumbered: its number is no key, and the heading does not repeat it.
        const std::size_t at = text.find(heading->number);
        document.diagnostics.push_back(
            diagnostic_at(document.source, block.text, at, Status::bad_value, std::move(*problem)));
        next.heading = text.substr(0, at) + "\u2026";
        heading->number.clear();
      }
      next.number = heading->number;
      next.title = heading->title;
      next.title_span = block.text.source_span(0, text.size());
      next.line = block.line;
      if (!heading->sponsors.empty()) document.header.sponsors = heading->sponsors;
      document.acts.push_back(std::move(next));
      act = &document.acts.back();
      phase = Phase::title;
      attaching = false;
      continue;
    }
    if (phase == Phase::closed) continue;

    if (phase == Phase::title) {
      if (const auto author = parse_author_line(text)) {
        act->author = author->author;
        phase = Phase::preamble;
        if (author->is_paragraph) {
          add_paragraph(block, b);
          act->paragraphs.back().kind = ParagraphKind::operative;
          phase = Phase::operative;
        }
      } else if (act->title.empty() || !ends_with_punctuation(act->title)) {
        if (act->title.empty() && !item_number(text)) {
          act->title = text;
          act->title_span = block.text.source_span(0, text.size());
        } else if (item_number(text)) {
          // No author line: the act's paragraphs start at once (a reported decision).
          add_paragraph(block, b);
        }
      }
      continue;
    }
    if (is_section_heading(block) || (block.heading && phase == Phase::operative)) {
      phase = Phase::closed;
      continue;
    }
    const bool numbered = item_number(text).has_value();
    if (phase == Phase::operative && !numbered && !block.list_item) {
      phase = Phase::closed;  // the act ended: its annexes and the report go on
      continue;
    }
    add_paragraph(block, b);
  }
  for (Act& each : document.acts) {
    each.title = without_markers(each.title.empty() ? each.heading : each.title);
    if (each.author.empty() && !each.paragraphs.empty()) infer_author(each);
  }
  parse_header(document, first_act.value_or(all.size()));
  for (Act& each : document.acts) {
    if (each.status == ActStatus::adopted && !each.adopted_on) each.adopted_on = document.header.adopted_on;
  }
  return document;
}

}  // namespace resograph
