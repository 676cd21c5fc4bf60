#include "source.hpp"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace resograph {

namespace {

/// Length of the UTF-8 sequence starting at bytes[i], or 0 when it is invalid
/// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    return 1;
  }
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > bytes.size()) {
    return 0;
  }
  if (byte(i + 1) < low || byte(i + 1) > high) {
    return 0;
  }
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
      return 0;
    }
  }
  return length;
}

Diagnostic file_error(const std::string& path, Status status, std::string message) {
  return Diagnostic{status, path, 0, 0, std::move(message)};
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    // ASCII fast path: eight bytes at a time while none has its high bit set,
    // then straight to the first that has (the lowest byte of the word on a
    // little-endian machine).
    while (i + 8 <= bytes.size()) {
      std::uint64_t word;
      std::memcpy(&word, bytes.data() + i, sizeof word);
      const std::uint64_t high = word & 0x8080808080808080ull;
      if (high != 0) {
        if constexpr (std::endian::native == std::endian::little)
          i += static_cast<std::size_t>(std::countr_zero(high)) / 8;
        break;
      }
      i += 8;
    }
    if (i >= bytes.size()) break;
    const std::size_t length = utf8_sequence_length(bytes, i);
    if (length == 0) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

std::pair<std::uint32_t, std::uint32_t> SourceFile::line_column(std::uint32_t offset) const {
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (std::size_t at = bytes.find('\n'); at != std::string::npos; at = bytes.find('\n', at + 1)) {
      line_starts_.push_back(static_cast<std::uint32_t>(at + 1));
    }
  }
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(bytes.size()));
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(after - line_starts_.begin());
  const std::uint32_t line_start = *(after - 1);
  return {line, char_offset(offset) - char_offset(line_start) + 1};
}

namespace {

/// The UTF-8 characters that start in bytes[begin, end): the bytes that are
/// not continuation bytes (10xxxxxx), counted eight at a time.
std::uint32_t count_chars(const std::string& bytes, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t count = 0;
  std::uint32_t i = begin;
  constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    const std::uint64_t continuation = word & ~(word << 1) & high_bits;  // bit 7 set, bit 6 clear
    // One bit a byte, summed by a multiplication into the top byte (a
    // popcount would be a library call without -mpopcnt).
    count += 8 - static_cast<std::uint32_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; i < end; ++i) {
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace

std::uint32_t SourceFile::char_offset(std::uint32_t offset) const {
  // A checkpoint costs 4 bytes, 6 % of the file; a call counts 32 bytes on
  // average (the graph stage asks for the two ends of every citation).
  constexpr std::uint32_t step = 64;
  const auto size = static_cast<std::uint32_t>(bytes.size());
  if (char_checkpoints_.empty()) {
    char_checkpoints_.reserve(size / step + 2);
    std::uint32_t count = bom_length == 0 ? 0 : 1;  // the byte-order mark was a character of the file
    for (std::uint32_t begin = 0; begin < size; begin += step) {
      char_checkpoints_.push_back(count);
      count += count_chars(bytes, begin, std::min(begin + step, size));
    }
    char_checkpoints_.push_back(count);
  }
  offset = std::min(offset, size);
  return char_checkpoints_[offset / step] + count_chars(bytes, offset / step * step, offset);
}

ReadResult source_from_bytes(std::string path, std::string bytes) {
  ReadResult result;
  const auto starts_with = [&](std::string_view prefix) {
    return std::string_view(bytes).substr(0, prefix.size()) == prefix;
  };
  if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF")) {
    result.error = file_error(path, Status::bad_encoding,
                              "the file is UTF-16 or UTF-32 (it starts with a byte-order mark); convert it to UTF-8");
    return result;
  }
  SourceFile file;
  if (starts_with("\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
    file.bom_length = 3;
  }
  file.path = path;
  file.name = std::filesystem::path(path).filename().string();
  file.bytes = std::move(bytes);
  const std::size_t bad = find_invalid_utf8(file.bytes);
  const std::size_t nul = file.bytes.find('\0');
  if (bad != std::string::npos || nul != std::string::npos) {
    const bool is_nul = nul != std::string::npos && (bad == std::string::npos || nul < bad);
    const auto offset = static_cast<std::uint32_t>(is_nul ? nul : bad);
    const auto [line, column] = file.line_column(offset);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(file.bytes[offset]));
    result.error = Diagnostic{Status::bad_encoding, path, line, column,
                              is_nul ? std::string("NUL byte: the file looks binary, not text")
                                     : "invalid UTF-8 (byte " + std::string(hex) + "); the file must be UTF-8"};
    return result;
  }
  result.file = std::move(file);
  return result;
}

ReadResult read_source(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return ReadResult{std::nullopt, file_error(path, Status::bad_read, "is a folder, not a file")};
  }
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (!in) {
    return ReadResult{std::nullopt,
                      file_error(path, Status::bad_read, std::string("cannot open: ") + std::strerror(errno))};
  }
  // Whole blocks, not characters: the size is a hint (a file may grow or be a pipe).
  std::string bytes;
  std::size_t used = 0;
  std::error_code size_ec;
  const auto size = std::filesystem::file_size(path, size_ec);
  bytes.resize(size_ec ? 1 << 16 : static_cast<std::size_t>(size) + 1);
  for (;;) {
    used += std::fread(bytes.data() + used, 1, bytes.size() - used, in);
    if (used < bytes.size()) break;
    bytes.resize(bytes.size() * 2);
  }
  const bool failed = std::ferror(in) != 0;
  std::fclose(in);
  if (failed) {
    return ReadResult{std::nullopt, file_error(path, Status::bad_read, "cannot read")};
  }
  bytes.resize(used);
  return source_from_bytes(path, std::move(bytes));
}

// ---------------------------------------------------------------- MappedText

void MappedText::append_copy(std::string_view bytes, std::uint32_t source_begin) {
  if (bytes.empty()) {
    return;
  }
  const auto text_begin = static_cast<std::uint32_t>(text_.size());
  const auto length = static_cast<std::uint32_t>(bytes.size());
  if (!runs_.empty()) {
    Run& last = runs_.back();
    if (last.verbatim && last.text_begin + last.text_length == text_begin &&
        last.source_begin + last.source_length == source_begin) {
      last.text_length += length;
      last.source_length += length;
      text_.append(bytes);
      return;
    }
  }
  runs_.push_back(Run{text_begin, length, source_begin, length, true});
  text_.append(bytes);
}

void MappedText::append_replacement(std::string_view replacement, SourceSpan source) {
  if (replacement.empty()) {
    return;
  }
  runs_.push_back(Run{static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(replacement.size()),
                      source.begin, source.end - source.begin, false});
  text_.append(replacement);
}

void MappedText::append(const MappedText& other) {
  const auto shift = static_cast<std::uint32_t>(text_.size());
  for (Run run : other.runs_) {
    run.text_begin += shift;
    runs_.push_back(run);
  }
  text_ += other.text_;
}

void MappedText::trim_end() {
  while (!text_.empty() && text_.back() == ' ') {
    text_.pop_back();
    Run& last = runs_.back();
    if (last.verbatim) {
      --last.source_length;
    }
    if (--last.text_length == 0) {
      runs_.pop_back();
    }
  }
}

std::size_t MappedText::run_index(std::size_t text_offset) const {
  const auto it = std::upper_bound(runs_.begin(), runs_.end(), text_offset,
                                   [](std::size_t offset, const Run& run) { return offset < run.text_begin; });
  return static_cast<std::size_t>(it - runs_.begin()) - 1;
}

std::uint32_t MappedText::source_begin_of(std::size_t text_offset) const {
  const Run& run = runs_[run_index(text_offset)];
  return run.verbatim ? run.source_begin + static_cast<std::uint32_t>(text_offset - run.text_begin) : run.source_begin;
}

std::uint32_t MappedText::source_end_of(std::size_t text_offset) const {
  // `text_offset` is the last byte of a range: map to the end of its origin.
  const Run& run = runs_[run_index(text_offset)];
  return run.verbatim ? run.source_begin + static_cast<std::uint32_t>(text_offset - run.text_begin) + 1
                      : run.source_begin + run.source_length;
}

SourceSpan MappedText::source_span(std::size_t begin, std::size_t end) const {
  if (runs_.empty() || begin >= end || end > text_.size()) {
    const std::uint32_t at = runs_.empty() ? 0 : source_begin_of(std::min(begin, text_.size() - 1));
    return SourceSpan{at, at};
  }
  return SourceSpan{source_begin_of(begin), source_end_of(end - 1)};
}

MappedText MappedText::slice(std::size_t begin, std::size_t end) const {
  MappedText out;
  end = std::min(end, text_.size());
  if (begin >= end) return out;
  out.reserve(end - begin, run_index(end - 1) - run_index(begin) + 1);
  for (std::size_t i = begin; i < end;) {
    const Run& run = runs_[run_index(i)];
    const std::size_t run_end = std::min<std::size_t>(end, run.text_begin + run.text_length);
    if (run.verbatim) {
      out.append_copy(std::string_view(text_).substr(i, run_end - i), source_begin_of(i));
    } else {
      out.append_replacement(std::string_view(text_).substr(i, run_end - i),
                             SourceSpan{run.source_begin, run.source_begin + run.source_length});
    }
    i = run_end;
  }
  return out;
}

}  // namespace resograph
