#include "compiler/lsp/markdown_text.hpp"

namespace bp::lsp {

namespace {

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

} // namespace

std::string markdown_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (const char c : text) {
    if (is_control(c)) {
      out += ' ';
      continue;
    }
    if (is_ascii_punctuation(c)) out += '\\';
    out += c;
  }
  return out;
}

} // namespace bp::lsp
