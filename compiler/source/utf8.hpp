#pragma once
// UTF-8 decoding shared by the grammar, the line index and the printers.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bp::source {

struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 0; // bytes consumed; 0 only at the end of input
  bool valid = false;     // false: `length` is 1 and the byte is not UTF-8
};

// Decodes one code point at `pos`. Overlong forms, surrogates and values above
// U+10FFFF are invalid, as RFC 3629 requires.
Decoded decode(std::string_view text, std::size_t pos);

// Byte offset of the first invalid sequence, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text, std::size_t from = 0);

void append_utf8(std::string& out, char32_t code_point);

// Number of code points in `text`; an invalid byte counts as one.
std::size_t count_code_points(std::string_view text);

} // namespace bp::source
