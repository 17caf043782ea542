#include "compiler/diag/check_table.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace bp::diag {

namespace {

constexpr std::array table{
    CheckInfo{checks::syntax, Level::error, "the text does not match the grammar"},
    CheckInfo{checks::duplicate_id, Level::error, "an id is declared twice"},
    CheckInfo{checks::unknown_reference, Level::error, "a reference names nothing declared"},
    CheckInfo{checks::invalid_value, Level::error, "a value is out of range or an attribute is in the wrong place"},
    CheckInfo{checks::empty_blueprint, Level::error, "the blueprint has no stage, or a stage has no step"},
    CheckInfo{checks::interaction_gap, Level::warning, "a customer step meets no frontstage step or evidence"},
    CheckInfo{checks::visibility_breach, Level::warning,
              "a customer or evidence step connects straight to the backstage"},
    CheckInfo{checks::orphan_frontstage, Level::warning, "a frontstage step reaches no customer step"},
    CheckInfo{checks::unsupported_frontstage, Level::note, "a frontstage step has no backstage or support behind it"},
    CheckInfo{checks::unreachable_step, Level::warning, "a backstage or support step has no flow"},
    CheckInfo{checks::missing_recovery, Level::warning, "a fail point has no recovery"},
    CheckInfo{checks::missing_owner, Level::warning, "a fail point has no owner"},
    CheckInfo{checks::critical_fail_point, Level::warning, "a fail point sits on or right before a moment of truth"},
    CheckInfo{checks::unguarded_handoff, Level::note, "a hand-off across a line between actors has no fail point"},
    CheckInfo{checks::wait_over_tolerance, Level::warning, "a wait's expected time exceeds its tolerance"},
    CheckInfo{checks::stage_over_budget, Level::warning, "a stage's customer-visible time exceeds its budget"},
    CheckInfo{checks::moment_without_standard, Level::warning, "a moment of truth meets no standard"},
    CheckInfo{checks::unused_standard, Level::warning, "a standard is met by no step"},
    CheckInfo{checks::unmeasurable_standard, Level::warning, "a standard has no measure or no target"},
    CheckInfo{checks::uncovered_dimension, Level::note, "a SERVQUAL dimension has no standard"},
    CheckInfo{checks::standard_conflict, Level::warning, "a step breaks a time standard it claims to meet"},
    CheckInfo{checks::stage_without_customer, Level::warning, "a stage has no customer step"},
    CheckInfo{checks::stage_without_evidence, Level::warning, "a stage with customer steps has no evidence"},
    CheckInfo{checks::unused_actor, Level::note, "an actor performs no step and owns nothing"},
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
