#include "compiler/escape/escape.hpp"

#include <cctype>

namespace bp::escape {

namespace {

bool is_control(unsigned char c) { return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F; }

} // namespace

std::string html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default:
      if (!is_control(static_cast<unsigned char>(c))) out += c;
    }
  }
  return out;
}

std::string markdown(std::string_view text) {
  // The writers only put text inline, after a list marker or a table pipe, so
  // block syntax (#, -, 1.) cannot start there; inline syntax must be escaped.
  static constexpr std::string_view special = "\\`*_[]|~";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool entity_start =
        i + 1 < text.size() && (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#');
    if (c == '<')
      out += "&lt;";
    else if (c == '&' && entity_start)
      out += "&amp;";
    else if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else if (is_control(static_cast<unsigned char>(c)))
      continue;
    else {
      if (special.find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
  }
  return out;
}

namespace {

// The length of a `...` span at `at` (including both backticks), or 0. Its
// content is escaped like any text, so a stray backtick in a label can only
// change what is shown as code, never open markup.
std::size_t code_span(std::string_view text, std::size_t at) {
  const std::size_t close = text.find('`', at + 1);
  if (close == std::string_view::npos || close == at + 1 || close - at > 80) return 0;
  return text.substr(at, close - at).find('\n') == std::string_view::npos ? close - at + 1 : 0;
}

template <typename Text, typename Code> std::string with_code(std::string_view message, Text text, Code code) {
  std::string out;
  std::size_t plain = 0;
  for (std::size_t i = 0; i < message.size(); ++i) {
    const std::size_t span = message[i] == '`' ? code_span(message, i) : 0;
    if (span == 0) continue;
    out += text(message.substr(plain, i - plain)) + code(message.substr(i + 1, span - 2));
    i += span - 1;
    plain = i + 1;
  }
  return out + text(message.substr(plain));
}

} // namespace

std::string markdown_message(std::string_view message) {
  // A code span shows its content literally: nothing in it needs escaping.
  return with_code(message, markdown, [](std::string_view id) { return "`" + std::string(id) + "`"; });
}

std::string html_message(std::string_view message) {
  return with_code(message, html, [](std::string_view id) { return "<code>" + html(id) + "</code>"; });
}

std::string csv_field(std::string_view text) {
  std::string value;
  for (const char c : text) {
    if (!is_control(static_cast<unsigned char>(c))) value += c; // ESC and friends have no place in a cell
  }
  // Judged on the cell as the spreadsheet gets it: after the controls are gone,
  // so "\x01=..." cannot slip a formula past.
  static constexpr std::string_view formula_start = "=+-@\t";
  if (!value.empty() && formula_start.find(value[0]) != std::string_view::npos) value.insert(0, 1, '\'');
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

} // namespace bp::escape
