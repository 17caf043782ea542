#include "compiler/model/describe.hpp"

#include "compiler/model/value_rules.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::model {

namespace msg = wording::msg;

std::string_view line_name(Line line) {
  constexpr const wording::Message* names[] = {&msg::diagram_line_interaction, &msg::diagram_line_visibility,
                                               &msg::diagram_line_internal};
  return wording::text(*names[static_cast<int>(line)]);
}

std::string describe_target(const Target& t) {
  const std::string value = t.unit == Unit::seconds   ? format_duration(t.value)
                            : t.unit == Unit::percent ? fmt::format("{}%", t.value)
                                                      : fmt::format("{}", t.value);
  const char* comparator = to_string(t.comparator);
  if (!t.share)
    return wording::format(msg::checklist_target, fmt::arg("comparator", comparator), fmt::arg("value", value));
  return wording::format(msg::checklist_target_share, fmt::arg("comparator", comparator), fmt::arg("value", value),
                         fmt::arg("share", *t.share));
}

std::string describe_duration(std::optional<double> seconds) {
  return seconds ? format_duration(*seconds) : std::string(wording::text(msg::checklist_not_set));
}

std::string describe_feeling(int feeling) {
  if (feeling > 0) return "+" + std::to_string(feeling);
  if (feeling < 0) return "−" + std::to_string(-feeling);
  return "0";
}

std::string describe_severity(const FailPoint& fail) {
  if (fail.severity) return to_string(fail.severity->value);
  return fail.severity_score ? std::to_string(fail.severity_score->value) : std::string();
}

std::string describe_cause(std::optional<FailCause> cause) {
  constexpr const wording::Message* names[] = {&msg::model_cause_customer, &msg::model_cause_staff,
                                               &msg::model_cause_system, &msg::model_cause_partner};
  return std::string(wording::text(cause ? *names[static_cast<int>(*cause)] : msg::model_cause_none));
}

std::string describe_level(RecoveryLevel level) {
  constexpr const wording::Message* names[] = {&msg::model_level_frontline, &msg::model_level_supervisor,
                                               &msg::model_level_management};
  return std::string(wording::text(*names[static_cast<int>(level)]));
}

} // namespace bp::model
