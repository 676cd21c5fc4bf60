// Diagnostics shared by every stage: a status code and the place in a source
// file (1-based line and column, columns counted in characters) it concerns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace resograph {

/// What went wrong; every stage reports through these codes.
enum class Status {
  success,       ///< No problem.
  bad_encoding,  ///< The file is not valid UTF-8 (or is UTF-16/32, or holds NUL bytes).
  bad_read,      ///< The file could not be opened or read.
  bad_syntax,    ///< A construct of the text could not be parsed as expected.
  bad_value,     ///< A value is out of range (impossible date, overlong number).
  no_acts,       ///< The document states no act (a report, say); not an error.
  empty_file,    ///< The file is empty or holds only blanks: a warning, not an error (an empty file of a
                 ///< corpus is not broken; the batch goes on and exits 0), but named so that it is seen.
  conflict,      ///< Two sources state different values for one fact.
  bad_write,     ///< The output could not be written.
};

/// A readable name of a status, for messages.
std::string_view status_name(Status status);

/// One message about one place of one input file.
struct Diagnostic {
  Status status = Status::success;
  std::string file;          ///< Path as given on the command line.
  std::uint32_t line = 0;    ///< 1-based; 0 when the whole file is meant.
  std::uint32_t column = 0;  ///< 1-based, in characters; 0 when the whole file is meant.
  std::string message;

  bool is_error() const {
    return status != Status::success && status != Status::no_acts && status != Status::empty_file &&
           status != Status::conflict;
  }
  /// "file:line:column: error: message", the format compilers use.
  std::string to_string() const;
};

}  // namespace resograph
