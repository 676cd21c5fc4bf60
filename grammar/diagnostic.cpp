#include "diagnostic.hpp"

namespace resograph {

std::string_view status_name(Status status) {
  switch (status) {
    case Status::success: return "success";
    case Status::bad_encoding: return "bad encoding";
    case Status::bad_read: return "read error";
    case Status::bad_syntax: return "syntax error";
    case Status::bad_value: return "bad value";
    case Status::no_acts: return "no acts";
    case Status::empty_file: return "empty file";
    case Status::conflict: return "conflict";
    case Status::bad_write: return "write error";
  }
  return "unknown";
}

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line != 0) {
    out += ':' + std::to_string(line) + ':' + std::to_string(column);
  }
  out += is_error() ? ": error: " : ": warning: ";
  out += message;
  return out;
}

}  // namespace resograph
