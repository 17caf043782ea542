#pragma once
// The one table of checks: code, name, default level and summary. Everything that
// needs to know about a check (printers, `allow`, explain, SARIF rules) reads it.

#include "compiler/diag/diagnostic.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace bp::diag {

enum class Level { allow, note, warning, error };

struct CheckInfo {
  std::string_view code;
  std::string_view name;
  Level default_level;
  std::string_view summary;
};

std::span<const CheckInfo> all_checks();

// Looks a check up by code ("BP201") or name ("missing-recovery").
const CheckInfo* find_check(std::string_view code_or_name);

std::optional<Severity> to_severity(Level level);

const char* to_string(Level level);

// The long explanation of a check: docs/checks/<code>.md, compiled in. Empty
// when the page is missing (a test makes sure none is).
std::string_view explanation(const CheckInfo& check);

} // namespace bp::diag
