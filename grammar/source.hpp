// Reader stage, part 1: loads a file, validates its encoding and keeps its
// bytes. Takes a path; gives a SourceFile or a Diagnostic with line and column.
// Also holds MappedText, normalised text that remembers, for every byte, where
// in the source file it came from, so every later span points into the source.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"

namespace resograph {

/// A half-open byte range [begin, end) of a source file.
struct SourceSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool operator==(const SourceSpan&) const = default;
};

/// The bytes of one input file, known to be valid UTF-8.
struct SourceFile {
  std::string path;              ///< As given by the user.
  std::string name;              ///< File name without folders (rg:sourceFile).
  std::string bytes;             ///< The file's content, a UTF-8 byte-order mark removed.
  std::uint32_t bom_length = 0;  ///< Bytes of byte-order mark dropped before `bytes`.

  /// 1-based line and character column of a byte offset of `bytes`.
  std::pair<std::uint32_t, std::uint32_t> line_column(std::uint32_t offset) const;
  /// Character (code point) offset of a byte offset, counting from the file's start.
  std::uint32_t char_offset(std::uint32_t offset) const;

 private:
  /// Characters before every 64th byte, built on first use by char_offset.
  mutable std::vector<std::uint32_t> char_checkpoints_;
  /// Byte offset of the start of every line, built on first use by line_column.
  mutable std::vector<std::uint32_t> line_starts_;
};

/// Result of reading: the file, or why it cannot be used.
struct ReadResult {
  std::optional<SourceFile> file;
  Diagnostic error;  ///< Meaningful when `file` is empty.
};

/// Reads and validates a file (UTF-8, no NUL bytes, no UTF-16/32 byte-order mark).
ReadResult read_source(const std::string& path);
/// Validates bytes already in memory, as read_source does after reading.
ReadResult source_from_bytes(std::string path, std::string bytes);

/// Offset of the first byte that breaks UTF-8 validity, or npos.
std::size_t find_invalid_utf8(std::string_view bytes);

/// Text built piece by piece from a source file, with its origin map.
class MappedText {
 public:
  /// Appends bytes copied verbatim from source offset `source_begin`.
  void append_copy(std::string_view bytes, std::uint32_t source_begin);
  /// Appends `replacement`, which stands for source bytes [begin, end).
  void append_replacement(std::string_view replacement, SourceSpan source);
  /// Appends another mapped text.
  void append(const MappedText& other);
  /// Removes trailing ASCII spaces.
  void trim_end();
  /// Makes room for `bytes` of text in `runs` runs, to be appended without reallocating.
  void reserve(std::size_t bytes, std::size_t runs) {
    text_.reserve(bytes);
    runs_.reserve(runs);
  }

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  std::size_t size() const { return text_.size(); }
  /// The source range that text bytes [begin, end) came from.
  SourceSpan source_span(std::size_t begin, std::size_t end) const;
  /// The text bytes [begin, end) as an independent mapped text.
  MappedText slice(std::size_t begin, std::size_t end) const;

 private:
  /// A run of text bytes with one origin: verbatim runs map byte to byte,
  /// replacement runs map as a whole.
  struct Run {
    std::uint32_t text_begin;
    std::uint32_t text_length;
    std::uint32_t source_begin;
    std::uint32_t source_length;
    bool verbatim;
  };
  std::size_t run_index(std::size_t text_offset) const;
  std::uint32_t source_begin_of(std::size_t text_offset) const;
  std::uint32_t source_end_of(std::size_t text_offset) const;

  std::string text_;
  std::vector<Run> runs_;
};

}  // namespace resograph
