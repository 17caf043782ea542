#include "compiler/layout/text_metrics.hpp"

#include "compiler/layout/font_measure.hpp"

#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

#include <linebreak.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::layout {

namespace {

// Advance widths of ASCII 32..126 in thousandths of an em (Helvetica metrics).
constexpr short ascii_widths[95] = {278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
                                    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
                                    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
                                    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
                                    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
                                    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};

// Noto Sans sets about 8% wider than Helvetica; bold about 6% more.
constexpr double noto_factor = 1.08;
constexpr double bold_factor = 1.06;

double em_width(char32_t cp) {
  if (cp >= 32 && cp < 127) return ascii_widths[cp - 32] / 1000.0;
  if (cp == '\t') return 1.1;
  const int columns = source::display_width(cp);
  if (columns == 0) return 0;
  if (cp >= 0x1F000) return 1.25; // emoji and pictographs
  return columns == 2 ? 1.0 : 0.62;
}

struct Piece {
  std::string text;
  bool space_before = false;
  bool break_before = false; // a `\n` the author wrote before it
};

bool has_han(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    if ((d.code_point >= 0x4E00 && d.code_point <= 0x9FFF) || (d.code_point >= 0x3400 && d.code_point <= 0x4DBF))
      return true;
    pos += std::max<std::size_t>(1, d.length);
  }
  return false;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The text cut at its line-break opportunities, by Unicode's line-breaking
// algorithm (UAX #14, libunibreak): after spaces and hyphens, between East Asian
// ideographs, never before closing punctuation such as `，` `。` `）` nor after
// opening punctuation. Each piece without the spaces around it.
std::vector<Piece> pieces(std::string_view text) {
  static const bool ready = (init_linebreak(), true);
  (void)ready;
  std::vector<char> breaks(text.size());
  // In Chinese text, “ and ” open and close like （ and ）; elsewhere ’ is an apostrophe.
  set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(text.data()), text.size(), has_han(text) ? "zh" : nullptr,
                      breaks.data());
  std::vector<Piece> out;
  bool space = false, line_break = false;
  std::size_t start = 0;
  // The spaces at either end of a piece: a space, or an author's line break, before the next.
  const auto skip_spaces = [&](std::string_view spaces) {
    for (char c : spaces) {
      space = true;
      if (c == '\n') line_break = true;
    }
  };
  const auto piece = [&](std::size_t end) {
    std::string_view part = text.substr(start, end - start);
    start = end;
    std::size_t lead = 0, kept = part.size();
    while (lead < part.size() && is_space(part[lead]))
      ++lead;
    while (kept > lead && is_space(part[kept - 1]))
      --kept;
    skip_spaces(part.substr(0, lead));
    if (kept > lead) {
      out.push_back(
          Piece{std::string(part.substr(lead, kept - lead)), space && !out.empty(), line_break && !out.empty()});
      space = line_break = false;
      skip_spaces(part.substr(kept));
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (breaks[i] == LINEBREAK_ALLOWBREAK || breaks[i] == LINEBREAK_MUSTBREAK) piece(i + 1);
  }
  if (start < text.size()) piece(text.size());
  return out;
}

// Cuts `word` so it fits `max_width`, keeping whole code points.
std::size_t fitting_prefix(std::string_view word, double size, double max_width, bool bold) {
  std::size_t pos = 0;
  while (pos < word.size()) {
    const std::size_t next = pos + std::max<std::size_t>(1, source::decode(word, pos).length);
    if (pos > 0 && text_width(word.substr(0, next), size, bold) > max_width) break;
    pos = next;
  }
  return pos;
}

} // namespace

double table_width(std::string_view text, double size, bool bold) {
  double ems = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    ems += em_width(d.code_point);
    pos += std::max<std::size_t>(1, d.length);
  }
  return ems * size * noto_factor * (bold ? bold_factor : 1.0);
}

double text_width(std::string_view text, double size, bool bold) {
  FontMeasure& fonts = FontMeasure::instance();
  if (!fonts.available()) return table_width(text, size, bold);
  // Word by word, each word shaped once and remembered: wrapping measures the
  // same words again and again. Nothing kerns across a space.
  const double space = fonts.ems(" ", bold).value_or(0.26) * size;
  double width = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      const std::optional<double> ems = fonts.ems(word, bold);
      width += ems ? *ems * size : table_width(word, size, bold);
    }
    if (end == text.size()) break;
    width += space;
    start = end + 1;
  }
  return width;
}

std::vector<std::string> wrap(std::string_view text, double size, double max_width, std::size_t max_lines, bool bold) {
  return wrap_text(text, size, max_width, max_lines, bold).lines;
}

Wrapped wrap_text(std::string_view text, double size, double max_width, std::size_t max_lines, bool bold) {
  std::vector<std::string> lines;
  std::string line;
  auto flush = [&] {
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
  };
  for (Piece& piece : pieces(text)) {
    // The author's line break, where there is room for more than one line.
    if (piece.break_before && max_lines > 1) flush();
    std::string candidate = line.empty() ? piece.text : line + (piece.space_before ? " " : "") + piece.text;
    if (text_width(candidate, size, bold) <= max_width) {
      line = std::move(candidate);
      continue;
    }
    flush();
    std::string_view rest = piece.text;
    while (text_width(rest, size, bold) > max_width) {
      const std::size_t cut = fitting_prefix(rest, size, max_width, bold);
      lines.emplace_back(rest.substr(0, cut));
      rest.remove_prefix(cut);
    }
    line = std::string(rest);
  }
  flush();
  const bool shortened = lines.size() > max_lines;
  if (shortened) {
    lines.resize(max_lines);
    std::string& last = lines.back();
    while (!last.empty() && text_width(last + "…", size, bold) > max_width) {
      std::size_t cut = last.size() - 1;
      while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0) == 0x80)
        --cut;
      last.resize(cut);
    }
    last += "…";
  }
  if (lines.empty()) lines.emplace_back();
  return Wrapped{std::move(lines), shortened};
}

} // namespace bp::layout
