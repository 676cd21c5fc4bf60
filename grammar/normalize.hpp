// Reader stage, part 2: normalises the markups of a source file (Markdown,
// HTML-ish tags, LaTeX fragments, Unicode spaces and superscripts, page
// furniture) into one text model. Takes a SourceFile; gives the blocks of the
// document in reading order: text blocks (paragraphs, headings, list items)
// and footnotes, each as MappedText pointing back into the source.
//
// The text model: one space between words; apostrophes are ASCII; footnote
// markers are Unicode superscript digits (¹²) or '*'; emphasis and links are
// dropped; a paragraph that a page break interrupted is rejoined.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "source.hpp"

namespace resograph {

enum class BlockKind {
  text,      ///< A paragraph, heading or list item of the document's body.
  footnote,  ///< A footnote: `marker` holds its marker.
};

struct Block {
  BlockKind kind = BlockKind::text;
  MappedText text;         ///< Normalised text, the footnote's marker excluded.
  std::string marker;      ///< Footnote marker as ASCII ("12", "*"); empty for text.
  std::uint32_t line = 0;  ///< 1-based source line where the block starts.
  bool heading = false;    ///< Was a Markdown heading.
  bool list_item = false;  ///< Started with a list bullet ("- ").
};

/// Normalises a whole file into blocks, in reading order.
std::vector<Block> normalise(const SourceFile& file);

/// Normalises one line of markup (exposed for tests): `source_offset` is the
/// line's offset in the file.
MappedText normalise_inline(std::string_view line, std::uint32_t source_offset);

/// True when `c` starts a footnote-marker code point (¹²³ or ⁰⁴-⁹).
bool is_superscript_digit(std::string_view text, std::size_t at, std::size_t* length = nullptr);
/// The ASCII digits of a run of superscript digits ("¹²" gives "12").
std::string superscript_to_ascii(std::string_view superscripts);

}  // namespace resograph
