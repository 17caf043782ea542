#include "compiler/format/format_tokens.hpp"

#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

namespace bp::format {

namespace {

bool is_operator_char(char c) { return c == '<' || c == '>' || c == '=' || c == '~' || c == '-'; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Ids, keywords, numbers, durations (`1h30min`), percentages, signed feelings
// and check names (`missing-recovery`).
std::size_t word_end(std::string_view text, std::size_t pos) {
  if (text[pos] == '+' || text[pos] == '-') ++pos; // a sign, checked by the caller to precede a digit
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '.' || c == '%' || c == '_') {
      ++pos;
      continue;
    }
    // A hyphen joins a check name's parts; `->` is an arrow.
    if (c == '-' && pos + 1 < text.size() && text[pos + 1] != '>' && !is_operator_char(text[pos + 1])) {
      ++pos;
      continue;
    }
    const source::Decoded d = source::decode(text, pos);
    if (!d.valid || !source::is_identifier_continue(d.code_point)) break;
    pos += d.length;
  }
  return pos;
}

std::size_t string_end(std::string_view text, std::size_t pos) {
  for (++pos; pos < text.size() && text[pos] != '"' && text[pos] != '\n'; ++pos) {
    if (text[pos] == '\\' && pos + 1 < text.size()) ++pos;
  }
  return pos < text.size() && text[pos] == '"' ? pos + 1 : pos;
}

std::size_t comment_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] != '\n')
    ++pos;
  // A comment never owns the carriage return of a CRLF line ending.
  return pos > 0 && text[pos - 1] == '\r' ? pos - 1 : pos;
}

} // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  int newlines = 0;
  bool at_line_start = true;
  while (pos < text.size()) {
    const char c = text[pos];
    const source::Decoded d = source::decode(text, pos);
    if (c == '\n') {
      ++newlines;
      at_line_start = true;
      ++pos;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' ||
        (d.valid && source::is_unicode_space(d.code_point))) {
      pos += d.valid ? d.length : 1;
      continue;
    }
    TokenKind kind = TokenKind::word;
    std::size_t end = pos + 1;
    if (c == '#') {
      kind = TokenKind::comment;
      end = comment_end(text, pos);
    } else if (c == '"') {
      kind = TokenKind::string;
      end = string_end(text, pos);
    } else if (c == '{' || c == '}' || c == ',') {
      kind = c == '{' ? TokenKind::open : c == '}' ? TokenKind::close : TokenKind::comma;
    } else if ((c == '+' || c == '-') && pos + 1 < text.size() && is_digit(text[pos + 1])) {
      end = word_end(text, pos);
    } else if (is_operator_char(c)) {
      kind = TokenKind::op;
      while (end < text.size() && is_operator_char(text[end]))
        ++end;
    } else if (d.valid && (source::is_identifier_continue(d.code_point))) {
      end = word_end(text, pos);
    } else {
      end = pos + (d.valid ? d.length : 1);
    }
    tokens.push_back(
        {kind, {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)}, at_line_start, newlines});
    newlines = 0;
    at_line_start = false;
    pos = end;
  }
  return tokens;
}

} // namespace bp::format
