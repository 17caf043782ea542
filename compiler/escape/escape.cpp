#include "compiler/escape/escape.hpp"

#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace bp::escape {

std::string printable(std::string_view text) {
  // Most text is printable ASCII: nothing to decode or drop.
  const auto plain = [](char c) { return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t'; };
  if (std::all_of(text.begin(), text.end(), plain)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    if (!d.valid)
      out += "\xEF\xBF\xBD"; // U+FFFD, as the documents declare UTF-8
    else if (d.code_point == '\n' || d.code_point == '\t' || !source::is_control(d.code_point))
      out.append(text.substr(pos, d.length));
    pos += d.length;
  }
  return out;
}

std::string html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : printable(text)) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

namespace {

// GFM's extended autolinks start at the colon of `scheme://` and at the w of a
// `www.` that begins a word. Backslash-escaping that colon or dot shows the same
// text and leaves no autolink to find. (Bare e-mail addresses still link: GFM
// finds them after backslash escapes are gone; see docs/security.md.)
bool opens_autolink(std::string_view text, std::size_t i) {
  if (text[i] == ':') return text.substr(i + 1, 2) == "//";
  if (text[i] != '.' || i < 3) return false;
  const auto lower = [&](std::size_t at) { return std::tolower(static_cast<unsigned char>(text[at])); };
  const bool word_start = i == 3 || !std::isalnum(static_cast<unsigned char>(text[i - 4]));
  return word_start && lower(i - 3) == 'w' && lower(i - 2) == 'w' && lower(i - 1) == 'w';
}

} // namespace

std::string markdown(std::string_view raw) {
  // The writers only put text inline, after a list marker or a table pipe, so
  // block syntax (#, -, 1.) cannot start there; inline syntax must be escaped.
  // Line breaks become spaces first, so a text cannot end its list item or row.
  std::string spaced(raw);
  std::replace_if(
      spaced.begin(), spaced.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  const std::string text = printable(spaced);
  static constexpr std::string_view special = "\\`*_[]|~";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    // A `<` opens HTML or an autolink only before a letter, `/`, `!` or `?`, and
    // a `&` an entity only before a letter, digit or `#`. Only those are escaped,
    // with a backslash, so `<= 2min` and `Tom & Jerry` read as written.
    const bool markup_start = c == '<' && (std::isalpha(next) || next == '/' || next == '!' || next == '?');
    const bool entity_start = c == '&' && (std::isalnum(next) || next == '#');
    if (markup_start || entity_start) {
      out += '\\';
      out += c;
    } else {
      if (special.find(c) != std::string_view::npos || opens_autolink(text, i)) out += '\\';
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
  // A code span shows its content literally: nothing in it needs escaping, but
  // controls and bytes that are not UTF-8 must go before the spans are found.
  return with_code(printable(message), markdown, [](std::string_view id) { return "`" + std::string(id) + "`"; });
}

std::string html_message(std::string_view message) {
  return with_code(printable(message), html, [](std::string_view id) { return "<code>" + html(id) + "</code>"; });
}

std::string csv_field(std::string_view text) {
  std::string value = printable(text); // ESC and friends have no place in a cell
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
