#pragma once
// Text measurement without a font engine. The layout must not depend on Graphviz
// or a display, so widths come from Helvetica-class advance widths, padded for
// Noto Sans (the font the diagram asks for), with East Asian wide characters at a
// full em. Erring wide keeps every label inside its box.

#include <string>
#include <string_view>
#include <vector>

namespace bp::layout {

// Width in points of `text` set at `size` points; `bold` adds the extra weight.
double text_width(std::string_view text, double size, bool bold = false);

// Lines of at most `max_width` points: breaks at spaces, and between any two East
// Asian characters (which do not use spaces); a word longer than a line is cut.
// A `\n` in the text starts a new line, unless only one line is allowed (a flow's
// label), where it is a space.
// At most `max_lines` lines: the last one ends with "…" when text is left over.
std::vector<std::string> wrap(std::string_view text, double size, double max_width, std::size_t max_lines = 6,
                              bool bold = false);

} // namespace bp::layout
