#include "compiler/syntax/tree_builder.hpp"

#include "compiler/diag/spelling.hpp"
#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"
#include "compiler/syntax/error_text.hpp"
#include "compiler/wording/catalog.hpp"
#include "grammar/errors.hpp"
#include "grammar/lexer.hpp"
#include "grammar/rules.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <limits>
#include <string>

namespace bp::syntax {

namespace {

namespace msg = wording::msg;
using fmt::arg;

// The token at `at`, for "found `...`": a whole word, or one code point.
Span token_at(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] == '\n' || text[at] == '\r') return Span{std::uint32_t(at), std::uint32_t(at)};
  const source::Decoded d = source::decode(text, at);
  std::size_t end = at + d.length;
  if (d.valid && source::is_identifier_start(d.code_point)) end = grammar::identifier_end(text, at);
  return Span{std::uint32_t(at), std::uint32_t(end)};
}

std::string describe(std::string_view token, std::string_view text, std::size_t at) {
  if (at >= text.size()) return wording::format(msg::syntax_found_end_of_file);
  if (token.empty()) return wording::format(msg::syntax_found_end_of_line);
  if (token == " " || token == "\t") return wording::format(msg::syntax_found_space);
  std::string shown;
  for (std::size_t pos = 0; pos < token.size() && shown.size() < 40;) {
    const source::Decoded d = source::decode(token, pos);
    if (d.code_point < 0x20 || d.code_point == 0x7F || source::display_width(d.code_point) == 0 ||
        source::is_unicode_space(d.code_point)) {
      shown += fmt::format("\\u{{{:X}}}", static_cast<unsigned>(d.code_point));
    } else {
      shown.append(token.substr(pos, d.length));
    }
    pos += d.length;
  }
  return fmt::format("`{}`", shown);
}

std::string hint_for(const grammar::ErrorEntry& error, std::string_view token, bool mid_line) {
  if (token.empty()) return {};
  // A keyword where an id belongs was meant as an id (`customer review "..."`),
  // unless it starts the next statement (an id left out before a new line).
  const bool starts_statement =
      !mid_line && (grammar::top_sync::stops_at(token) || grammar::stage_sync::stops_at(token));
  if (error.expects == grammar::Expects::id && grammar::is_keyword(token) && !starts_statement) {
    return wording::format(msg::syntax_keyword_as_id_hint, arg("word", token));
  }
  if (error.expects == grammar::Expects::duration_unit) {
    return wording::format(token.starts_with("m") ? msg::syntax_minutes_hint : msg::syntax_duration_unit_hint);
  }
  if (source::count_code_points(token) < 2) return {};
  const std::vector<std::string> offered = offered_words(error);
  const std::vector<std::string_view> options(offered.begin(), offered.end());
  if (auto suggestion = diag::closest(token, options)) {
    return wording::format(msg::syntax_did_you_mean, arg("suggestion", *suggestion));
  }
  return {};
}

} // namespace

diag::Diagnostic stage_item_error(const Word& word) {
  const grammar::ErrorEntry& error = grammar::error_entry<grammar::stage_item>;
  const std::string message = wording::format(msg::syntax_found, arg("message", error_text(error)),
                                              arg("found", describe(word.text, word.text, 0)));
  return diag::error(diag::checks::syntax, word.span, message).with_hint(hint_for(error, word.text, false));
}

void TreeBuilder::on_syntax_error(const grammar::ErrorEntry& error, std::size_t at) {
  words.clear();
  texts.clear();
  quantities.clear();
  via.reset();
  personas.clear();
  clauses.clear();
  // One error per position: a missing `}` at the end of the file closes every block.
  if (at == last_error_at_) return;
  last_error_at_ = at;

  const std::string_view text = file_.text();
  const Span span = token_at(text, at);
  const std::string_view token = text.substr(span.begin, span.end - span.begin);
  std::string message = error_text(error);
  if (error.says_found) {
    message = wording::format(msg::syntax_found, arg("message", message), arg("found", describe(token, text, at)));
  }
  diagnostics_.push_back(diag::error(diag::checks::syntax, span, std::move(message))
                             .with_hint(hint_for(error, token, grammar::recovery_detail::continues_line(text, at))));
}

void TreeBuilder::on_skipped(std::size_t begin, std::size_t end) {
  const std::string_view text = std::string_view(file_.text()).substr(0, end);
  for (std::size_t pos = begin; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    if (d.valid && source::is_identifier_start(d.code_point)) {
      const std::size_t stop = grammar::identifier_end(text, pos);
      tree_.skipped_words.emplace(text.substr(pos, stop - pos));
      pos = stop;
    } else {
      pos += d.length == 0 ? 1 : d.length;
    }
  }
}

void TreeBuilder::report(Span span, std::string message, std::string hint, diag::CheckId code) {
  diagnostics_.push_back(diag::error(code, span, std::move(message)).with_hint(std::move(hint)));
}

void TreeBuilder::check_id_length(const Word& word) {
  const std::size_t length = source::count_code_points(word.text);
  if (length <= limits_.max_id_chars) return;
  report(word.span, wording::format(msg::syntax_id_too_long, arg("length", length), arg("limit", limits_.max_id_chars)),
         wording::format(msg::syntax_id_too_long_hint), diag::checks::invalid_value);
}

Attr TreeBuilder::take_attr(const char* begin, const char* end) {
  Attr attr;
  const std::string_view rest(begin, static_cast<std::size_t>(end - begin));
  const std::size_t keyword_length = grammar::identifier_end(rest, 0);
  attr.keyword = Word{std::string(rest.substr(0, keyword_length)), span_of(begin, begin + keyword_length)};
  attr.words = std::move(words);
  attr.texts = std::move(texts);
  attr.quantities = std::move(quantities);
  attr.span = span_of(begin, end);
  words.clear();
  texts.clear();
  quantities.clear();
  return attr;
}

Text decode_string(std::string_view literal, Span span, TreeBuilder& builder) {
  Text text{{}, span};
  const std::string_view body = literal.substr(1, literal.size() - 2);
  const std::size_t length = source::count_code_points(body);
  if (length > builder.limits().max_string_chars) {
    builder.report(span,
                   wording::format(msg::syntax_string_too_long, arg("length", length),
                                   arg("limit", builder.limits().max_string_chars)),
                   wording::format(msg::syntax_string_too_long_hint), diag::checks::invalid_value);
    return text; // empty: the rest of the pipeline never sees the oversized text
  }
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\') {
      text.value += body[i];
      continue;
    }
    const char code = body[++i];
    if (code == 'n')
      text.value += '\n';
    else if (code == 't')
      text.value += '\t';
    else if (code != 'u')
      text.value += code;
    else {
      const std::size_t close = body.find('}', i);
      const std::string_view hex = body.substr(i + 2, close - i - 2);
      std::uint32_t cp = 0;
      const auto [ptr, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), cp, 16);
      const Span escape{span.begin + 1 + std::uint32_t(i - 1), span.begin + 1 + std::uint32_t(close + 1)};
      if (ec != std::errc{} || ptr != hex.data() + hex.size() || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
          cp == 0) {
        builder.report(escape, wording::format(msg::syntax_bad_unicode_escape, arg("hex", hex)),
                       wording::format(msg::syntax_bad_unicode_escape_hint));
      } else {
        source::append_utf8(text.value, cp);
      }
      i = close;
    }
  }
  return text;
}

double decimal_value(std::string_view digits) {
  double value = 0;
  const std::errc ec = std::from_chars(digits.data(), digits.data() + digits.size(), value).ec;
  if (ec == std::errc{}) return value;
  // Out of range is underflow when the whole part is zero (the grammar has no
  // exponents), else overflow; no digits at all is the partial tree of an error.
  const std::string_view whole = digits.substr(0, digits.find('.'));
  const bool underflow = ec == std::errc::result_out_of_range && whole.find_first_not_of('0') == std::string_view::npos;
  return underflow ? 0 : std::numeric_limits<double>::infinity();
}

double parse_duration(std::string_view text) {
  double total = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = pos;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.'))
      ++end;
    const double value = decimal_value(text.substr(pos, end - pos));
    // The grammar matched a unit here; a missing one is the partial tree of an error.
    const grammar::Word* unit = grammar::unit_at(text.substr(end));
    total += value * (unit ? unit->value : 1);
    pos = end + (unit ? unit->text.size() : 1);
  }
  return total;
}

} // namespace bp::syntax
