// UTF-16 columns counted on from marks along a line (SourceFile) against the
// plain definition, decoding from the line's start: the same answer at every
// offset, asked in any order, on long lines of mixed and invalid UTF-8.

#include "compiler/source/source_file.hpp"
#include "compiler/source/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace bp::source;

namespace {

// The definition: UTF-16 units from the start of the offset's line up to it.
std::size_t plain_utf16_column(const std::string& text, std::size_t offset) {
  const std::size_t newline = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  std::size_t units = 0;
  for (std::size_t pos = newline == std::string::npos ? 0 : newline + 1; pos < offset;) {
    const Decoded d = decode(text, pos);
    units += d.code_point >= 0x10000 ? 2 : 1;
    pos += d.length;
  }
  return units;
}

} // namespace

TEST_CASE("UTF-16 columns on long lines match the definition at every offset, in any order") {
  std::mt19937 random(7);
  // ASCII, 2-, 3- and 4-byte characters, stray continuation and lead bytes, CR, LF.
  const std::vector<std::string> pieces = {"a", " ", "é", "取", "😀", "\x80", "\xF0\x9F", "\xE5", "\r", "\n", "\xFF"};
  std::string text;
  for (int i = 0; i < 20'000; ++i) {
    const std::size_t pick = random() % (pieces.size() * 200);
    // Mostly not newlines, so that lines run to thousands of bytes.
    text += pick < pieces.size() ? pieces[pick] : pieces[pick % 5];
  }
  const SourceFile file("f", text);
  std::vector<std::size_t> offsets(text.size() + 1);
  for (std::size_t i = 0; i < offsets.size(); ++i)
    offsets[i] = i;
  std::shuffle(offsets.begin(), offsets.end(), random);
  std::size_t wrong = 0;
  for (const std::size_t offset : offsets) {
    if (file.utf16_column(offset) != plain_utf16_column(text, offset)) ++wrong;
  }
  CHECK(wrong == 0);
  CHECK(file.utf16_column(text.size() + 10) == plain_utf16_column(text, text.size()));
}
