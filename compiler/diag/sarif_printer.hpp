#pragma once
// SARIF 2.1.0: one run, the check table as rules (with the explain pages as help),
// every diagnostic as a result with its region.

#include "compiler/diag/report.hpp"
#include "compiler/source/uri.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace bp::diag {

nlohmann::ordered_json to_sarif(const std::vector<FileReport>& reports);
std::string print_sarif(const std::vector<FileReport>& reports);

// Files are named by URI (compiler/source/uri.hpp).
using source::path_to_uri;

} // namespace bp::diag
