#include "compiler/layout/text_metrics.hpp"

#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

#include <algorithm>
#include <string_view>

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

bool breaks_anywhere(char32_t cp) { return source::display_width(cp) == 2; }

// East Asian closing punctuation never starts a line (kinsoku shori): it stays
// with the character before it.
bool closes(char32_t cp) {
  static constexpr std::u32string_view closing = U"、。，．：；！？）」』】〉》〕〗〙〛’”ー…・";
  return closing.find(cp) != std::u32string_view::npos;
}

struct Piece {
  std::string text;
  bool space_before = false;
  bool break_before = false; // a `\n` the author wrote before it
};

// Words separated by spaces; East Asian characters are words of their own.
std::vector<Piece> pieces(std::string_view text) {
  std::vector<Piece> out;
  bool space = false, line_break = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    const std::string_view ch = text.substr(pos, d.length);
    pos += d.length;
    if (d.code_point == ' ' || d.code_point == '\n' || d.code_point == '\t') {
      space = true;
      line_break = line_break || d.code_point == '\n';
      continue;
    }
    if (line_break && !out.empty()) {
      out.push_back(Piece{std::string(ch), true, true});
      space = line_break = false;
      continue;
    }
    line_break = false;
    const bool alone = breaks_anywhere(d.code_point) && !closes(d.code_point);
    if (!out.empty() && !space && closes(d.code_point)) {
      out.back().text.append(ch);
    } else if (out.empty() || space || alone || breaks_anywhere(source::decode(out.back().text, 0).code_point)) {
      out.push_back(Piece{std::string(ch), space && !out.empty()});
    } else {
      out.back().text.append(ch);
    }
    space = false;
  }
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

double text_width(std::string_view text, double size, bool bold) {
  double ems = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const source::Decoded d = source::decode(text, pos);
    ems += em_width(d.code_point);
    pos += std::max<std::size_t>(1, d.length);
  }
  return ems * size * noto_factor * (bold ? bold_factor : 1.0);
}

std::vector<std::string> wrap(std::string_view text, double size, double max_width, std::size_t max_lines, bool bold) {
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
  if (lines.size() > max_lines) {
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
  return lines;
}

} // namespace bp::layout
