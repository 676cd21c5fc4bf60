// One test per class of bad input. Each runs the program on a folder holding
// the bad file and a good resolution, and checks: the message names the file
// (with line and column where a byte is at fault), the good file is still in
// the graph, the graph is written, and the exit status (1 when an input could
// not be used, 0 for inputs that must work normally).
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace reliability;

namespace {

/// Runs `resograph build . -o out.ttl` in `folder` and checks what every run
/// must give: the good file processed and a valid graph written.
Run build_folder(const fs::path& folder) {
  const Run run = run_resograph(folder, {"build", ".", "-o", "out.ttl"});
  INFO("stderr: " << run.errors);
  REQUIRE(run.status >= 0);  // exited, not killed by a signal
  REQUIRE(fs::exists(folder / "out.ttl"));
  const std::string graph = read_file(folder / "out.ttl");
  CHECK(graph.find(processed_marker("good.md")) != std::string::npos);
  CHECK(serd_error(graph) == "");
  return run;
}

/// Whether a line of `errors` reads "FILE:LINE:COLUMN: error: …" or "…: warning: …"
/// (any line when `line` is 0; `severity` "" for either) and holds `words`.
/// (No std::regex: GCC 12 with -fsanitize=address -Werror rejects it.)
bool positioned_message(const std::string& errors, const std::string& file, unsigned line = 0,
                        const std::string& severity = "", const std::string& words = "") {
  std::size_t start = 0;
  while (start < errors.size()) {
    std::size_t end = errors.find('\n', start);
    if (end == std::string::npos) end = errors.size();
    const std::string text = errors.substr(start, end - start);
    start = end + 1;
    const std::size_t at = text.find(file + ":");
    if (at == std::string::npos) continue;
    std::size_t i = at + file.size() + 1;
    const auto digits = [&](std::size_t& k) {
      const std::size_t from = k;
      while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
      return text.substr(from, k - from);
    };
    const std::string line_text = digits(i);
    if (line_text.empty() || (line != 0 && line_text != std::to_string(line))) continue;
    if (i >= text.size() || text[i++] != ':') continue;
    if (digits(i).empty()) continue;
    const std::string rest = text.substr(i);
    const bool is_error = rest.rfind(": error: ", 0) == 0, is_warning = rest.rfind(": warning: ", 0) == 0;
    if (!(severity.empty() ? is_error || is_warning : rest.rfind(": " + severity + ": ", 0) == 0)) continue;
    if (words.empty() || rest.find(words) != std::string::npos) return true;
  }
  return false;
}

/// The graph with every character offset replaced by N.
std::string without_offsets(std::string graph) {
  for (const std::string key : {"Offset ", "oa:start ", "oa:end "}) {
    for (std::size_t at = graph.find(key); at != std::string::npos; at = graph.find(key, at + 1)) {
      const std::size_t begin = at + key.size();
      std::size_t end = begin;
      while (end < graph.size() && graph[end] >= '0' && graph[end] <= '9') ++end;
      graph.replace(begin, end - begin, "N");
    }
  }
  return graph;
}

fs::path folder_with_good(const std::string& name) {
  const fs::path folder = scratch(name);
  write_file(folder / "good.md", good_resolution());
  return folder;
}

}  // namespace

TEST_CASE("invalid UTF-8 is reported with file, line and column", "[bad-input]") {
  const fs::path folder = folder_with_good("invalid-utf8");
  // Line 2, after 16 characters ("Deuxième ligne é"): a lead byte without its continuation.
  write_file(folder / "bad.txt", "Première ligne\nDeuxième ligne é\xC3(suite\n");
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 1);
  CHECK(run.errors.find("bad.txt:2:17: error: invalid UTF-8 (byte 0xC3)") != std::string::npos);
}

TEST_CASE("invalid UTF-8: overlong forms, surrogates and bytes above U+10FFFF are refused", "[bad-input]") {
  for (const std::string bad :
       {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\x80", "\xFF"}) {
    const std::string bytes = "abc " + bad + " def\n";
    const auto read = resograph::source_from_bytes("x.txt", bytes);
    INFO("bytes: " << bytes);
    REQUIRE_FALSE(read.file);
    CHECK(read.error.status == resograph::Status::bad_encoding);
    CHECK(read.error.line == 1);
    CHECK(read.error.column == 5);
  }
}

TEST_CASE("NUL bytes are reported with file, line and column", "[bad-input]") {
  const fs::path folder = folder_with_good("nul");
  write_file(folder / "bad.txt", std::string("Première ligne\nab\0cd\n", 21));
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 1);
  CHECK(run.errors.find("bad.txt:2:3: error: NUL byte") != std::string::npos);
}

TEST_CASE("UTF-16 and UTF-32 files are refused with a clear message", "[bad-input]") {
  const fs::path folder = folder_with_good("utf16");
  const std::u16string text = u"L'Assemblée générale,\n";
  std::string le = "\xFF\xFE", be = "\xFE\xFF", no_bom;
  for (char16_t c : text) {
    le += static_cast<char>(c & 0xFF);
    le += static_cast<char>(c >> 8);
    be += static_cast<char>(c >> 8);
    be += static_cast<char>(c & 0xFF);
    no_bom += static_cast<char>(c & 0xFF);
    no_bom += static_cast<char>(c >> 8);
  }
  write_file(folder / "le.txt", le);
  write_file(folder / "be.txt", be);
  write_file(folder / "utf32.txt", std::string("\xFF\xFE\0\0L\0\0\0", 8));
  write_file(folder / "nobom.txt", no_bom);  // UTF-16 without a mark: NUL bytes
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 1);
  CHECK(run.errors.find("le.txt: error: the file is UTF-16") != std::string::npos);
  CHECK(run.errors.find("be.txt: error: the file is UTF-16") != std::string::npos);
  CHECK(run.errors.find("utf32.txt: error: the file is UTF-16 or UTF-32") != std::string::npos);
  CHECK(run.errors.find("nobom.txt:1:2: error: NUL byte") != std::string::npos);
}

TEST_CASE("CRLF line ends work normally", "[bad-input]") {
  const fs::path lf = scratch("crlf/lf"), crlf = scratch("crlf/crlf");
  const std::string text = good_resolution();
  std::string windows;
  for (char c : text) {
    if (c == '\n') windows += '\r';
    windows += c;
  }
  write_file(lf / "good.md", text);
  write_file(crlf / "good.md", windows);
  const Run a = build_folder(lf);
  const Run b = build_folder(crlf);
  INFO("stderr (CRLF): " << b.errors);
  CHECK(a.status == 0);
  CHECK(b.status == 0);
  CHECK(b.errors.find("error") == std::string::npos);
  // The same graph, but for character offsets (each line end is one more character).
  const std::string graph_lf = without_offsets(read_file(lf / "out.ttl"));
  const std::string graph_crlf = without_offsets(read_file(crlf / "out.ttl"));
  CHECK(graph_crlf.find("\\r") == std::string::npos);
  CHECK(graph_crlf == graph_lf);
}

TEST_CASE("a Windows (CRLF) file with a UTF-8 byte-order mark works normally", "[bad-input]") {
  const fs::path folder = scratch("crlf-bom");
  std::string windows = "\xEF\xBB\xBF";
  for (char c : good_resolution()) {
    if (c == '\n') windows += '\r';
    windows += c;
  }
  write_file(folder / "good.md", windows);
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 0);
  CHECK(read_file(folder / "out.ttl").find("78/228") != std::string::npos);
}

TEST_CASE("an empty file does not stop the others", "[bad-input]") {
  const fs::path folder = folder_with_good("empty");
  write_file(folder / "empty.txt", "");
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK((run.status == 0 || run.status == 1));
}

TEST_CASE("an empty file is named in a message", "[bad-input]") {
  // A warning (Status::empty_file): "empty.txt: warning: the file is empty", exit 0.
  const fs::path folder = folder_with_good("empty-message");
  write_file(folder / "empty.txt", "");
  write_file(folder / "blank.txt", " \n\t\n\n");
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.errors.find("empty.txt: ") != std::string::npos);
  CHECK(run.errors.find("blank.txt: ") != std::string::npos);
  // An error makes the status 1; a warning leaves it 0.
  CHECK(run.status == (run.errors.find("empty.txt: error:") != std::string::npos ? 1 : 0));
  CHECK(run.errors.find("empty.txt: warning: the file is empty") != std::string::npos);
  CHECK(run.errors.find("blank.txt: warning: the file holds only blanks") != std::string::npos);
}

TEST_CASE("a binary file is refused with file, line and column", "[bad-input]") {
  const fs::path folder = folder_with_good("binary");
  // An ELF header (a NUL byte at column 8) and a PNG header (0x89 at column 1).
  write_file(folder / "program.txt", std::string("\x7F"
                                                 "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0",
                                                 20));
  write_file(folder / "image.md", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  std::string noise;
  unsigned state = 12345;
  for (int i = 0; i < 4096; ++i) {
    state = state * 1103515245u + 12345u;
    noise += static_cast<char>(state >> 16);
  }
  write_file(folder / "noise.txt", noise);
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 1);
  CHECK(run.errors.find("program.txt:1:8: error: NUL byte") != std::string::npos);
  CHECK(run.errors.find("image.md:1:1: error: invalid UTF-8 (byte 0x89)") != std::string::npos);
  CHECK(positioned_message(run.errors, "noise.txt", 0, "error"));
}

TEST_CASE("an unreadable file is reported and the others are processed", "[bad-input]") {
  const fs::path folder = folder_with_good("unreadable");
  const fs::path locked = folder / "locked.txt";
  write_file(locked, good_resolution("78/229"));
  ::chmod(locked.c_str(), 0);
  std::string expected = "locked.txt: error: cannot open: Permission denied";
  if (std::FILE* probe = std::fopen(locked.c_str(), "rb")) {
    // chmod 000 does not deny reading here (root, CAP_DAC_OVERRIDE): a file
    // that opens but cannot be read instead, /proc/self/mem (EIO at offset 0).
    std::fclose(probe);
    fs::remove(locked);
    if (!fs::exists("/proc/self/mem")) {
      WARN("SKIPPED: neither chmod 000 nor /proc/self/mem makes an unreadable file here");
      return;
    }
    fs::create_symlink("/proc/self/mem", locked);
    expected = "locked.txt: error: cannot read";
  }
  const Run run = build_folder(folder);
  if (fs::exists(locked) && !fs::is_symlink(locked)) ::chmod(locked.c_str(), 0644);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 1);
  CHECK(run.errors.find(expected) != std::string::npos);
  CHECK(read_file(folder / "out.ttl").find(processed_marker("good.md")) != std::string::npos);
}

TEST_CASE("an input that does not exist is reported and the others are processed", "[bad-input]") {
  const fs::path folder = folder_with_good("missing");
  const Run run = run_resograph(folder, {"build", "good.md", "missing.txt", "-o", "out.ttl"});
  INFO("stderr: " << run.errors);
  CHECK(run.status == 1);
  CHECK(run.errors.find("missing.txt: error: ") != std::string::npos);
  CHECK(read_file(folder / "out.ttl").find(processed_marker("good.md")) != std::string::npos);
}

TEST_CASE("when no input can be used, the graph written is empty and valid", "[bad-input]") {
  const fs::path folder = scratch("nothing-usable");
  write_file(folder / "binary.txt", std::string("\0\0\0", 3));
  for (const char* format : {"turtle", "ntriples", "nquads", "trig"}) {
    INFO(format);
    const Run run = run_resograph(folder, {"build", "missing.txt", "binary.txt", "-o", "out", "-f", format});
    INFO("stderr: " << run.errors);
    CHECK(run.status == 1);
    CHECK(run.errors.find("missing.txt: error: ") != std::string::npos);
    const std::string graph = read_file(folder / "out");  // N-Triples and N-Quads of nothing: no bytes
    CHECK((graph.empty() || serd_error(graph) == ""));
  }
}

TEST_CASE("a folder with a symlink loop is walked once and finishes", "[bad-input]") {
  const fs::path folder = folder_with_good("symlink-loop");
  fs::create_directories(folder / "sub");
  write_file(folder / "sub" / "other.md", good_resolution("78/230", "Autre titre"));
  fs::create_directory_symlink("..", folder / "sub" / "up");  // sub/up → the folder itself
  fs::create_directory_symlink("loop", folder / "loop");      // loop → loop
  fs::create_directory_symlink("sub", folder / "again");      // a second way to sub
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 0);
  const std::string graph = read_file(folder / "out.ttl");
  CHECK(graph.find(processed_marker("other.md")) != std::string::npos);
  CHECK(run.errors.find("2 files") != std::string::npos);  // folder symlinks are not followed
}

TEST_CASE("a *.txt symlink loop named on the command line is reported as such", "[bad-input]") {
  const fs::path folder = folder_with_good("symlink-loop-file");
  fs::create_symlink("b.txt", folder / "a.txt");
  fs::create_symlink("a.txt", folder / "b.txt");
  const Run run = run_resograph(folder, {"build", "good.md", "a.txt", "-o", "out.ttl"});
  INFO("stderr: " << run.errors);
  CHECK(run.status == 1);
  CHECK(read_file(folder / "out.ttl").find(processed_marker("good.md")) != std::string::npos);
  CHECK(run.errors.find("a.txt: error: ") != std::string::npos);
  CHECK(run.errors.find("symbolic link") != std::string::npos);
}

TEST_CASE("a *.txt symlink loop inside a folder is reported, not skipped silently", "[bad-input]") {
  const fs::path folder = folder_with_good("symlink-loop-in-folder");
  fs::create_symlink("b.txt", folder / "a.txt");
  fs::create_symlink("a.txt", folder / "b.txt");
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 1);
  CHECK(run.errors.find("a.txt: error: ") != std::string::npos);
}

TEST_CASE("unbalanced guillemets do not disturb the rest of the document", "[bad-input]") {
  const fs::path folder = scratch("guillemets");
  std::string text = good_resolution();
  const std::string::size_type at = text.find("*Prie*");
  text.insert(at + 6, " « « de ne jamais fermer");
  text += "\n3. *Prie* en outre » de fermer sans ouvrir » ;\n\n4. *Invite* « « « les États ;\n";
  write_file(folder / "good.md", text);
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(run.status == 0);
  const std::string graph = read_file(folder / "out.ttl");
  CHECK(graph.find("rg:position 5") != std::string::npos);  // all five paragraphs are there
  CHECK(graph.find("de fermer sans ouvrir") != std::string::npos);
  CHECK(graph.find("unts/2225/39574") != std::string::npos);  // the Convention is still found
}

TEST_CASE("numbers of a thousand digits do not crash and stay valid", "[bad-input]") {
  const fs::path folder = folder_with_good("long-numbers");
  const std::string digits(1000, '9');
  std::string text = good_resolution("78/" + digits);
  text += "\n" + digits + ". *Décide* de rappeler sa résolution " + digits + "/" + digits + " du " + digits +
          " décembre " + digits + " et le document A/" + digits + "/L." + digits + ", par. " + digits + " ;\n";
  write_file(folder / "long.md", text);
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK((run.status == 0 || run.status == 1));
  CHECK(read_file(folder / "out.ttl").find(processed_marker("long.md")) != std::string::npos);
}

TEST_CASE("numbers of a thousand digits are diagnosed as bad values", "[bad-input]") {
  // Status::bad_value: a 1000-digit resolution number is no key ("res:GA:78/999…").
  const fs::path folder = folder_with_good("long-numbers-diagnosed");
  const std::string digits(1000, '9');
  write_file(folder / "long.md", good_resolution("78/" + digits));
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  CHECK(positioned_message(run.errors, "long.md"));
  CHECK(run.errors.find("long.md:11:5: error: act number \"78/999") != std::string::npos);
  CHECK(run.status == 1);
  CHECK(read_file(folder / "out.ttl").find(digits) == std::string::npos);
}

TEST_CASE("an impossible date gives no rg:adoptedOn", "[bad-input]") {
  const fs::path folder = folder_with_good("impossible-date");
  std::string text = good_resolution("78/231");
  text.replace(text.find("19 décembre 2023"), std::string("19 décembre 2023").size(), "31 février 2020");
  text.replace(text.find("22 décembre 2023"), std::string("22 décembre 2023").size(), "30 février 2020");
  text.replace(text.find("sa résolution 77/1"), std::string("sa résolution 77/1").size(),
               "sa résolution 77/1 du 31 avril 2019 et sa résolution 76/5 du 29 février 2021");
  write_file(folder / "dates.md", text);
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  const std::string graph = read_file(folder / "out.ttl");
  CHECK(graph.find(processed_marker("dates.md")) != std::string::npos);
  for (const char* impossible : {"2020-02-31", "2020-02-30", "2019-04-31", "2021-02-29", "2020-03-0", "2019-05-01"}) {
    INFO(impossible);
    CHECK(graph.find(impossible) == std::string::npos);
  }
  // The only adoption date left is good.md's (2023-12-19).
  std::size_t adopted = 0;
  for (std::size_t at = graph.find("rg:adoptedOn"); at != std::string::npos; at = graph.find("rg:adoptedOn", at + 1)) {
    ++adopted;
    const std::string expected = "rg:adoptedOn \"2023-12-19\"";
    CHECK(graph.compare(at, expected.size(), expected) == 0);
  }
  CHECK(adopted >= 1);
  // Each is reported where it stands: the header's two, the citations' two (line 15).
  CHECK(positioned_message(run.errors, "dates.md", 4, "error", "impossible date 2020-02-30"));
  CHECK(positioned_message(run.errors, "dates.md", 9, "error", "impossible date 2020-02-31"));
  CHECK(positioned_message(run.errors, "dates.md", 15, "error", "impossible date 2019-04-31"));
  CHECK(positioned_message(run.errors, "dates.md", 15, "error", "impossible date 2021-02-29"));
}

TEST_CASE("an impossible date is diagnosed with file, line and column", "[bad-input]") {
  // Status::bad_value.
  const fs::path folder = folder_with_good("impossible-date-diagnosed");
  std::string text = good_resolution("78/231");
  text.replace(text.find("19 décembre 2023"), std::string("19 décembre 2023").size(), "31 février 2020");
  write_file(folder / "dates.md", text);
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors);
  // "## Résolution adoptée par l'Assemblée générale le 31 février 2020" is line 9; the date at column 51.
  CHECK(positioned_message(run.errors, "dates.md", 9, "", "date"));
  CHECK(run.errors.find("dates.md:9:51: error: impossible date 2020-02-31") != std::string::npos);
}

TEST_CASE("a paragraph of a million characters is processed", "[bad-input]") {
  const fs::path folder = scratch("million");
  std::string text = good_resolution();
  std::string paragraph = "3. *Décide* que";
  const std::string words =
      " la Convention des Nations Unies contre la criminalité transnationale organisée, l'Office et "
      "les États Membres, conformément à sa résolution 77/1,";
  while (paragraph.size() < 1'000'000) paragraph += words;
  paragraph += " fin du paragraphe.\n";
  text += "\n" + paragraph;
  write_file(folder / "good.md", text);
  const Run run = build_folder(folder);
  INFO("stderr: " << run.errors.substr(0, 2000));
  CHECK(run.status == 0);
  const std::string graph = read_file(folder / "out.ttl");
  CHECK(graph.find("fin du paragraphe.") != std::string::npos);
  CHECK(graph.find("rg:position 4") != std::string::npos);
}
