#pragma once
// All design checks over a valid model, at their levels.

#include "compiler/check/levels.hpp"
#include "compiler/check/settings.hpp"
#include "compiler/diag/diagnostic.hpp"
#include "compiler/model/blueprint.hpp"

namespace bp::check {

// Findings of every check family, before levels and `allow`.
Findings find_all(const model::Blueprint& blueprint, const CheckSettings& settings = {});

diag::Diagnostics run_checks(const model::Blueprint& blueprint, const LevelOptions& options,
                             const CheckSettings& settings = {});

} // namespace bp::check
