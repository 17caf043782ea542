#pragma once
// Text measurement and line breaking for the layout. Widths come from the fonts
// that draw the text (font_measure.hpp: fontconfig, FreeType and HarfBuzz), so
// a box fits its label with neither overflow nor slack. Where those fonts are
// missing, a table stands in: Helvetica-class advance widths padded for Noto
// Sans, East Asian wide characters at a full em, erring wide.

#include <string>
#include <string_view>
#include <vector>

namespace bp::layout {

// Width in points of `text` set at `size` points, in the bold face when `bold`.
double text_width(std::string_view text, double size, bool bold = false);
// The table's width alone, whatever fonts are installed.
double table_width(std::string_view text, double size, bool bold = false);

// Lines of at most `max_width` points: breaks at spaces, and between any two East
// Asian characters (which do not use spaces); a word longer than a line is cut.
// A `\n` in the text starts a new line, unless only one line is allowed (a flow's
// label), where it is a space.
// At most `max_lines` lines: the last one ends with "…" when text is left over.
std::vector<std::string> wrap(std::string_view text, double size, double max_width, std::size_t max_lines = 6,
                              bool bold = false);

// The same lines, and whether text was left over (the last line ends with "…").
struct Wrapped {
  std::vector<std::string> lines;
  bool shortened = false;
};
Wrapped wrap_text(std::string_view text, double size, double max_width, std::size_t max_lines = 6, bool bold = false);

} // namespace bp::layout
