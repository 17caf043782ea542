#pragma once
// The human message for every point where the grammar can reject input: one entry
// per rule used inside must<> (and per assume_missing<> point). The control below
// refuses to compile a must<> without a message.

#include "grammar/rules.hpp"

#include <tao/pegtl.hpp>

namespace bp::grammar {

template <typename Rule> inline constexpr const char* error_message = nullptr;

#define BP_ERROR(rule, text) template <> inline constexpr const char* error_message<rule> = text

// lexical
BP_ERROR(string_char, "unterminated string: close it with `\"` before the end of the line");
BP_ERROR(string_body, "unterminated string: close it with `\"` before the end of the line");
BP_ERROR(escape_code, "unknown escape in string: use `\\\"`, `\\\\`, `\\n`, `\\t` or `\\u{...}`");
BP_ERROR(unicode_escape_open, "expected `{` after `\\u`, as in `\\u{1F600}`");
BP_ERROR(hex_digits, "expected hexadecimal digits in `\\u{...}`");
BP_ERROR(unicode_escape_close, "expected `}` to close `\\u{...}`");
BP_ERROR(duration_unit, "expected a duration unit (`s`, `min`, `h` or `d`) after the number");
BP_ERROR(duration_end, "expected a duration unit (`s`, `min`, `h` or `d`)");

// values
BP_ERROR(text_value, "expected a string in double quotes");
BP_ERROR(duration_value, "expected a duration such as `30s`, `5min`, `1.5h` or `1h30min`");
BP_ERROR(feeling_value, "expected a feeling from `-2` to `+2`");
BP_ERROR(share_value, "expected a percentage such as `95%` after `for`");
BP_ERROR(target_quantity, "expected a duration, percentage or number, as in `target <= 2min for 95%`");
BP_ERROR(comparator_value, "expected a comparator (`<=`, `<`, `>=`, `>` or `=`) after `target`");
BP_ERROR(status_value, "expected a status (`draft`, `review` or `approved`)");
BP_ERROR(dimension_value,
         "expected a SERVQUAL dimension (`reliability`, `responsiveness`, `assurance`, `empathy` or `tangibles`)");
BP_ERROR(kind_value, "expected a standard kind (`hard` or `soft`)");
BP_ERROR(severity_value, "expected a severity (`low`, `medium` or `high`)");
BP_ERROR(check_name, "expected a check name such as `missing-recovery`");

// ids and labels
BP_ERROR(actor_id, "expected an id for the actor");
BP_ERROR(actor_label, "expected the actor's label in double quotes");
BP_ERROR(standard_id, "expected an id for the standard");
BP_ERROR(standard_label, "expected the standard's label in double quotes");
BP_ERROR(stage_id, "expected an id for the stage");
BP_ERROR(stage_label, "expected the stage's label in double quotes");
BP_ERROR(step_id, "expected an id for the step");
BP_ERROR(step_label, "expected the step's label in double quotes");
BP_ERROR(actor_ref, "expected the id of a role, system or partner after `by`");
BP_ERROR(owner_ref, "expected the id of a role, system or partner after `owner`");
BP_ERROR(standard_ref, "expected the id of a standard after `meets`");
BP_ERROR(flow_end, "expected the id of a step");
BP_ERROR(flow_first_link, "expected an arrow (`->`, `~>` or `<->`)");

// blocks
BP_ERROR(blueprint_keyword, "expected `blueprint` to start the file");
BP_ERROR(blueprint_name, "expected the blueprint's name in double quotes after `blueprint`");
BP_ERROR(blueprint_open, "expected `{` to open the blueprint");
BP_ERROR(blueprint_item, "expected `stage`, `flow`, `standard`, `role`, `system`, `partner`, `description`, `owner`, "
                         "`version`, `status`, `updated`, `allow` or `}`");
BP_ERROR(blueprint_missing_close, "expected `}` to close the blueprint before the end of the file");
BP_ERROR(end_of_file, "expected the end of the file after the blueprint's closing `}`");
BP_ERROR(stage_open, "expected `{` to open the stage");
BP_ERROR(stage_item, "expected a lane (`evidence`, `customer`, `frontstage`, `backstage`, `support`), `budget`, "
                     "`note`, `allow` or `}`");
BP_ERROR(stage_missing_close, "expected `}` to close the stage");
BP_ERROR(standard_open, "expected `{` to open the standard");
BP_ERROR(standard_attr,
         "expected a standard attribute (`dimension`, `kind`, `measure`, `target`, `owner`, `note`, `allow`) or `}`");
BP_ERROR(step_attr, "expected a step attribute (`moment`, `fail`, `wait`, `meets`, `feeling`, `note`, `allow`) or `}`");
BP_ERROR(fail_item, "expected a fail point attribute (`recovery`, `owner`, `severity`) or `}`");
BP_ERROR(wait_item, "expected a wait point attribute (`expected`, `tolerance`) or `}`");

#undef BP_ERROR

// Control: raising uses the table above; a must<> point without a message does not
// compile. It throws the byte offset, not a PEGTL position: working out a line and
// column scans the input, and a file full of errors would make that quadratic.
template <typename Rule> struct control : tao::pegtl::normal<Rule> {
  static constexpr const char* error_message = grammar::error_message<Rule>;

  template <typename ParseInput, typename... States> [[noreturn]] static void raise(const ParseInput& in, States&&...) {
    static_assert(grammar::error_message<Rule> != nullptr, "add a message for this rule to grammar/errors.hpp");
    throw syntax_failure{grammar::error_message<Rule>, static_cast<std::size_t>(in.current() - in.begin())};
  }
};

} // namespace bp::grammar
