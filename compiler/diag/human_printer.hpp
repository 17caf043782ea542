#pragma once
// Diagnostics for people: the source line with the offending text underlined.

#include "compiler/diag/report.hpp"

#include <string>

namespace bp::diag {

struct HumanStyle {
  bool color = false;
};

std::string print_human(const std::vector<FileReport>& reports, HumanStyle style);

} // namespace bp::diag
