#pragma once
// What a check reports: a diagnostic-to-be plus the elements it is about, so
// `allow` on a step, stage or standard can silence it there.

#include "compiler/diag/check_table.hpp"
#include "compiler/diag/diagnostic.hpp"
#include "compiler/model/blueprint.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bp::check {

using model::Index;
using source::Span;

struct Subject {
  std::vector<Index> steps; // a flow finding is about both ends
  std::optional<Index> stage;
  std::optional<Index> standard;
};

// Built with check::finding(...), like diag::error: never positionally.
struct Finding {
  diag::CheckId code;
  Span span;
  std::string message;
  std::string hint;
  std::vector<diag::Related> related;
  Subject subject;

  [[nodiscard]] Finding with_hint(std::string text) && {
    hint = std::move(text);
    return std::move(*this);
  }
  [[nodiscard]] Finding with_related(Span at, std::string text) && {
    related.push_back({at, std::move(text)});
    return std::move(*this);
  }
};

// A finding of `check` about `subject`; its severity comes from the check's level.
inline Finding finding(diag::CheckId check, Span span, std::string message, Subject subject) {
  return Finding{check, span, std::move(message), {}, {}, std::move(subject)};
}

using Findings = std::vector<Finding>;

} // namespace bp::check
