#pragma once
// `file:line:column: severity: message [CODE name]`, one line each, for editors'
// problem matchers.

#include "compiler/diag/report.hpp"

#include <string>

namespace bp::diag {

std::string print_gcc(const std::vector<FileReport>& reports);

} // namespace bp::diag
