#include "compiler/source/utf8.hpp"

namespace bp::source {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

Decoded invalid() { return Decoded{0xFFFD, 1, false}; }

} // namespace

Decoded decode(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return Decoded{};
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return Decoded{lead, 1, true};

  std::size_t length = 0;
  char32_t cp = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, minimum = 0x10000;
  } else {
    return invalid();
  }
  if (pos + length > text.size()) return invalid();
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (!is_continuation(byte)) return invalid();
    cp = (cp << 6) | (byte & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return invalid();
  return Decoded{cp, length, true};
}

std::size_t find_invalid_utf8(std::string_view text, std::size_t from) {
  std::size_t pos = from;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const Decoded d = decode(text, pos);
    if (!d.valid) return pos;
    pos += d.length;
  }
  return std::string_view::npos;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    pos += byte < 0x80 ? 1 : decode(text, pos).length;
  }
  return count;
}

} // namespace bp::source
