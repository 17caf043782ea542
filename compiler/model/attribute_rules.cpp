#include "compiler/model/attribute_rules.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/diag/spelling.hpp"
#include "compiler/model/symbols.hpp"

#include <fmt/format.h>

namespace bp::model::building {

namespace {

namespace msg = wording::msg;
using fmt::arg;

void report_unknown_check(BuilderState& state, const syntax::Word& word) {
  std::vector<std::string_view> names;
  for (const diag::CheckInfo& c : diag::all_checks())
    names.push_back(c.name);
  const std::optional<std::string> best = diag::closest(word.text, names);
  state.report(diag::error(diag::checks::unknown_reference, word.span,
                           wording::format(msg::diag_unknown_check, arg("check", word.text)))
                   .with_hint(did_you_mean(msg::diag_unknown_check_hint, best))
                   .with_replacement(best.value_or("")));
}

} // namespace

void report_given_twice(BuilderState& state, const syntax::Attr& attr, Span previous, const wording::Message& twice,
                        std::string_view id) {
  state.report(diag::error(diag::checks::invalid_value, attr.keyword.span,
                           wording::format(twice, arg("keyword", attr.keyword.text), arg("id", id)))
                   .with_hint(wording::format(msg::diag_given_twice_hint))
                   .with_related(previous, wording::format(msg::diag_given_twice_related)));
}

void allow(BuilderState& state, const syntax::Attr& attr, std::vector<Located<std::string>>& into) {
  for (const syntax::Word& word : attr.words) {
    const diag::CheckInfo* check = diag::find_check(word.text);
    if (!check) {
      report_unknown_check(state, word);
    } else if (check->default_level == diag::Level::error) {
      state.report(diag::error(diag::checks::invalid_value, word.span,
                               wording::format(msg::diag_allow_error, arg("check", check->name)))
                       .with_hint(wording::format(msg::diag_allow_error_hint)));
    } else {
      into.push_back({std::string(check->name), word.span});
    }
  }
}

} // namespace bp::model::building
