#pragma once
// The model's values in words, shared by every output that describes them (the
// diagram's tooltips, the checklist's formats, the editor's hovers), so they all
// say the same thing.

#include "compiler/model/blueprint.hpp"

#include <optional>
#include <string>

namespace bp::model {

// "<= 5m for 90%".
std::string describe_target(const Target& target);
// "5m", or "not set".
std::string describe_duration(std::optional<double> seconds);
// A feeling as a signed number with a true minus: "+2", "0", "−1".
std::string describe_feeling(int feeling);
// A fail point's severity as written: v1's word ("high") or its score ("7");
// empty when it has none.
std::string describe_severity(const FailPoint& fail);
// "staff error", or "cause not given".
std::string describe_cause(std::optional<FailCause> cause);
// "by a supervisor".
std::string describe_level(RecoveryLevel level);
// "line of visibility": a line between lanes, as diagrams and messages name it.
std::string_view line_name(Line line);

} // namespace bp::model
