#pragma once
// Levels: which findings are reported, and how severely. Each check starts at its
// default level; command-line flags change it (a check named explicitly takes
// precedence over `warnings`; when one check is named by several flags the
// strictest wins, so CI's `-D` cannot be undone by a stray `-A`); an
// `allow` in the file silences a finding on the step, stage or standard it is
// written on, or everywhere when written in the blueprint itself.

#include "compiler/check/finding.hpp"
#include "compiler/diag/check_table.hpp"
#include "compiler/diag/diagnostic.hpp"
#include "compiler/diag/result.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace bp::check {

struct LevelOptions {
  std::map<std::string, diag::Level> by_name; // check name -> level from the command line
  std::optional<diag::Level> warnings;        // `-D warnings`, `-A warnings`: every warning-level check
};

// Records a command-line level for a check given by name or code, or for all
// warnings with the name `warnings`. Fails with a message (for a usage error)
// when the name is unknown or is an error.
diag::Result<void> set_level(LevelOptions& options, std::string_view code_or_name, diag::Level level);

// Turns findings into diagnostics at their level, dropping the allowed ones.
diag::Diagnostics apply_levels(const model::Blueprint& blueprint, Findings findings, const LevelOptions& options);

} // namespace bp::check
