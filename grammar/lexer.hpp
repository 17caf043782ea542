#pragma once
// The one tokenizer of the language: where an identifier, a string and a
// comment end, and the text as tokens with their spans (comments included,
// whitespace dropped). Error recovery skips by it, the tree builder names the
// token an error found by it, the formatter lays its tokens out, and completion
// reads the text before the cursor with it, so all four see the same words.
//
// Whitespace is insignificant in the language except between tokens that would
// otherwise run together, so any text that prints the tokens in order, separated
// by spaces or line breaks, means the same.

#include "compiler/source/span.hpp"
#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace bp::grammar {

inline bool is_identifier_start_at(std::string_view text, std::size_t pos) {
  const source::Decoded d = source::decode(text, pos);
  return d.valid && source::is_identifier_start(d.code_point);
}

// Where the identifier (or keyword) that starts at `pos` ends.
inline std::size_t identifier_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const source::Decoded d = source::decode(text, pos);
    if (!d.valid || !source::is_identifier_continue(d.code_point)) break;
    pos += d.length;
  }
  return pos;
}

// Where the string that opens at `pos` ends: after its closing quote, or at the
// end of the line when it is not closed.
inline std::size_t string_end(std::string_view text, std::size_t pos) {
  for (++pos; pos < text.size() && text[pos] != '"' && text[pos] != '\n'; ++pos) {
    if (text[pos] == '\\' && pos + 1 < text.size()) ++pos;
  }
  return pos < text.size() && text[pos] == '"' ? pos + 1 : pos;
}

// Where the comment that starts at `pos` ends. A comment never owns the carriage
// return of a CRLF line ending.
inline std::size_t comment_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] != '\n')
    ++pos;
  return pos > 0 && text[pos - 1] == '\r' ? pos - 1 : pos;
}

// Length of the token at `pos` for skipping: an identifier, a string up to its
// closing quote or the end of the line, a comment, or one code point.
inline std::size_t token_length(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == '"') return string_end(text, pos) - pos;
  if (c == '#') return comment_end(text, pos) - pos;
  if (is_identifier_start_at(text, pos)) return identifier_end(text, pos) - pos;
  const std::size_t length = source::decode(text, pos).length;
  return length == 0 ? 1 : length;
}

enum class TokenKind { word, string, comment, open, close, comma, op };

struct Token {
  TokenKind kind;
  source::Span span;
  bool starts_line = false; // only whitespace lies between the line's start and the token
  int newlines_before = 0;  // line breaks between the previous token and this one
};

namespace lexer_detail {

inline bool is_operator_char(char c) { return c == '<' || c == '>' || c == '=' || c == '~' || c == '-'; }

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Ids, keywords, numbers, durations (`1h30min`), percentages, signed feelings
// and check names (`missing-recovery`).
inline std::size_t value_word_end(std::string_view text, std::size_t pos) {
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

} // namespace lexer_detail

// `text` as tokens. Any text gives tokens (one per unexpected code point); a word
// is an id, a keyword, a number, a duration (`1h30min`), a percentage, a signed
// feeling or a check name (`missing-recovery`).
inline std::vector<Token> tokenize(std::string_view text) {
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
    } else if ((c == '+' || c == '-') && pos + 1 < text.size() && lexer_detail::is_digit(text[pos + 1])) {
      end = lexer_detail::value_word_end(text, pos);
    } else if (lexer_detail::is_operator_char(c)) {
      kind = TokenKind::op;
      while (end < text.size() && lexer_detail::is_operator_char(text[end]))
        ++end;
    } else if (d.valid && (source::is_identifier_continue(d.code_point))) {
      end = lexer_detail::value_word_end(text, pos);
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

} // namespace bp::grammar
