#pragma once
// The one table of checks: code, name, default level and summary. Everything that
// needs to know about a check (printers, `allow`, explain, SARIF rules) reads it.

#include "compiler/diag/diagnostic.hpp"

#include <optional>
#include <span>
#include <string_view>

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

} // namespace bp::diag
