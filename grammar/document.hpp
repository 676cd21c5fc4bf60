// The document model that the segmenter gives and the resolve stage takes:
// a document's header, its acts in reading order, each act's paragraphs, and
// the footnotes. Text only, no RDF; every piece keeps its source span.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast.hpp"
#include "normalize.hpp"
#include "source.hpp"

namespace resograph {

/// A calendar date, validated.
struct CalendarDate {
  unsigned year = 0, month = 0, day = 0;
  /// "2017-09-27".
  std::string iso() const;
  bool operator==(const CalendarDate&) const = default;
};

/// A calendar date from a parsed date, or nothing if the day cannot exist (31 février).
std::optional<CalendarDate> to_calendar(const ast::Date& date);
/// Why a parsed date is no day of the calendar ("impossible date 2020-02-31:
/// that month has 29 days"), or nothing. Years before 1900 are real (old
/// treaties) though to_calendar does not take them: they are not reported.
std::optional<std::string> date_problem(const ast::Date& date);

/// The most digits in a row of a UN number ("2231", "39574", "2018"); a
/// longer run (a thousand 9s) is a mistake and must not become a key.
inline constexpr std::size_t max_number_digits = 9;
/// Whether `written` (an act number "78/228", a symbol "A/78/L.5") has a run
/// of more than max_number_digits digits.
bool overlong_number(std::string_view written);
/// Why `written` cannot be a UN number (`what`: "act number", "document
/// symbol"), the number shortened in the message, or nothing.
std::optional<std::string> number_problem(std::string_view what, std::string_view written);
/// A diagnostic about byte `at` of `text`, a mapped text of `source`: with
/// the line and column in the source file where that byte comes from.
Diagnostic diagnostic_at(const SourceFile& source, const MappedText& text, std::size_t at, Status status,
                         std::string message);

/// A footnote: its marker and its text.
struct Footnote {
  std::string marker;  ///< ASCII: "12", "*".
  MappedText text;
  std::uint32_t order;  ///< Position among the document's blocks (reading order).
};

enum class ParagraphKind { preambular, operative };

/// One paragraph of an act, its lettered sub-items included in its text.
struct Paragraph {
  ParagraphKind kind = ParagraphKind::preambular;
  std::string number;          ///< Operative number as written ("3"), empty for preambular.
  std::uint32_t position = 0;  ///< 1-based order within the act.
  MappedText text;             ///< Normalised text, without the number.
  std::uint32_t order = 0;     ///< Position among the document's blocks, for footnote lookup.
};

enum class ActKind { resolution, decision };
enum class ActStatus { adopted, draft, revised_draft };

/// One resolution or decision stated in a document.
struct Act {
  ActKind kind = ActKind::resolution;
  ActStatus status = ActStatus::draft;
  std::string heading;  ///< "Projet de résolution I", "Résolution 33/1", "78/228."
  std::string number;   ///< "78/228" when the document states it.
  std::string title;
  SourceSpan title_span;
  std::string author;  ///< The author as named: "Assemblée générale" (no article).
  std::optional<CalendarDate> adopted_on;
  std::vector<Paragraph> paragraphs;
  std::uint32_t line = 0;  ///< Source line of the act's heading.
};

/// What the top of a document says about it.
struct DocumentHeader {
  std::string organ;   ///< "Assemblée générale", "Conseil économique et social".
  std::string body;    ///< The subsidiary body under the organ, when named.
  std::string symbol;  ///< "E/CN.15/2018/L.3".
  std::optional<CalendarDate> date;
  std::string session;                ///< "Vingt-septième session".
  std::string agenda_item;            ///< "Point 6 de l'ordre du jour provisoire".
  std::vector<std::string> sponsors;  ///< "France", "Roumanie".
  std::optional<ActStatus> status;
  std::string original_language;           ///< "anglais".
  std::optional<CalendarDate> adopted_on;  ///< "Résolution adoptée par … le 19 décembre 2023".
  std::string adopted_by;                  ///< "Assemblée générale".
};

struct Document {
  SourceFile source;
  DocumentHeader header;
  std::vector<Act> acts;
  std::vector<Footnote> footnotes;
  std::vector<Block> blocks;  ///< Every block, for text outside acts (reports).
  std::vector<Diagnostic> diagnostics;
};

/// Splits a normalised file into header, acts, paragraphs and footnotes.
Document segment(SourceFile source, std::vector<Block> blocks);

/// Parses a French date ("13 avril 2018", "1er décembre 1950") at the start of `text`.
std::optional<CalendarDate> parse_date(std::string_view text);

}  // namespace resograph
