#include "compiler/model/blueprint.hpp"

#include <algorithm>

namespace bp::model {

namespace {

// The vocabulary's word for an enumerator; its texts are literals, so the view
// ends in a NUL.
template <typename E> const char* word(E value) { return grammar::word_for(value).data(); }

} // namespace

const char* to_string(Lane lane) { return word(lane); }
const char* to_string(ActorKind kind) { return word(kind); }
const char* to_string(Arrow arrow) { return arrow == Arrow::journey ? "journey" : word(arrow); }
const char* to_string(Status status) { return word(status); }
const char* to_string(Dimension dimension) { return word(dimension); }
const char* to_string(StandardKind kind) { return word(kind); }
const char* to_string(FailSeverity severity) { return word(severity); }
const char* to_string(FailCause cause) { return word(cause); }
const char* to_string(RecoveryLevel level) { return word(level); }
const char* to_string(Comparator comparator) { return word(comparator); }

const Symbol* Blueprint::find(const std::string& id) const {
  const auto it = symbols.find(id);
  return it == symbols.end() ? nullptr : &it->second;
}

const Library* Blueprint::library_of(Span at) const {
  for (const Library& library : libraries) {
    if (at.begin >= library.range.begin && at.begin <= library.range.end) return &library;
  }
  return nullptr;
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
