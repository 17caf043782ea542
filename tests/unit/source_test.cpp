#include "compiler/source/source_file.hpp"
#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

#include <algorithm>
#include <vector>

#include <catch2/catch.hpp>

using namespace bp::source;

TEST_CASE("decode accepts UTF-8 and rejects what RFC 3629 forbids") {
  CHECK(decode("a", 0).code_point == U'a');
  CHECK(decode("取", 0).code_point == U'取');
  CHECK(decode("取", 0).length == 3);
  CHECK(decode("😀", 0).code_point == U'😀');
  CHECK_FALSE(decode("\xC0\xAF", 0).valid);         // overlong '/'
  CHECK_FALSE(decode("\xED\xA0\x80", 0).valid);     // surrogate D800
  CHECK_FALSE(decode("\xF4\x90\x80\x80", 0).valid); // above U+10FFFF
  CHECK_FALSE(decode("\xE5\x8F", 0).valid);         // truncated
  CHECK(find_invalid_utf8("ok 取 \xFF", 0) == 7);
  CHECK(find_invalid_utf8("all good 😀", 0) == std::string_view::npos);
}

TEST_CASE("columns count code points") {
  const SourceFile file("f", "a\n点单 x\n");
  CHECK(file.location(0) == Location{1, 1});
  CHECK(file.location(2) == Location{2, 1});
  CHECK(file.location(9) == Location{2, 4}); // after two 3-byte characters and a space
  CHECK(count_code_points("点单") == 2);
}

TEST_CASE("a byte order mark is dropped and CRLF lines read without the CR") {
  const SourceFile file("f", "\xEF\xBB\xBFone\r\ntwo");
  CHECK(file.had_bom());
  CHECK(file.text() == "one\r\ntwo");
  CHECK(file.line_count() == 2);
  CHECK(file.line_text(1) == "one");
  CHECK(file.line_text(2) == "two");
  CHECK(file.location(0) == Location{1, 1});
}

TEST_CASE("UTF-16 columns for the language server") {
  const SourceFile file("f", "x 😀 取 y\n");
  const std::size_t y = file.text().find('y');
  CHECK(file.utf16_column(y) == 7); // x, space, 2 units for the emoji, space, 取, space
  CHECK(file.offset_at_utf16(0, 7) == y);
  CHECK(file.offset_at_utf16(5, 0) == file.text().size());
}

TEST_CASE("identifier characters and display width") {
  CHECK(is_identifier_start(U'取'));
  CHECK(is_identifier_start(U'é'));
  CHECK(is_identifier_start(U'_'));
  CHECK_FALSE(is_identifier_start(U'1'));
  CHECK(is_identifier_continue(U'1'));
  CHECK(is_identifier_continue(0x0301)); // combining acute accent
  CHECK_FALSE(is_identifier_start(U'😀'));
  CHECK_FALSE(is_identifier_continue(U'-'));
  CHECK(display_width(U'a') == 1);
  CHECK(display_width(U'取') == 2);
  CHECK(display_width(0x0301) == 0);
  CHECK(is_unicode_space(0x3000));
}

namespace {

// Columns the slow way: counted from the line's start every time.
Location naive_location(std::string_view text, std::size_t offset) {
  std::size_t line = 1, start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') ++line, start = i + 1;
  }
  return Location{line, 1 + count_code_points(text.substr(start, offset - start))};
}

} // namespace

TEST_CASE("columns on long lines are the same asked in any order") {
  // Lines past the column marks' stride, mixing ASCII, CJK, emoji and a bad byte.
  std::string text;
  for (int i = 0; i < 3000; ++i)
    text += i % 7 == 0 ? "点" : i % 11 == 0 ? "😀" : i % 500 == 499 ? "\xFF" : "a";
  text += "\nshort\n";
  for (int i = 0; i < 2500; ++i)
    text += i % 3 == 0 ? "单 " : "b";
  const SourceFile file("f", text);
  std::vector<std::size_t> offsets;
  for (std::size_t pos = 0; pos <= text.size(); pos += 1 + (pos * 7919) % 97)
    offsets.push_back(pos);
  std::reverse(offsets.begin(), offsets.end()); // backwards: no help from text order
  for (std::size_t offset : offsets) {
    INFO("offset " << offset);
    CHECK(file.location(offset) == naive_location(text, offset));
    const std::size_t line0 = file.location(offset).line - 1;
    if (offset == file.line_start(line0 + 1) + file.line_text(line0 + 1).size() || decode(text, offset).valid) {
      // utf16_column itself is checked against its definition in utf16_columns_test.
      const std::size_t units = file.utf16_column(offset);
      if ((static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80)
        CHECK(file.offset_at_utf16(line0, units) == offset);
    }
  }
}

TEST_CASE("control characters: C0, DEL and C1; bidirectional controls apart") {
  for (const char32_t cp :
       {char32_t{0}, char32_t{0x1B}, char32_t{0x7F}, char32_t{0x80}, char32_t{0x85}, char32_t{0x9B}, char32_t{0x9F}})
    CHECK(is_control(cp));
  for (const char32_t cp : {char32_t{' '}, char32_t{'~'}, char32_t{0xA0}, char32_t{0x202E}})
    CHECK_FALSE(is_control(cp));
  for (const char32_t cp : {char32_t{0x202A}, char32_t{0x202E}, char32_t{0x2066}, char32_t{0x2069}})
    CHECK(is_bidi_control(cp));
  for (const char32_t cp : {char32_t{0x2029}, char32_t{0x202F}, char32_t{0x2065}, char32_t{0x206A}, char32_t{0x1B}})
    CHECK_FALSE(is_bidi_control(cp));
}
