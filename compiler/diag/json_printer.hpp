#pragma once
// The contract's machine-readable diagnostics: one JSON document, version 1.

#include "compiler/diag/report.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace bp::diag {

nlohmann::ordered_json to_json(const std::vector<FileReport>& reports);
std::string print_json(const std::vector<FileReport>& reports);

} // namespace bp::diag
