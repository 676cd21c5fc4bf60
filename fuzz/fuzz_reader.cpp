// Fuzz target: the reader stage. Arbitrary bytes → source_from_bytes
// (encoding validation) → normalise (markup to blocks). Checks invariants
// the later stages rely on: a rejected input has a diagnostic that names the
// file and, for a bad byte, a position inside the file; an accepted input
// gives blocks whose every text byte maps back into the source.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "normalize.hpp"
#include "source.hpp"

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_reader: invariant broken: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace resograph;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  ReadResult read = source_from_bytes("fuzz.md", bytes);
  if (!read.file) {
    if (read.error.file != "fuzz.md" || read.error.message.empty() || !read.error.is_error()) fail("bad diagnostic");
    if (read.error.status == Status::bad_encoding && read.error.line != 0) {
      // The reported line must exist in the input.
      std::size_t lines = 1;
      for (char c : bytes) lines += c == '\n';
      if (read.error.line > lines || read.error.column == 0) fail("diagnostic position outside the input");
    }
    return 0;
  }
  const SourceFile& file = *read.file;
  if (find_invalid_utf8(file.bytes) != std::string::npos) fail("accepted invalid UTF-8");
  if (file.bytes.find('\0') != std::string::npos) fail("accepted a NUL byte");

  const std::vector<Block> blocks = normalise(file);
  for (const Block& block : blocks) {
    const std::string& text = block.text.text();
    if (find_invalid_utf8(text) != std::string::npos) fail("normalised text is not UTF-8");
    if (block.line == 0) fail("block without a line");
    if (text.empty()) continue;
    const SourceSpan whole = block.text.source_span(0, text.size());
    if (whole.begin > whole.end || whole.end > file.bytes.size()) fail("block span outside the source");
    // Spans of a few sub-ranges (the ones the finder asks for).
    for (std::size_t step = 1; step < text.size(); step = step * 3 + 1) {
      const SourceSpan span = block.text.source_span(step / 2, step);
      if (span.begin > span.end || span.end > file.bytes.size()) fail("sub-span outside the source");
      (void)file.line_column(span.begin);
    }
  }
  return 0;
}
