#pragma once
// The one table of checks: code, name, default level and summary. Everything that
// needs to know about a check (printers, `allow`, explain, SARIF rules) reads it.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/wording/catalog.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace bp::diag {

enum class Level { allow, note, warning, error };

// One constant per check; the table below is built from them, so a code and its
// name cannot disagree between the places that report a check and the table.
namespace checks {
inline constexpr CheckId syntax = detail::declare_check("BP001", "syntax");
inline constexpr CheckId duplicate_id = detail::declare_check("BP002", "duplicate-id");
inline constexpr CheckId unknown_reference = detail::declare_check("BP003", "unknown-reference");
inline constexpr CheckId invalid_value = detail::declare_check("BP004", "invalid-value");
inline constexpr CheckId empty_blueprint = detail::declare_check("BP005", "empty-blueprint");
inline constexpr CheckId bad_import = detail::declare_check("BP006", "bad-import");
inline constexpr CheckId interaction_gap = detail::declare_check("BP101", "interaction-gap");
inline constexpr CheckId visibility_breach = detail::declare_check("BP102", "visibility-breach");
inline constexpr CheckId orphan_frontstage = detail::declare_check("BP103", "orphan-frontstage");
inline constexpr CheckId unsupported_frontstage = detail::declare_check("BP104", "unsupported-frontstage");
inline constexpr CheckId unreachable_step = detail::declare_check("BP105", "unreachable-step");
inline constexpr CheckId channel_switch_without_data = detail::declare_check("BP106", "channel-switch-without-data");
inline constexpr CheckId missing_recovery = detail::declare_check("BP201", "missing-recovery");
inline constexpr CheckId missing_owner = detail::declare_check("BP202", "missing-owner");
inline constexpr CheckId critical_fail_point = detail::declare_check("BP203", "critical-fail-point");
inline constexpr CheckId unguarded_handoff = detail::declare_check("BP204", "unguarded-handoff");
inline constexpr CheckId wait_over_tolerance = detail::declare_check("BP205", "wait-over-tolerance");
inline constexpr CheckId stage_over_budget = detail::declare_check("BP206", "stage-over-budget");
inline constexpr CheckId broken_promise = detail::declare_check("BP207", "broken-promise");
inline constexpr CheckId unmitigated_risk = detail::declare_check("BP208", "unmitigated-risk");
inline constexpr CheckId moment_without_standard = detail::declare_check("BP301", "moment-without-standard");
inline constexpr CheckId unused_standard = detail::declare_check("BP302", "unused-standard");
inline constexpr CheckId unmeasurable_standard = detail::declare_check("BP303", "unmeasurable-standard");
inline constexpr CheckId uncovered_dimension = detail::declare_check("BP304", "uncovered-dimension");
inline constexpr CheckId standard_conflict = detail::declare_check("BP305", "standard-conflict");
inline constexpr CheckId stage_without_customer = detail::declare_check("BP401", "stage-without-customer");
inline constexpr CheckId stage_without_evidence = detail::declare_check("BP402", "stage-without-evidence");
inline constexpr CheckId unused_actor = detail::declare_check("BP403", "unused-actor");
inline constexpr CheckId decision_without_branches = detail::declare_check("BP404", "decision-without-branches");
inline constexpr CheckId unlabelled_branch = detail::declare_check("BP405", "unlabelled-branch");
inline constexpr CheckId shares_not_whole = detail::declare_check("BP406", "shares-not-whole");
inline constexpr CheckId dead_end_path = detail::declare_check("BP407", "dead-end-path");
inline constexpr CheckId label_shortened = detail::declare_check("BP408", "label-shortened");
} // namespace checks

struct CheckInfo {
  constexpr CheckInfo(CheckId id, Level default_level, const wording::Message& summary)
      : id(id), code(id.code()), name(id.name()), default_level(default_level), summary_message(&summary) {}

  CheckId id;
  std::string_view code;
  std::string_view name;
  Level default_level;
  const wording::Message* summary_message; // what the check finds, in a line

  std::string_view summary() const { return wording::text(*summary_message); }
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
