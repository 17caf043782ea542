#pragma once
// The text of a valid blueprint as the formatter sees it: tokens with their
// spans, comments included, whitespace dropped. Whitespace is insignificant in
// the language except between tokens that would otherwise run together, so any
// text that prints these tokens in order, separated by spaces or line breaks,
// means the same.

#include "compiler/source/span.hpp"

#include <string_view>
#include <vector>

namespace bp::format {

enum class TokenKind { word, string, comment, open, close, comma, op };

struct Token {
  TokenKind kind;
  source::Span span;
  bool starts_line = false; // only whitespace lies between the line's start and the token
  int newlines_before = 0;  // line breaks between the previous token and this one
};

// `text` must have parsed without syntax errors; anything else still gives tokens
// (one per unexpected code point) but formatting it is not meaningful.
std::vector<Token> tokenize(std::string_view text);

} // namespace bp::format
