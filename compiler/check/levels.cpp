#include "compiler/check/levels.hpp"

#include "compiler/diag/spelling.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace bp::check {

namespace {

bool names(const std::vector<model::Located<std::string>>& allowed, std::string_view name) {
  return std::any_of(allowed.begin(), allowed.end(), [&](const auto& a) { return a.value == name; });
}

bool allowed_in_file(const model::Blueprint& b, const Subject& subject, std::string_view name) {
  if (names(b.allowed, name)) return true;
  for (Index step : subject.steps) {
    if (names(b.steps[step].allowed, name) || names(b.stages[b.steps[step].stage].allowed, name)) return true;
  }
  if (subject.stage && names(b.stages[*subject.stage].allowed, name)) return true;
  return subject.standard && names(b.standards[*subject.standard].allowed, name);
}

diag::Level level_of(const diag::CheckInfo& check, const LevelOptions& options) {
  const auto it = options.by_name.find(std::string(check.name));
  if (it != options.by_name.end()) return it->second; // named explicitly: `warnings` does not apply
  if (options.warnings && check.default_level == diag::Level::warning) return *options.warnings;
  return check.default_level;
}

} // namespace

diag::Result<void> set_level(LevelOptions& options, std::string_view code_or_name, diag::Level level) {
  if (code_or_name == "warnings") {
    options.warnings = options.warnings ? std::max(*options.warnings, level) : level;
    return diag::success();
  }
  const diag::CheckInfo* check = diag::find_check(code_or_name);
  if (!check) {
    std::vector<std::string_view> known;
    for (const diag::CheckInfo& c : diag::all_checks())
      known.push_back(c.name);
    const auto suggestion = diag::closest(code_or_name, known);
    if (!suggestion)
      return diag::failure(wording::format(wording::msg::diag_unknown_check, fmt::arg("check", code_or_name)));
    return diag::failure(wording::format(wording::msg::diag_unknown_check_suggestion, fmt::arg("check", code_or_name),
                                         fmt::arg("suggestion", *suggestion)));
  }
  if (check->default_level == diag::Level::error) {
    return diag::failure(wording::format(wording::msg::diag_error_not_allowable, fmt::arg("check", check->name),
                                         fmt::arg("code", check->code)));
  }
  auto [it, inserted] = options.by_name.emplace(std::string(check->name), level);
  if (!inserted) it->second = std::max(it->second, level);
  return diag::success();
}

diag::Diagnostics apply_levels(const model::Blueprint& b, Findings findings, const LevelOptions& options) {
  diag::Diagnostics out;
  for (Finding& f : findings) {
    const diag::CheckInfo* check = diag::find_check(f.code);
    if (!check || allowed_in_file(b, f.subject, check->name)) continue;
    const auto severity = diag::to_severity(level_of(*check, options));
    if (!severity) continue;
    diag::Diagnostic d = diag::finding(check->id, *severity, f.span, std::move(f.message)).with_hint(std::move(f.hint));
    d.related = std::move(f.related);
    out.push_back(std::move(d));
  }
  return out;
}

} // namespace bp::check
