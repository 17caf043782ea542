#include "compiler/diag/check_table.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace bp::diag {

namespace {

constexpr std::array table{
    CheckInfo{checks::syntax, Level::error, wording::msg::check_syntax},
    CheckInfo{checks::duplicate_id, Level::error, wording::msg::check_duplicate_id},
    CheckInfo{checks::unknown_reference, Level::error, wording::msg::check_unknown_reference},
    CheckInfo{checks::invalid_value, Level::error, wording::msg::check_invalid_value},
    CheckInfo{checks::empty_blueprint, Level::error, wording::msg::check_empty_blueprint},
    CheckInfo{checks::bad_import, Level::error, wording::msg::check_bad_import},
    CheckInfo{checks::interaction_gap, Level::warning, wording::msg::check_interaction_gap},
    CheckInfo{checks::visibility_breach, Level::warning, wording::msg::check_visibility_breach},
    CheckInfo{checks::orphan_frontstage, Level::warning, wording::msg::check_orphan_frontstage},
    CheckInfo{checks::unsupported_frontstage, Level::note, wording::msg::check_unsupported_frontstage},
    CheckInfo{checks::unreachable_step, Level::warning, wording::msg::check_unreachable_step},
    CheckInfo{checks::channel_switch_without_data, Level::warning, wording::msg::check_channel_switch_without_data},
    CheckInfo{checks::missing_recovery, Level::warning, wording::msg::check_missing_recovery},
    CheckInfo{checks::missing_owner, Level::warning, wording::msg::check_missing_owner},
    CheckInfo{checks::critical_fail_point, Level::warning, wording::msg::check_critical_fail_point},
    CheckInfo{checks::unguarded_handoff, Level::note, wording::msg::check_unguarded_handoff},
    CheckInfo{checks::wait_over_tolerance, Level::warning, wording::msg::check_wait_over_tolerance},
    CheckInfo{checks::stage_over_budget, Level::warning, wording::msg::check_stage_over_budget},
    CheckInfo{checks::broken_promise, Level::warning, wording::msg::check_broken_promise},
    CheckInfo{checks::unmitigated_risk, Level::warning, wording::msg::check_unmitigated_risk},
    CheckInfo{checks::moment_without_standard, Level::warning, wording::msg::check_moment_without_standard},
    CheckInfo{checks::unused_standard, Level::warning, wording::msg::check_unused_standard},
    CheckInfo{checks::unmeasurable_standard, Level::warning, wording::msg::check_unmeasurable_standard},
    CheckInfo{checks::uncovered_dimension, Level::note, wording::msg::check_uncovered_dimension},
    CheckInfo{checks::standard_conflict, Level::warning, wording::msg::check_standard_conflict},
    CheckInfo{checks::stage_without_customer, Level::warning, wording::msg::check_stage_without_customer},
    CheckInfo{checks::stage_without_evidence, Level::warning, wording::msg::check_stage_without_evidence},
    CheckInfo{checks::unused_actor, Level::note, wording::msg::check_unused_actor},
    CheckInfo{checks::decision_without_branches, Level::warning, wording::msg::check_decision_without_branches},
    CheckInfo{checks::unlabelled_branch, Level::warning, wording::msg::check_unlabelled_branch},
    CheckInfo{checks::shares_not_whole, Level::warning, wording::msg::check_shares_not_whole},
    CheckInfo{checks::dead_end_path, Level::warning, wording::msg::check_dead_end_path},
    CheckInfo{checks::label_shortened, Level::note, wording::msg::check_label_shortened},
};

} // namespace

std::span<const CheckInfo> all_checks() { return table; }

const CheckInfo* find_check(std::string_view code_or_name) {
  // Codes are matched without regard to case (`bp201`), names exactly. Every
  // finding is looked up, so the code is upper-cased once, not per candidate.
  std::array<char, 5> upper{};
  const bool code_sized = code_or_name.size() == upper.size();
  if (code_sized) {
    std::transform(code_or_name.begin(), code_or_name.end(), upper.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
  }
  const std::string_view code(upper.data(), code_sized ? upper.size() : 0);
  for (const CheckInfo& check : table) {
    if ((code_sized && check.code == code) || check.name == code_or_name) return &check;
  }
  return nullptr;
}

std::optional<Severity> to_severity(Level level) {
  switch (level) {
  case Level::allow: return std::nullopt;
  case Level::note: return Severity::note;
  case Level::warning: return Severity::warning;
  case Level::error: return Severity::error;
  }
  return std::nullopt;
}

const char* to_string(Level level) {
  constexpr const char* names[] = {"allow", "note", "warning", "error"};
  return names[static_cast<int>(level)];
}

// Defined in the generated check_explanations.cpp.
extern const std::pair<std::string_view, std::string_view> check_explanations[];
extern const std::size_t check_explanation_count;

std::string_view explanation(const CheckInfo& check) {
  for (std::size_t i = 0; i < check_explanation_count; ++i) {
    if (check_explanations[i].first == check.code) return check_explanations[i].second;
  }
  return {};
}

} // namespace bp::diag
