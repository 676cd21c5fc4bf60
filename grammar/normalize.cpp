#include "normalize.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_map>

#include <boost/container/static_vector.hpp>

namespace resograph {

namespace {

// UTF-8 of the superscript digits 0-9.
constexpr std::array<std::string_view, 10> superscripts = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                                           "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};

bool is_space_byte(char c) { return c == ' ' || c == '\t'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool starts_with(std::string_view text, std::size_t at, std::string_view prefix) {
  return text.substr(at, prefix.size()) == prefix;
}

/// Marker text (digits or '*') in canonical form: superscript digits, or '*'.
std::string canonical_marker(std::string_view marker) {
  std::string out;
  for (char c : marker) {
    if (is_ascii_digit(c)) {
      out += superscripts[static_cast<std::size_t>(c - '0')];
    } else if (c == '*') {
      out += '*';
    }
  }
  return out;
}

bool is_marker_text(std::string_view inner) {
  return !inner.empty() &&
         std::all_of(inner.begin(), inner.end(), [](char c) { return is_ascii_digit(c) || c == '*'; });
}

/// Unicode characters replaced by a normalised form (spaces, quotes, dashes).
std::optional<std::string_view> replacement_of(std::string_view text, std::size_t at, std::size_t* length) {
  struct Rule {
    std::string_view from;
    std::string_view to;
  };
  static constexpr std::array<Rule, 14> rules = {{
      {"\u00A0", " "},       // no-break space
      {"\u202F", " "},       // narrow no-break space
      {"\u2009", " "},       // thin space
      {"\u2007", " "},       // figure space
      {"\u2002", " "},       // en space
      {"\u2003", " "},       // em space
      {"\u200B", ""},        // zero-width space
      {"\u00AD", ""},        // soft hyphen
      {"\u2019", "'"},       // right single quotation mark
      {"\u2018", "'"},       // left single quotation mark
      {"\u02BC", "'"},       // modifier letter apostrophe
      {"\u00BA", "\u00B0"},  // masculine ordinal in "nº" read as a degree sign
      {"\u2011", "-"},       // non-breaking hyphen
      {"\uFEFF", ""},        // byte-order mark inside the text
  }};
  for (const Rule& rule : rules) {
    if (starts_with(text, at, rule.from)) {
      *length = rule.from.size();
      return rule.to;
    }
  }
  return std::nullopt;
}

/// HTML tags dropped without a trace (their content stays).
bool is_dropped_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 14> names = {"i",  "em",  "b",   "strong", "u",    "span", "p",
                                                             "br", "div", "sub", "small",  "font", "ins",  "mark"};
  std::size_t k = tag[0] == '/' ? 1 : 0;
  std::size_t end = k;
  while (end < tag.size() && is_ascii_alpha(tag[end])) ++end;
  std::string name(tag.substr(k, end - k));
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(names.begin(), names.end(), name) != names.end();
}

/// "E_{\text{CN.15/2018/L.3}}" reads "E/CN.15/2018/L.3".
std::string latex_to_text(std::string_view latex) {
  std::string out;
  for (std::size_t i = 0; i < latex.size(); ++i) {
    if (starts_with(latex, i, "\\text{") || starts_with(latex, i, "\\mathrm{")) {
      i = latex.find('{', i);
    } else if (latex[i] == '_') {
      out += '/';
    } else if (latex[i] == '^' || latex[i] == '{' || latex[i] == '}' || latex[i] == '\\') {
      // structure only
    } else {
      out += latex[i];
    }
  }
  return out;
}

/// The next occurrence of a needle in a text, remembered between searches so
/// that a line of many unclosed openers ("<sup>", '[', "^{") is scanned once,
/// not once per opener, and a file without '\r' once, not once per line.
/// Searches may move forward only, or start over.
class NextOccurrence {
 public:
  explicit NextOccurrence(std::string_view needle) : needle_(needle) {}

  std::size_t find(std::string_view line, std::size_t from) {
    if (!known_ || from < searched_from_ || (found_ != std::string_view::npos && found_ < from)) {
      found_ = line.find(needle_, from);
      searched_from_ = from;
      known_ = true;
    }
    return found_;
  }

 private:
  std::string_view needle_;
  std::size_t searched_from_ = 0;
  std::size_t found_ = 0;
  bool known_ = false;
};

class LineNormaliser {
 public:
  LineNormaliser(std::string_view line, std::uint32_t offset) : line_(line), offset_(offset) {
    out_.reserve(line.size(), 4);
  }

  MappedText run() {
    std::size_t i = 0;
    while (i < line_.size()) {
      i = step(i);
    }
    out_.trim_end();
    return std::move(out_);
  }

 private:
  std::uint32_t at(std::size_t i) const { return offset_ + static_cast<std::uint32_t>(i); }
  char last() const { return out_.empty() ? '\0' : out_.text().back(); }
  void copy(std::size_t begin, std::size_t end) { out_.append_copy(line_.substr(begin, end - begin), at(begin)); }
  void replace(std::string_view with, std::size_t begin, std::size_t end) {
    out_.append_replacement(with, SourceSpan{at(begin), at(end)});
  }
  void space(std::size_t begin, std::size_t end) {
    if (!out_.empty() && last() != ' ') {
      end - begin == 1 && line_[begin] == ' ' ? copy(begin, end) : replace(" ", begin, end);
    }
  }

  std::size_t step(std::size_t i) {
    const char c = line_[i];
    if (c == '<') return tag(i);
    if (c == '^') return caret(i);
    if (c == '$') return latex(i);
    if (c == '[') return link(i);
    if (c == '*') return asterisks(i);
    if (c == '&') return entity(i);
    if (c == '\\' && i + 1 < line_.size() && std::ispunct(static_cast<unsigned char>(line_[i + 1]))) {
      copy(i + 1, i + 2);
      return i + 2;
    }
    if (is_space_byte(c) || c == '\r') {
      std::size_t end = i;
      while (end < line_.size() && (is_space_byte(line_[end]) || line_[end] == '\r')) ++end;
      space(i, end);
      return end;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      std::size_t length = 0;
      if (const auto to = replacement_of(line_, i, &length)) {
        if (*to == " ") {
          std::size_t end = i + length;
          space(i, end);
        } else {
          replace(*to, i, i + length);
        }
        return i + length;
      }
    }
    // A run of bytes that need nothing, with the single spaces between its
    // words (space() would copy them as they are): copied at once.
    std::size_t end = i + 1;
    while (end < line_.size()) {
      if (is_plain(line_[end])) {
        ++end;
      } else if (line_[end] == ' ' && end + 1 < line_.size() && is_plain(line_[end + 1])) {
        end += 2;
      } else {
        break;
      }
    }
    copy(i, end);
    return end;
  }

  /// A byte that step() copies as it is, whatever follows: neither markup
  /// (']' ends the text of a link, which link() steps through up to it), nor
  /// a space, nor the lead byte of a character replacement_of() may replace
  /// (U+00xx, U+02xx, U+20xx, U+FEFF).
  static bool is_plain(char c) {
    static constexpr std::array<bool, 256> plain = [] {
      std::array<bool, 256> bytes{};
      bytes.fill(true);
      for (const unsigned char c : {'<', '^', '$', '[', ']', '*', '&', '\\', '\r', ' ', '\t'}) bytes[c] = false;
      for (const unsigned char lead : {0xC2, 0xCA, 0xE2, 0xEF}) bytes[lead] = false;
      return bytes;
    }();
    return plain[static_cast<unsigned char>(c)];
  }

  std::size_t tag(std::size_t i) {
    const std::size_t close = next_tag_end_.find(line_, i);
    if (close == std::string_view::npos || close == i + 1) {
      copy(i, i + 1);
      return i + 1;
    }
    const std::string_view name = line_.substr(i + 1, close - i - 1);
    if (name == "sup") {
      const std::size_t end = next_sup_end_.find(line_, close);
      if (end != std::string_view::npos) {
        const std::string_view inner = line_.substr(close + 1, end - close - 1);
        superscript(inner, i, end + 6);
        return end + 6;
      }
    }
    if (is_ascii_alpha(name[0]) || name[0] == '/') {
      if (is_dropped_tag(name)) {
        replace("", i, close + 1);
        return close + 1;
      }
    }
    copy(i, i + 1);  // an autolink "<https://…>" or a lone '<'
    return i + 1;
  }

  /// <sup>1</sup>, ^{1}: a footnote marker; ^{er}, ^{e}: ordinal letters.
  void superscript(std::string_view inner, std::size_t begin, std::size_t end) {
    if (is_marker_text(inner)) {
      replace(canonical_marker(inner), begin, end);
    } else {
      replace(inner, begin, end);
    }
  }

  std::size_t caret(std::size_t i) {
    if (starts_with(line_, i, "^{")) {
      const std::size_t close = next_brace_end_.find(line_, i);
      if (close != std::string_view::npos) {
        superscript(line_.substr(i + 2, close - i - 2), i, close + 1);
        return close + 1;
      }
    }
    std::size_t end = i + 1;
    while (end < line_.size() && is_ascii_alpha(line_[end])) ++end;
    if (end > i + 1) {  // "7^e" reads "7e"
      replace(line_.substr(i + 1, end - i - 1), i, end);
      return end;
    }
    copy(i, i + 1);
    return i + 1;
  }

  std::size_t latex(std::size_t i) {
    const std::size_t close = next_dollar_.find(line_, i + 1);
    if (close == std::string_view::npos || close == i + 1) {
      copy(i, i + 1);
      return i + 1;
    }
    replace(latex_to_text(line_.substr(i + 1, close - i - 1)), i, close + 1);
    return close + 1;
  }

  /// [61/180](#) reads 61/180.
  std::size_t link(std::size_t i) {
    const std::size_t close = next_link_middle_.find(line_, i);
    const std::size_t end = close == std::string_view::npos ? close : next_paren_end_.find(line_, close);
    if (end == std::string_view::npos || next_bracket_.find(line_, i + 1) < close) {
      copy(i, i + 1);
      return i + 1;
    }
    replace("", i, i + 1);
    for (std::size_t k = i + 1; k < close;) {
      k = step(k);
    }
    replace("", close, end + 1);
    return end + 1;
  }

  /// Emphasis (*x*, **x**) is dropped; a lone '*' after a word is a footnote marker.
  std::size_t asterisks(std::size_t i) {
    std::size_t end = i;
    while (end < line_.size() && line_[end] == '*') ++end;
    const char before = last();
    const char after = end < line_.size() ? line_[end] : '\0';
    const bool word_before = before != '\0' && before != ' ' && before != '(' && before != '[';
    const bool word_after = after != '\0' && !is_space_byte(after);
    if (end - i == 1 && word_before && !word_after && !emphasis_open_) {
      copy(i, end);  // marker
    } else if (end - i == 1 && word_before && (after == ',' || after == ';' || after == '.') && !emphasis_open_) {
      copy(i, end);  // marker before punctuation: "terroristes*,"
    } else {
      if (end - i == 1) {
        emphasis_open_ = !emphasis_open_;
      }
      replace("", i, end);
    }
    return end;
  }

  std::size_t entity(std::size_t i) {
    static const std::unordered_map<std::string_view, std::string_view> entities = {
        {"&nbsp;", " "}, {"&amp;", "&"},   {"&lt;", "<"},         {"&gt;", ">"},        {"&quot;", "\""},
        {"&#39;", "'"},  {"&rsquo;", "'"}, {"&laquo;", "\u00AB"}, {"&raquo;", "\u00BB"}};
    const std::size_t close = line_.substr(0, std::min(line_.size(), i + 8)).find(';', i);
    if (close != std::string_view::npos) {
      const auto it = entities.find(line_.substr(i, close - i + 1));
      if (it != entities.end()) {
        it->second == " " ? space(i, close + 1) : replace(it->second, i, close + 1);
        return close + 1;
      }
    }
    copy(i, i + 1);
    return i + 1;
  }

  std::string_view line_;
  std::uint32_t offset_;
  MappedText out_;
  bool emphasis_open_ = false;
  NextOccurrence next_tag_end_{">"};
  NextOccurrence next_sup_end_{"</sup>"};
  NextOccurrence next_brace_end_{"}"};
  NextOccurrence next_dollar_{"$"};
  NextOccurrence next_link_middle_{"]("};
  NextOccurrence next_paren_end_{")"};
  NextOccurrence next_bracket_{"["};
};

/// A source line with its offset.
struct RawLine {
  std::string_view text;
  std::uint32_t offset;
  std::uint32_t number;
};

std::vector<RawLine> split_lines(std::string_view bytes) {
  std::vector<RawLine> lines;
  std::uint32_t number = 1;
  std::size_t begin = 0;
  // Each a search of its own (find_first_of would call memchr on "\r\n" once
  // per byte); most files have no '\r', found missing once.
  NextOccurrence next_newline("\n"), next_return("\r");
  while (begin <= bytes.size()) {
    const std::size_t end = std::min({next_newline.find(bytes, begin), next_return.find(bytes, begin), bytes.size()});
    lines.push_back(RawLine{bytes.substr(begin, end - begin), static_cast<std::uint32_t>(begin), number++});
    if (end == bytes.size()) break;
    begin = end + (bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n' ? 2 : 1);
  }
  return lines;
}

std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && is_space_byte(text[i])) ++i;
  return i;
}

/// A footnote's opening marker at the start of a raw line: its ASCII form and
/// where the footnote's text starts.
struct FootnoteStart {
  std::string marker;
  std::size_t text_begin;
};

std::optional<FootnoteStart> footnote_start(std::string_view line) {
  std::size_t i = skip_spaces(line, 0);
  std::string_view inner;
  std::size_t after = 0;
  if (starts_with(line, i, "<sup>")) {
    const std::size_t end = line.find("</sup>", i);
    if (end == std::string_view::npos) return std::nullopt;
    inner = line.substr(i + 5, end - i - 5);
    after = end + 6;
  } else if (starts_with(line, i, "^{")) {
    const std::size_t end = line.find('}', i);
    if (end == std::string_view::npos) return std::nullopt;
    inner = line.substr(i + 2, end - i - 2);
    after = end + 1;
  } else {
    std::string marker;
    std::size_t length = 0;
    after = i;
    while (is_superscript_digit(line, after, &length)) {
      marker += superscript_to_ascii(line.substr(after, length));
      after += length;
    }
    if (marker.empty() || (after < line.size() && !is_space_byte(line[after]))) return std::nullopt;
    return FootnoteStart{marker, skip_spaces(line, after)};
  }
  if (!is_marker_text(inner)) return std::nullopt;
  return FootnoteStart{std::string(inner), skip_spaces(line, after)};
}

bool all_of_char(std::string_view text, char c) {
  return text.size() >= 3 && std::all_of(text.begin(), text.end(), [c](char x) { return x == c; });
}

/// "2/3", a page counter.
bool is_page_counter(std::string_view word) {
  const std::size_t slash = word.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == word.size()) return false;
  return std::all_of(word.begin(), word.begin() + static_cast<long>(slash), is_ascii_digit) &&
         std::all_of(word.begin() + static_cast<long>(slash) + 1, word.end(), is_ascii_digit) && word.size() <= 7;
}

/// "V.18-02322", "18-02322", "24-08765 (F)": a UN job number.
bool is_job_number(std::string_view word) {
  std::size_t i = 0;
  while (i < word.size() && is_ascii_alpha(word[i])) ++i;
  if (i > 2) return false;
  if (i < word.size() && word[i] == '.') ++i;
  const std::size_t digits = i;
  while (i < word.size() && is_ascii_digit(word[i])) ++i;
  if (i - digits != 2 || i >= word.size() || word[i] != '-') return false;
  const std::size_t tail = ++i;
  while (i < word.size() && is_ascii_digit(word[i])) ++i;
  return i == word.size() && i - tail >= 4 && i - tail <= 6;
}

/// The first words of a text, at most five (page furniture has fewer): in
/// place, not allocated, since every line is tested.
using FirstWords = boost::container::static_vector<std::string_view, 5>;
FirstWords first_words(std::string_view text) {
  FirstWords words;
  std::size_t i = 0;
  while (i < text.size() && words.size() < words.capacity()) {
    i = skip_spaces(text, i);
    const std::size_t end = std::min(text.find(' ', i), text.size());
    if (end > i) words.push_back(text.substr(i, end - i));
    i = end;
  }
  return words;
}

/// Page furniture: page counters, job numbers, rules, barcodes.
bool is_furniture(std::string_view raw, std::string_view text) {
  const std::string_view trimmed = raw.substr(skip_spaces(raw, 0));
  if (all_of_char(trimmed, '-') || all_of_char(trimmed, '_') || all_of_char(trimmed, '*') ||
      all_of_char(trimmed, '=')) {
    return true;
  }
  // Three words and a "(F)" at most: a fifth word tells it is text.
  FirstWords words = first_words(text);
  if (!words.empty() && (words.back() == "(F)" || words.back() == "(f)")) words.pop_back();
  if (words.empty() || words.size() > 3) return false;
  if (words.size() == 2 && words[0] == "Page" && std::all_of(words[1].begin(), words[1].end(), is_ascii_digit)) {
    return true;  // "Page 4"
  }
  bool job = false;
  for (std::string_view word : words) {
    if (is_job_number(word)) {
      job = true;
    } else if (!is_page_counter(word)) {
      return false;
    }
  }
  return job || (words.size() == 1 && is_page_counter(words[0]));
}

bool ends_paragraph(const std::string& text) {
  if (text.empty()) return true;
  const char c = text.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ',' || c == ')' || text.ends_with("\u00BB");
}

bool ends_sentence(const std::string& text) {
  if (text.empty()) return true;
  const char c = text.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

/// "a) ", "ii) ", "12. ": the opening of a numbered or lettered item.
bool starts_item(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (is_ascii_digit(text[i]) || is_ascii_lower(text[i]))) ++i;
  if (i == 0 || i > 4 || i + 1 >= text.size()) return false;
  return (text[i] == ')' || text[i] == '.') && text[i + 1] == ' ';
}

bool starts_lowercase(std::string_view text) {
  if (text.empty()) return false;
  if (is_ascii_lower(text[0])) return true;
  // é è à â ç ê î ô û œ: lower-case letters in two bytes
  static constexpr std::array<std::string_view, 10> lower = {"é", "è", "à", "â", "ç", "ê", "î", "ô", "û", "œ"};
  return std::any_of(lower.begin(), lower.end(), [&](std::string_view l) { return text.starts_with(l); });
}

}  // namespace

bool is_superscript_digit(std::string_view text, std::size_t at, std::size_t* length) {
  for (std::string_view s : superscripts) {
    if (starts_with(text, at, s)) {
      if (length) *length = s.size();
      return true;
    }
  }
  return false;
}

std::string superscript_to_ascii(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    bool found = false;
    for (std::size_t d = 0; d < superscripts.size(); ++d) {
      if (starts_with(text, i, superscripts[d])) {
        out += static_cast<char>('0' + d);
        i += superscripts[d].size();
        found = true;
        break;
      }
    }
    if (!found) {
      if (text[i] == '*') out += '*';
      ++i;
    }
  }
  return out;
}

MappedText normalise_inline(std::string_view line, std::uint32_t source_offset) {
  return LineNormaliser(line, source_offset).run();
}

std::vector<Block> normalise(const SourceFile& file) {
  std::vector<Block> blocks;
  std::optional<Block> current;
  bool hard_break = false;  // the previous line ended with a Markdown line break
  std::size_t previous_line_length = 0;

  const auto close = [&] {
    if (current && !current->text.empty()) {
      blocks.push_back(std::move(*current));
    }
    current.reset();
  };

  for (const RawLine& raw : split_lines(file.bytes)) {
    std::string_view line = raw.text;
    std::uint32_t offset = raw.offset;
    const std::size_t indent = skip_spaces(line, 0);
    if (indent == line.size()) {
      close();
      hard_break = false;
      continue;
    }
    if (const auto start = footnote_start(line)) {
      close();
      current = Block{
          BlockKind::footnote,
          normalise_inline(line.substr(start->text_begin), offset + static_cast<std::uint32_t>(start->text_begin)),
          start->marker, raw.number};
      continue;
    }
    bool heading = false, bullet = false;
    std::size_t content = indent;
    if (line[content] == '#') {
      std::size_t k = content;
      while (k < line.size() && line[k] == '#') ++k;
      if (k < line.size() && is_space_byte(line[k]) && k - content <= 6) {
        heading = true;
        content = skip_spaces(line, k);
      }
    }
    if (!heading && (line[content] == '-' || line[content] == '+' || line[content] == '*') &&
        content + 1 < line.size() && is_space_byte(line[content + 1])) {
      bullet = true;
      content = skip_spaces(line, content + 1);
    }
    MappedText text = normalise_inline(line.substr(content), offset + static_cast<std::uint32_t>(content));
    if (text.empty() && !all_of_char(line.substr(indent), '-')) {
      continue;  // markup only ("**", "<br>")
    }
    if (is_furniture(line, text.text())) {
      close();
      hard_break = false;
      continue;
    }
    // Lines without a blank line between them continue one paragraph when the
    // text was wrapped (a long line cut mid-sentence, or a lower-case start);
    // otherwise each line is a block of its own (header lines, list items).
    const bool wrapped =
        current && current->kind == BlockKind::text &&
        (starts_lowercase(text.text()) || (previous_line_length >= 60 && !ends_paragraph(current->text.text())));
    const bool new_block = !wrapped || heading || bullet || hard_break || current->heading || starts_item(text.text());
    if (new_block) {
      close();
      current = Block{BlockKind::text, std::move(text), "", raw.number, heading, bullet};
    } else {
      current->text.append_replacement(" ", SourceSpan{offset, offset});
      current->text.append(text);
    }
    hard_break = line.ends_with("  ") || line.ends_with("\\");
    previous_line_length = line.size();
  }
  close();

  // Rejoin paragraphs cut by a page break (and the footnotes printed there):
  // a block that starts in lower case continues the last text block unless
  // that one ended a sentence.
  std::vector<Block> joined;
  std::optional<std::size_t> last_text;  // index in `joined` of the last text block
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& block = blocks[i];
    if (block.kind == BlockKind::text && last_text) {
      Block& previous = joined[*last_text];
      const std::string& before = previous.text.text();
      const bool continues = starts_lowercase(block.text.text()) && !starts_item(block.text.text()) && !block.heading &&
                             !previous.heading && !ends_sentence(before);
      if (continues) {
        previous.text.append_replacement(" ",
                                         previous.text.source_span(previous.text.size() - 1, previous.text.size()));
        previous.text.append(block.text);
        continue;
      }
    }
    if (block.kind == BlockKind::text) last_text = joined.size();
    joined.push_back(std::move(block));
  }
  return joined;
}

}  // namespace resograph
