// Reader, part 1 (grammar/source.hpp): encoding checks with line and column,
// byte-order marks, and MappedText's map from normalised text to source bytes.
#include <catch2/catch.hpp>

#include <filesystem>

#include "source.hpp"
#include "support/fixtures.hpp"

using namespace resograph;
using resograph::test::corpus_path;

TEST_CASE("source_from_bytes accepts UTF-8 and keeps the bytes and the file name", "[grammar][source]") {
  const ReadResult read = source_from_bytes("some/folder/doc.txt", "L'Assemblée générale,\n");
  REQUIRE(read.file.has_value());
  CHECK(read.file->path == "some/folder/doc.txt");
  CHECK(read.file->name == "doc.txt");
  CHECK(read.file->bytes == "L'Assemblée générale,\n");
  CHECK(read.file->bom_length == 0);
}

TEST_CASE("a UTF-8 byte-order mark is stripped and counted", "[grammar][source]") {
  const ReadResult read = source_from_bytes("bom.txt", "\xEF\xBB\xBFTexte");
  REQUIRE(read.file.has_value());
  CHECK(read.file->bytes == "Texte");
  CHECK(read.file->bom_length == 3);
  // The mark is one character of the file: character offsets count it.
  CHECK(read.file->char_offset(0) == 1);
  CHECK(read.file->char_offset(5) == 6);
}

TEST_CASE("UTF-16 byte-order marks are rejected as bad encoding", "[grammar][source]") {
  for (const std::string& bytes : {std::string("\xFF\xFEL\0a\0", 6), std::string("\xFE\xFF\0L\0a", 6)}) {
    const ReadResult read = source_from_bytes("utf16.txt", bytes);
    CHECK_FALSE(read.file.has_value());
    CHECK(read.error.status == Status::bad_encoding);
    CHECK(read.error.file == "utf16.txt");
    CHECK(read.error.is_error());
  }
}

TEST_CASE("invalid UTF-8 is reported with its line and character column", "[grammar][source]") {
  SECTION("a stray continuation byte on line 3") {
    const ReadResult read = source_from_bytes("bad.txt", "Première ligne\ndeuxième\nété \x80 fin\n");
    REQUIRE_FALSE(read.file.has_value());
    CHECK(read.error.status == Status::bad_encoding);
    CHECK(read.error.line == 3);
    CHECK(read.error.column == 5);  // "été " is four characters
    CHECK(read.error.message.find("invalid UTF-8") != std::string::npos);
    CHECK(read.error.to_string().rfind("bad.txt:3:5: error: invalid UTF-8", 0) == 0);
  }
  SECTION("a Latin-1 byte") {
    const ReadResult read = source_from_bytes("latin1.txt",
                                              "Assembl\xE9"
                                              "e g\xE9n\xE9rale");
    REQUIRE_FALSE(read.file.has_value());
    CHECK(read.error.line == 1);
    CHECK(read.error.column == 8);
  }
  SECTION("overlong, surrogate, out-of-range and truncated sequences") {
    for (const std::string& bad :
         {std::string("a\xC0\xAF"), std::string("a\xED\xA0\x80"), std::string("a\xF4\x90\x80\x80"),
          std::string("a\xE2\x82"), std::string("a\xF5\x80\x80\x80")}) {
      const ReadResult read = source_from_bytes("x.txt", bad);
      CHECK_FALSE(read.file.has_value());
      CHECK(read.error.status == Status::bad_encoding);
      CHECK(read.error.line == 1);
      CHECK(read.error.column == 2);
    }
  }
  CHECK(find_invalid_utf8("abc") == std::string_view::npos);
  CHECK(find_invalid_utf8("é¹²€𝄞") == std::string_view::npos);
  CHECK(find_invalid_utf8("ab\xC3") == 2);
  // A bad byte at every place of the eight-byte words the ASCII fast path reads,
  // after ASCII and after a good character.
  for (std::size_t at = 0; at < 20; ++at) {
    for (const std::string& before : {std::string(at, 'a'), std::string(at, 'a') + "é"}) {
      const std::string text = before + "\xFF" + std::string(10, 'b');
      INFO(before.size());
      CHECK(find_invalid_utf8(text) == before.size());
      CHECK(find_invalid_utf8(before + "é" + std::string(10, 'b')) == std::string_view::npos);
    }
  }
}

TEST_CASE("a NUL byte makes the file binary", "[grammar][source]") {
  const ReadResult read = source_from_bytes("nul.txt", std::string("ligne\nab\0cd", 11));
  REQUIRE_FALSE(read.file.has_value());
  CHECK(read.error.status == Status::bad_encoding);
  CHECK(read.error.line == 2);
  CHECK(read.error.column == 3);
  CHECK(read.error.message.find("NUL") != std::string::npos);
}

TEST_CASE("read_source reads a corpus file and reports unreadable paths", "[grammar][source]") {
  const ReadResult read = read_source(corpus_path("001_1b8c8940ed5f6a62"));
  REQUIRE(read.file.has_value());
  CHECK(read.file->name == "001_1b8c8940ed5f6a62.txt");
  CHECK(read.file->bytes.size() == std::filesystem::file_size(corpus_path("001_1b8c8940ed5f6a62")));

  const ReadResult missing = read_source(test::corpus_dir + "/no_such_file.txt");
  CHECK_FALSE(missing.file.has_value());
  CHECK(missing.error.status == Status::bad_read);

  const ReadResult folder = read_source(test::corpus_dir);
  CHECK_FALSE(folder.file.has_value());
  CHECK(folder.error.status == Status::bad_read);
}

TEST_CASE("line_column and char_offset count characters, not bytes", "[grammar][source]") {
  const SourceFile file = test::source_of("ab\nçé¹x\n");
  CHECK(file.line_column(0) == std::make_pair(1u, 1u));
  CHECK(file.line_column(2) == std::make_pair(1u, 3u));
  CHECK(file.line_column(3) == std::make_pair(2u, 1u));
  // 'x' follows ç (2 bytes), é (2 bytes), ¹ (2 bytes).
  CHECK(file.line_column(9) == std::make_pair(2u, 4u));
  CHECK(file.char_offset(9) == 6);
}

TEST_CASE("MappedText maps verbatim copies byte for byte", "[grammar][source]") {
  MappedText text;
  text.append_copy("Rappelant", 100);
  text.append_copy(" sa", 109);  // contiguous: one run
  text.append_copy(" résolution", 200);
  CHECK(text.text() == "Rappelant sa résolution");
  CHECK(text.source_span(0, 9) == SourceSpan{100, 109});
  CHECK(text.source_span(10, 12) == SourceSpan{110, 112});
  CHECK(text.source_span(13, text.size()) == SourceSpan{201, 212});
  CHECK(text.source_span(0, text.size()) == SourceSpan{100, 212});
}

TEST_CASE("MappedText maps a replacement as a whole", "[grammar][source]") {
  MappedText text;
  text.append_copy("l", 0);
  text.append_replacement("'", SourceSpan{1, 4});  // a three-byte apostrophe
  text.append_copy("Office", 4);
  CHECK(text.text() == "l'Office");
  CHECK(text.source_span(1, 2) == SourceSpan{1, 4});
  CHECK(text.source_span(0, 8) == SourceSpan{0, 10});
  CHECK(text.source_span(2, 8) == SourceSpan{4, 10});

  SECTION("slices keep their origin") {
    const MappedText tail = text.slice(2, 8);
    CHECK(tail.text() == "Office");
    CHECK(tail.source_span(0, 6) == SourceSpan{4, 10});
    const MappedText middle = text.slice(1, 3);
    CHECK(middle.text() == "'O");
    CHECK(middle.source_span(0, 2) == SourceSpan{1, 5});
  }
  SECTION("append shifts the other text's runs") {
    MappedText more;
    more.append_copy(" et", 50);
    text.append(more);
    CHECK(text.text() == "l'Office et");
    CHECK(text.source_span(9, 11) == SourceSpan{51, 53});
  }
  SECTION("trim_end drops trailing spaces and their origin") {
    text.append_copy("  ", 10);
    text.trim_end();
    CHECK(text.text() == "l'Office");
    CHECK(text.source_span(0, text.size()) == SourceSpan{0, 10});
  }
}
