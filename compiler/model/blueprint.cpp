#include "compiler/model/blueprint.hpp"

#include <algorithm>

namespace bp::model {

const char* to_string(Lane lane) {
  constexpr const char* names[] = {"evidence", "customer", "frontstage", "backstage", "support"};
  return names[static_cast<int>(lane)];
}
const char* to_string(Line line) {
  constexpr const char* names[] = {"line of interaction", "line of visibility", "line of internal interaction"};
  return names[static_cast<int>(line)];
}
const char* to_string(ActorKind kind) {
  constexpr const char* names[] = {"role", "system", "partner"};
  return names[static_cast<int>(kind)];
}
const char* to_string(Arrow arrow) {
  constexpr const char* names[] = {"->", "~>", "<->", "journey"};
  return names[static_cast<int>(arrow)];
}
const char* to_string(Status status) {
  constexpr const char* names[] = {"draft", "review", "approved"};
  return names[static_cast<int>(status)];
}
const char* to_string(Dimension dimension) {
  constexpr const char* names[] = {"reliability", "responsiveness", "assurance", "empathy", "tangibles"};
  return names[static_cast<int>(dimension)];
}
const char* to_string(StandardKind kind) { return kind == StandardKind::hard ? "hard" : "soft"; }
const char* to_string(FailSeverity severity) {
  constexpr const char* names[] = {"low", "medium", "high"};
  return names[static_cast<int>(severity)];
}
const char* to_string(Comparator comparator) {
  constexpr const char* names[] = {"<=", "<", ">=", ">", "="};
  return names[static_cast<int>(comparator)];
}

const Symbol* Blueprint::find(const std::string& id) const {
  const auto it = symbols.find(id);
  return it == symbols.end() ? nullptr : &it->second;
}

std::vector<Line> lines_between(Lane a, Lane b) {
  // Line i lies below lane i + 1 (customer is lane 1, interaction is line 0).
  const int top = std::min(static_cast<int>(a), static_cast<int>(b));
  const int bottom = std::max(static_cast<int>(a), static_cast<int>(b));
  std::vector<Line> lines;
  for (int line = 0; line < 3; ++line) {
    const int above = line + 1; // the lane just above this line
    if (top <= above && bottom > above) lines.push_back(static_cast<Line>(line));
  }
  return lines;
}

} // namespace bp::model
