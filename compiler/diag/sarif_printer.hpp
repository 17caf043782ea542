#pragma once
// SARIF 2.1.0: one run, the check table as rules (with the explain pages as help),
// every diagnostic as a result with its region.

#include "compiler/diag/report.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace bp::diag {

nlohmann::ordered_json to_sarif(const std::vector<FileReport>& reports);
std::string print_sarif(const std::vector<FileReport>& reports);

// A file path as a relative URI reference: bytes outside the unreserved set and
// `/` are percent-encoded (`<stdin>` becomes `%3Cstdin%3E`).
std::string path_to_uri(std::string_view path);

} // namespace bp::diag
