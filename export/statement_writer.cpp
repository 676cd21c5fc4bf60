#include "statement_writer.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "vocab.hpp"

namespace resograph::exporter {

namespace {

constexpr bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_letter_or_digit(char c) { return is_letter(c) || (c >= '0' && c <= '9'); }

constexpr std::array<bool, 256> letters_and_digits = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = is_letter_or_digit(static_cast<char>(c));
  return table;
}();

/// Serd's test of the prefix and local names of a prefixed name it writes:
/// ASCII letters and digits only.
bool is_name(std::string_view text) {
  for (const char c : text) {
    if (!letters_and_digits[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

constexpr std::array<bool, 256> scheme_characters = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = is_letter_or_digit(static_cast<char>(c)) || c == '+' || c == '-' || c == '.';
  return table;
}();

/// Whether an IRI starts with a scheme (a letter; letters, digits, '+', '-'
/// or '.'; then ':'), as serd_uri_string_has_scheme reads it.
bool has_scheme(std::string_view iri) {
  if (iri.empty() || !is_letter(iri[0])) return false;
  for (const char c : iri.substr(1)) {
    if (!scheme_characters[static_cast<unsigned char>(c)]) return c == ':';
  }
  return false;
}

/// Whether Serd's C string comparisons take `term` for `word`: they stop at
/// the first NUL byte. (The last letter of the word tells most terms apart.)
bool reads_as(std::string_view term, std::string_view word) {
  return term.size() >= word.size() && term[word.size() - 1] == word.back() &&
         (term.size() == word.size() || term[word.size()] == '\0') && term.starts_with(word);
}

const std::string rdf_type = std::string(vocab::rdf) + "type";
const std::string rdf_nil = std::string(vocab::rdf) + "nil";

/// The bytes Serd's writer copies as they are: printable ASCII, but not
/// those of `escaped`.
constexpr std::array<bool, 256> plain_bytes(std::string_view escaped) {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = escaped.find(static_cast<char>(c)) == std::string_view::npos;
  return plain;
}

enum class Context { string, iri };
constexpr std::array<bool, 256> plain_in_string = plain_bytes("\"\\");
constexpr std::array<bool, 256> plain_in_iri = plain_bytes(" \"<>\\^`{|}");

#if defined(__SSE2__)
/// The bytes of sixteen Serd escapes (as signed bytes, those of 0x80 and
/// more are negative: below 0x20).
__m128i escaped_bytes(Context context, __m128i bytes) {
  const auto is = [&](char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
  if (context == Context::string) {
    return _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)), is(0x7F)),
                        _mm_or_si128(is('"'), is('\\')));
  }
  // Controls, space and 0x80 and more; '{', '|', '}' and 0x7F, but '~'.
  const __m128i outside = _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x21)),
                                       _mm_andnot_si128(is('~'), _mm_cmpgt_epi8(bytes, _mm_set1_epi8('z'))));
  return _mm_or_si128(_mm_or_si128(outside, _mm_or_si128(is('"'), is('<'))),
                      _mm_or_si128(_mm_or_si128(is('>'), is('\\')), _mm_or_si128(is('^'), is('`'))));
}

/// Whether the bytes of 0x80 and more among sixteen (`high`, a bit each) are
/// whole UTF-8 characters as Serd reads them (a lead byte's length, from the
/// lead alone, then as many continuation bytes): Serd copies those as they
/// are.
bool whole_characters(__m128i bytes, unsigned high) {
  // As signed bytes: continuations 0x80-0xBF are -128 to -65; leads of two
  // bytes 0xC0-0xDF, -64 to -33; of three 0xE0-0xEF, -32 to -17; of four
  // 0xF0-0xF7, -16 to -9; 0xF8 and more lead nothing.
  const auto below = [&](int bound) {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(bytes, _mm_set1_epi8(static_cast<char>(bound)))));
  };
  const unsigned continuations = below(-64), leads = below(-8) & ~continuations;
  const unsigned three_or_four = leads & ~below(-32), four = leads & ~below(-16);
  // The continuations the leads take are all of them, inside the sixteen.
  const unsigned taken = leads << 1 | three_or_four << 2 | four << 3;
  return (continuations | leads) == high && taken == continuations;
}
#endif

/// Copies the bytes from `at` on that Serd writes as they are, up to the
/// first it escapes. The bytes from `copied_from` to `at` were copied as they
/// are already, just before `out`.
template <Context context>
char* copy_plain(const char*& at, const char* end, char* out, const char* copied_from) {
#if defined(__SSE2__)
  // Sixteen bytes a step, stored before they are looked at (the output has
  // room for six bytes a byte of input); the last step of an IRI overlaps
  // bytes found plain already. Strings break at every character past ASCII
  // that a step does not hold whole, IRIs at every one (seldom): only IRIs
  // take an overlapping last step.
  for (;;) {
    const std::size_t left = static_cast<std::size_t>(end - at);
    const std::size_t back = left < 16 ? 16 - left : 0;
    if (left == 0 || (back > 0 && (context == Context::string || static_cast<std::size_t>(at - copied_from) < back))) {
      break;
    }
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at - back));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out - back), bytes);
    const int mask = _mm_movemask_epi8(escaped_bytes(context, bytes));
    const auto high = static_cast<unsigned>(_mm_movemask_epi8(bytes));
    if (mask != 0 &&
        (context == Context::iri || (static_cast<unsigned>(mask) & ~high) != 0 || !whole_characters(bytes, high))) {
      const std::size_t plain = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask))) - back;
      at += plain;
      return out + plain;
    }
    at += 16 - back;
    out += 16 - back;
  }
#endif
  const std::array<bool, 256>& plain = context == Context::string ? plain_in_string : plain_in_iri;
  while (at != end && plain[static_cast<unsigned char>(*at)]) *out++ = *at++;
  return out;
}

/// The size of the longest text that starts both `text` and `other`; as it
/// counts, copies the bytes of `text` to `out` (sixteen a step, the last
/// bytes of a step past the common start left to be overwritten).
std::size_t copy_common_start(std::string_view text, std::string_view other, char* out) {
  const std::size_t size = std::min(text.size(), other.size());
  std::size_t common = 0;
#if defined(__SSE2__)
  // The last step overlaps the one before (bytes found common already).
  for (std::size_t step = 16; size >= 16; step = std::min<std::size_t>(16, size - common)) {
    common -= 16 - step;
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + common));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + common), bytes);
    const __m128i others = _mm_loadu_si128(reinterpret_cast<const __m128i*>(other.data() + common));
    if (const int differ = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, others)) ^ 0xFFFF) {
      return common + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(differ)));
    }
    common += 16;
    if (common == size) return size;
  }
#endif
  for (; common < size && text[common] == other[common]; ++common) out[common] = text[common];
  return common;
}

char* copy(std::string_view text, char* out) {
  std::memcpy(out, text.data(), text.size());
  return out + text.size();
}

const char hex_digits[] = "0123456789ABCDEF";

/// \u and four hex digits: how Serd writes a byte below 0x80 it escapes.
char* unicode_escape(unsigned char c, char* out) {
  out = copy("\\u00", out);
  *out++ = hex_digits[c >> 4];
  *out++ = hex_digits[c & 15];
  return out;
}

/// The length Serd gives the UTF-8 character a byte of 0x80 or more starts,
/// from that byte alone (the bytes after it are taken as they are); 0 when
/// no character starts with it.
std::size_t character_length(unsigned char lead) {
  return lead < 0xC0 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 0;
}

/// Copies a character of `length` bytes and moves `at` past it. Serd reads a
/// character cut by the end of the term on, into the C string's terminator:
/// the missing bytes are NUL bytes.
char* copy_character(const char*& at, const char* end, std::size_t length, char* out) {
  for (std::size_t i = 0; i < length; ++i) *out++ = at != end ? *at++ : '\0';
  return out;
}

/// Serd writes a byte no character starts with, and the bytes of 0x80 or
/// more after it, as one replacement character in a string…
char* replace_invalid(const char*& at, const char* end, char* out) {
  for (++at; at != end && (static_cast<unsigned char>(*at) & 0x80); ++at) {
  }
  return copy("\xEF\xBF\xBD", out);
}

/// … and percent-encodes each of them in an IRI.
char* percent_encode_invalid(const char*& at, const char* end, char* out) {
  do {
    const auto c = static_cast<unsigned char>(*at++);
    *out++ = '%';
    *out++ = hex_digits[c >> 4];
    *out++ = hex_digits[c & 15];
  } while (at != end && (static_cast<unsigned char>(*at) & 0x80));
  return out;
}

/// A string's characters between its quotes. The short form escapes every
/// quote and line end; Turtle's (not TriG's) short form has \b and \f too.
/// The long form ("""…""") keeps line ends, tabs, form feeds and quotes,
/// but a third quote in a row and a quote at the end.
enum class StringForm { short_turtle, short_other, long_form };

bool takes_in_long_form_byte(const char* at, const char* end, std::size_t length) {
  for (const char* byte = at + 1; byte != end && byte != at + length; ++byte) {
    if (*byte == '"' || *byte == '\n' || *byte == '\r') return true;
  }
  return false;
}

/// In Turtle and TriG, a quote or a line end calls for the long form, found
/// by the short form's escaping (with `stop_for_long_form`): it then stops, and
/// gives null.
char* escape_string(std::string_view text, StringForm form, char* out, bool stop_for_long_form = false) {
  const char* at = text.data();
  const char* const end = at + text.size();
  unsigned quotes_in_a_row = 0;
  while (at != end) {
    const char* const run = at;
    out = copy_plain<Context::string>(at, end, out, at);
    if (at == end) break;
    if (at != run) quotes_in_a_row = 0;
    const auto c = static_cast<unsigned char>(*at);
    if (c >= 0x80) {
      quotes_in_a_row = 0;
      const std::size_t length = character_length(c);
      // Bytes a character takes in are still in the text Serd looks through
      // for quotes and line ends.
      if (stop_for_long_form && length > 0 && takes_in_long_form_byte(at, end, length)) return nullptr;
      out = length ? copy_character(at, end, length, out) : replace_invalid(at, end, out);
      continue;
    }
    ++at;
    quotes_in_a_row = c == '"' ? quotes_in_a_row + 1 : 0;
    if (form == StringForm::long_form) {
      switch (c) {
        case '\\': out = copy("\\\\", out); continue;
        case '\b': out = copy("\\b", out); continue;
        case '\n':
        case '\r':
        case '\t':
        case '\f': *out++ = static_cast<char>(c); continue;
        case '"': out = quotes_in_a_row >= 3 || at == end ? copy("\\\"", out) : copy("\"", out); continue;
        default: break;
      }
    } else {
      if (stop_for_long_form && (c == '"' || c == '\n' || c == '\r')) return nullptr;
      switch (c) {
        case '\\': out = copy("\\\\", out); continue;
        case '\n': out = copy("\\n", out); continue;
        case '\r': out = copy("\\r", out); continue;
        case '\t': out = copy("\\t", out); continue;
        case '"': out = copy("\\\"", out); continue;
        default: break;
      }
      if (form == StringForm::short_turtle && c == '\b') {
        out = copy("\\b", out);
        continue;
      }
      if (form == StringForm::short_turtle && c == '\f') {
        out = copy("\\f", out);
        continue;
      }
    }
    out = unicode_escape(c, out);
  }
  return out;
}

/// An IRI between its angle brackets, from `at` on: the bytes before `at`
/// were copied as they are already, just before `out`.
char* escape_iri(std::string_view iri, const char* at, char* out) {
  const char* const end = iri.data() + iri.size();
  for (const char* copied_from = iri.data(); at != end; copied_from = at) {
    out = copy_plain<Context::iri>(at, end, out, copied_from);
    if (at == end) break;
    const auto c = static_cast<unsigned char>(*at);
    if (c < 0x80) {
      out = unicode_escape(c, out);
      ++at;
    } else if (const std::size_t length = character_length(c)) {
      out = copy_character(at, end, length, out);
    } else {
      out = percent_encode_invalid(at, end, out);
    }
  }
  return out;
}

bool contains(std::string_view text, char c) { return std::memchr(text.data(), c, text.size()) != nullptr; }

/// The most bytes a byte of a term becomes: \u00XX.
constexpr std::size_t most_per_byte = 6;
/// The most bytes of punctuation (and indentation) a statement adds.
constexpr std::size_t most_punctuation = 64;

}  // namespace

char* TextBuffer::grow(std::size_t bytes) {
  capacity_ = std::max(2 * capacity_, size_ + bytes);
  auto grown = std::make_unique_for_overwrite<char[]>(capacity_);
  if (size_ > 0) std::memcpy(grown.get(), bytes_.get(), size_);
  bytes_ = std::move(grown);
  return bytes_.get() + size_;
}

Abbreviations::Abbreviations(const SerdEnv* env) {
  serd_env_foreach(env, add_prefix, this);
  for (std::size_t i = 0; i < prefixes_.size(); ++i) longest_first_.push_back(i);
  std::stable_sort(longest_first_.begin(), longest_first_.end(),
                   [&](std::size_t a, std::size_t b) { return prefixes_[a].size > prefixes_[b].size; });
}

SerdStatus Abbreviations::add_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  const std::string_view name_text(reinterpret_cast<const char*>(name->buf), name->n_bytes);
  const std::string_view iri(reinterpret_cast<const char*>(uri->buf), uri->n_bytes);
  auto* abbreviations = static_cast<Abbreviations*>(handle);
  abbreviations->prefixes_.push_back({iri.size(), iri.empty() ? '\0' : iri.back(),
                                      is_name(name_text) && has_scheme(iri), std::string(iri),
                                      std::string(name_text) + ':'});
  abbreviations->longest_name_ = std::max(abbreviations->longest_name_, name_text.size() + 1);
  return SERD_SUCCESS;
}

bool Abbreviations::Prefix::starts(std::string_view text) const {
  return size <= text.size() && (size == 0 || text[size - 1] == last) &&
         std::memcmp(text.data(), iri.data(), size) == 0;
}

bool Abbreviations::has_prefix_longer_than(std::string_view iri, std::size_t bytes) const {
  for (const std::size_t i : longest_first_) {
    if (prefixes_[i].size <= bytes) return false;
    if (prefixes_[i].starts(iri)) return true;
  }
  return false;
}

Abbreviations::PrefixedName Abbreviations::abbreviate(std::string_view iri) const {
  for (const Prefix& prefix : prefixes_) {
    if (!prefix.starts(iri)) continue;
    const std::string_view local = iri.substr(prefix.size);
    if (!prefix.usable || !is_name(local)) return {{}, {}, true};
    return {prefix.name_and_colon, local, true};
  }
  return {};
}

StatementWriter::StatementWriter(Format format, const Abbreviations* abbreviations, std::string_view graph_iri,
                                 std::size_t expected_bytes)
    : pretty_(format == Format::turtle || format == Format::trig),
      abbreviations_(abbreviations),
      turtle_short_escapes_(format == Format::turtle) {
  text_.room(expected_bytes);
  if (format == Format::trig || format == Format::nquads) graph_ = graph_iri;
  indent_ = graph_.empty() ? 1 : 2;
}

[[gnu::always_inline]] inline const std::string* StatementWriter::kept_form(std::string_view iri, KeptIri*& place) {
  // A hash of the size and the last eight bytes (or fewer), which tell the
  // terms of a document apart; then up to four places in a row.
  std::uint64_t last_bytes = 0;
  if (iri.size() >= 8) {
    std::memcpy(&last_bytes, iri.data() + iri.size() - 8, 8);
  } else {
    for (const char c : iri) last_bytes = last_bytes << 8 | static_cast<unsigned char>(c);
  }
  const std::uint64_t hash = ((last_bytes ^ (last_bytes >> 29) ^ iri.size()) * 0x9E3779B97F4A7C15u) >> 58;
  place = &kept_[hash % kept_.size()];
  for (std::size_t probe = 0; probe < 4; ++probe) {
    KeptIri& candidate = kept_[(hash + probe) % kept_.size()];
    if (candidate.written.empty()) {
      place = &candidate;
      return nullptr;
    }
    if (candidate.iri == iri) return &candidate.written;
  }
  return nullptr;
}

char* StatementWriter::write_full_iri(std::string_view iri, bool no_prefix_starts_it, char* out) {
  *out++ = '<';
  return end_full_iri(iri, copy_common_start(iri, last_full_iri(), out), no_prefix_starts_it, out);
}

char* StatementWriter::end_full_iri(std::string_view iri, std::size_t known, bool no_prefix_starts_it, char* out) {
  const char* at = iri.data() + known;
  char* const end_of_plain = copy_plain<Context::iri>(at, iri.data() + iri.size(), out + known, iri.data());
  last_full_ = {static_cast<std::size_t>(out - text_.begin()), static_cast<std::size_t>(end_of_plain - out),
                no_prefix_starts_it};
  out = escape_iri(iri, at, end_of_plain);
  *out++ = '>';
  return out;
}

std::string_view StatementWriter::last_full_iri() const { return {text_.begin() + last_full_.at, last_full_.plain}; }

char* StatementWriter::write_iri(std::string_view iri, char* out) {
  // Most IRIs written in full start as the last did (the base IRI): when no
  // prefix's IRI started the last, a prefix's IRI that starts this one is
  // longer than the bytes they share.
  if (last_full_.no_prefix_starts_it) {
    *out = '<';
    const std::size_t known = copy_common_start(iri, last_full_iri(), out + 1);
    if (!abbreviations_->has_prefix_longer_than(iri, known) && !reads_as(iri, rdf_nil))
      return end_full_iri(iri, known, true, out + 1);
  }
  return write_named_iri(iri, out);
}

char* StatementWriter::write_named_iri(std::string_view iri, char* out) {
  if (iri.empty()) return copy("<>", out);  // no scheme: no prefixed name
  KeptIri* place = nullptr;
  if (const std::string* written = kept_form(iri, place)) return copy(*written, out);
  const auto keep = [&](std::string_view name_and_colon, std::string_view local) {
    place->iri.assign(iri);
    place->written.assign(name_and_colon).append(local);
    return copy(place->written, out);
  };
  if (reads_as(iri, rdf_nil)) return keep("()", {});
  const auto name = abbreviations_->abbreviate(iri);
  if (name) return keep(name.name_and_colon, name.local);
  // IRIs written in full are mostly written once (subjects, citations):
  // they are not kept.
  return write_full_iri(iri, !name.prefix_starts_iri, out);
}

char* StatementWriter::write_line_iri(std::string_view iri, char* out) {
  if (iri.empty()) return nullptr;
  KeptIri* place = nullptr;
  if (const std::string* written = kept_form(iri, place)) return copy(*written, out);
  if (!has_scheme(iri)) return nullptr;
  // Each line repeats the subject and the graph: all are kept.
  char* const start = out;
  out = write_full_iri(iri, false, out);
  place->iri.assign(iri);
  place->written.assign(start, static_cast<std::size_t>(out - start));
  return out;
}

char* StatementWriter::tabs(int count, char* out) {
  // Three at most: four are stored (there is room), `count` are kept.
  std::memcpy(out, "\t\t\t\t", 4);
  return out + count;
}

template <class Write>
char* StatementWriter::write_kept(const graph::Term& iri, std::string VocabularyIri::*form, char* out, Write write) {
  const std::uint8_t id = vocabulary_id(iri);
  if (id == 0) return write(iri.value, out);
  VocabularyIri& kept = vocabulary_[id];
  if (const std::string& text = kept.*form; !text.empty()) return copy(text, out);
  char* const start = out;
  out = write(iri.value, out);
  if (out) {
    kept.iri.assign(iri.value);
    (kept.*form).assign(start, static_cast<std::size_t>(out - start));
  }
  return out;
}

char* StatementWriter::write_predicate(const graph::Term& predicate, char* out) {
  return write_kept(predicate, &VocabularyIri::as_predicate, out, [this](std::string_view iri, char* at) {
    return reads_as(iri, rdf_type) ? copy("a", at) : write_named_iri(iri, at);
  });
}

char* StatementWriter::write_object_iri(const graph::Term& object, char* out) {
  return write_kept(object, &VocabularyIri::as_object, out,
                    [this](std::string_view iri, char* at) { return write_iri(iri, at); });
}

[[gnu::always_inline]] inline bool StatementWriter::is_last_predicate(const graph::Term& predicate) const {
  // Two vocabulary IRIs are told apart by their ids.
  if (predicate.vocabulary_id != 0 && predicate_id_ != 0) return predicate.vocabulary_id == predicate_id_;
  return predicate.value == (predicate_id_ != 0 ? vocabulary_[predicate_id_].iri : predicate_);
}

void StatementWriter::keep_predicate(const graph::Term& predicate) {
  predicate_id_ = vocabulary_id(predicate);
  if (predicate_id_ == 0) predicate_ = predicate.value;
}

bool StatementWriter::is_bare(const graph::Term& literal) const {
  // Numbers and booleans, as they are (a decimal with a point, but one at the end).
  const std::string_view value = literal.value, datatype = literal.datatype;
  if (!datatype.starts_with(vocab::xsd)) return false;
  const std::string_view local = datatype.substr(vocab::xsd.size());
  return reads_as(local, "integer") || reads_as(local, "boolean") ||
         (reads_as(local, "decimal") && contains(value.substr(0, value.find('\0')), '.') && value.back() != '.');
}

char* StatementWriter::write_string(std::string_view value, char* out) const {
  // The short form, unless a quote or a line end turns up (seldom).
  char* const start = out;
  *out++ = '"';
  out = escape_string(value, turtle_short_escapes_ ? StringForm::short_turtle : StringForm::short_other, out, pretty_);
  if (out) {
    *out++ = '"';
    return out;
  }
  out = copy("\"\"\"", start);
  out = escape_string(value, StringForm::long_form, out);
  return copy("\"\"\"", out);
}

char* StatementWriter::write_literal(const graph::Term& literal, char* out) {
  if (is_bare(literal)) return copy(literal.value, out);
  out = write_string(literal.value, out);
  if (!literal.language.empty()) {
    *out++ = '@';
    return copy(literal.language, out);
  }
  return literal.datatype.empty() ? out : write_named_iri(literal.datatype, copy("^^", out));
}

std::size_t StatementWriter::most_bytes(const graph::Term& subject, const graph::Term& predicate,
                                        const graph::Term& object) const {
  const std::size_t term_bytes = subject.value.size() + predicate.value.size() + object.value.size() +
                                 object.language.size() + object.datatype.size() + graph_.size();
  // Five IRIs at most, each of which may be a prefixed name.
  return term_bytes * most_per_byte + most_punctuation + (pretty_ ? 5 * abbreviations_->longest_name() : 0);
}

void StatementWriter::add(const graph::Term& subject, const graph::Term& predicate, const graph::Term& object) {
  ++statements_;
  char* out = text_.room(most_bytes(subject, predicate, object));
  if (!pretty_) {
    add_line(subject, predicate, object, out);
    return;
  }
  if (statements_ > 1 && subject.value == subject_) {
    if (is_last_predicate(predicate)) {
      out = copy(" ,\n", out);
      out = tabs(indent_ + 1, out);
    } else {
      out = copy(" ;\n", out);
      out = tabs(indent_, out);
      out = write_predicate(predicate, out);
      *out++ = ' ';
      keep_predicate(predicate);
    }
  } else {
    if (statements_ > 1) {
      out = copy(" .\n\n", out);
    } else if (!graph_.empty()) {
      out = copy(" {\n\t ", write_iri(graph_, out));
    }
    out = write_iri(subject.value, out);
    *out++ = '\n';
    out = tabs(indent_, out);
    out = write_predicate(predicate, out);
    *out++ = ' ';
    subject_ = subject.value;
    keep_predicate(predicate);
  }
  out = object.kind == graph::Term::Kind::iri ? write_object_iri(object, out) : write_literal(object, out);
  text_.end_at(out);
}

void StatementWriter::add_line(const graph::Term& subject, const graph::Term& predicate, const graph::Term& object,
                               char* out) {
  // Serd stops at an IRI it cannot write (a relative one), the line cut short.
  char* written = nullptr;
  const auto refused = [&] {
    if (written) return false;
    ok_ = false;
    text_.end_at(out);
    return true;
  };
  if (written = write_line_iri(subject.value, out); refused()) return;
  *(out = written)++ = ' ';
  const auto write_line_term = [&](const graph::Term& iri, char* at) {
    return write_kept(iri, &VocabularyIri::as_object, at,
                      [this](std::string_view value, char* to) { return write_line_iri(value, to); });
  };
  if (written = write_line_term(predicate, out); refused()) return;
  *(out = written)++ = ' ';
  if (object.kind == graph::Term::Kind::iri) {
    if (written = write_line_term(object, out); refused()) return;
    out = written;
  } else {
    out = write_string(object.value, out);
    if (!object.language.empty()) {
      *out++ = '@';
      out = copy(object.language, out);
    } else if (!object.datatype.empty()) {
      out = copy("^^", out);
      if (written = write_line_iri(object.datatype, out); refused()) return;
      out = written;
    }
  }
  if (!graph_.empty()) {
    *out++ = ' ';
    if (written = write_line_iri(graph_, out); refused()) return;
    out = written;
  }
  text_.end_at(copy(" .\n", out));
}

std::string_view StatementWriter::finish() {
  if (pretty_ && statements_ > 0) {
    char* out = copy(" .\n\n", text_.room(most_punctuation));
    if (!graph_.empty()) out = tabs(indent_, copy(" }\n", out));
    text_.end_at(out);
  }
  return text_.text();
}

}  // namespace resograph::exporter
