#include "compiler/diag/quote.hpp"

#include <algorithm>

#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

#include <fmt/format.h>

namespace bp::diag {

bool is_terminal_control(char32_t cp) {
  // U+2028 and U+2029 break lines in some viewers, as a newline would.
  return source::is_control(cp) || source::is_bidi_control(cp) || cp == 0x2028 || cp == 0x2029;
}

std::string escape_controls(std::string_view text) {
  // Most text is printable ASCII: nothing to decode or escape.
  const auto plain = [](char c) { return c >= 0x20 && c < 0x7F; };
  if (std::all_of(text.begin(), text.end(), plain)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    if (!d.valid || is_terminal_control(d.code_point)) {
      out += fmt::format("\\u{{{:X}}}",
                         static_cast<unsigned>(d.valid ? d.code_point : static_cast<unsigned char>(text[pos])));
    } else {
      out.append(text.substr(pos, d.length));
    }
    pos += d.length;
  }
  return out;
}

std::string quoted(std::string_view text, std::size_t max) {
  std::string out = "\"";
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) {
    const source::Decoded d = source::decode(text, pos);
    if (count == max) {
      out += "…";
      break;
    }
    if (d.code_point == '"' || d.code_point == '\\') out += '\\';
    out += escape_controls(text.substr(pos, d.length));
    pos += d.length;
  }
  return out + "\"";
}

} // namespace bp::diag
