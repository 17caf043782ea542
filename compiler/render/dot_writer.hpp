#pragma once
// Drawing to DOT text, for `--format dot` and for `neato -n2` on the command line.

#include "compiler/render/drawing.hpp"

#include <string>

namespace bp::render {

std::string write_dot(const Drawing& drawing);

// A DOT double-quoted string.
std::string dot_quote(std::string_view value);

} // namespace bp::render
