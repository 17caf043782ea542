#pragma once
// What a check reports: a diagnostic-to-be plus the elements it is about, so
// `allow` on a step, stage or standard can silence it there.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/model/blueprint.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::check {

using model::Index;
using source::Span;

struct Subject {
  std::vector<Index> steps; // a flow finding is about both ends
  std::optional<Index> stage;
  std::optional<Index> standard;
};

struct Finding {
  std::string_view code;
  Span span;
  std::string message;
  std::string hint;
  std::vector<diag::Related> related;
  Subject subject;
};

using Findings = std::vector<Finding>;

} // namespace bp::check
