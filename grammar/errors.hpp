#pragma once
// The human message for every point where the grammar can reject input: one entry
// per rule used inside must<> (and per assume_missing<> point). The control below
// refuses to compile a must<> without a message.

#include "grammar/rules.hpp"

#include <tao/pegtl.hpp>

#include <array>

namespace bp::grammar {

template <typename Rule> inline constexpr const char* error_message = nullptr;
// Set with each message, so the control can insist on one without comparing an
// address with null (not a constant expression under GCC's sanitizers).
template <typename Rule> inline constexpr bool has_error_message = false;

// Messages that list words are written from the vocabulary at compile time: a
// word added to the table appears in every message of its place.
namespace expected_list {

struct Writer {
  char* out = nullptr;
  bool counting = true; // only count; a flag, since testing `out` for null is not constant under sanitizers
  std::size_t size = 0;
  constexpr void put(std::string_view text) {
    for (char c : text) {
      if (!counting) out[size] = c;
      ++size;
    }
  }
};

// The words accepted by `pick`, in table order, each in backticks, joined by
// ", " and by `last` before the final one.
constexpr void words(Writer& w, bool (*pick)(const Word&), std::string_view last) {
  std::size_t total = 0, written = 0;
  for (const Word& word : vocabulary)
    total += pick(word);
  for (const Word& word : vocabulary) {
    if (!pick(word)) continue;
    if (written > 0) w.put(written + 1 == total ? last : ", ");
    w.put("`"), w.put(word.text), w.put("`");
    ++written;
  }
}

template <auto Write> constexpr auto text() {
  constexpr std::size_t size = [] {
    Writer w;
    Write(w);
    return w.size;
  }();
  std::array<char, size + 1> chars{};
  Writer w{chars.data(), false};
  Write(w);
  return chars;
}

// Storage with a static address, so a message can be a `const char*`.
template <auto Write> inline constexpr auto message = text<Write>();

template <std::uint16_t P> constexpr bool in_place(const Word& w) {
  return (w.places & P) && w.meaning != Meaning::lane;
}
template <Meaning M> constexpr bool meaning(const Word& w) { return w.meaning == M; }

// "expected a status (`draft`, `review` or `approved`)"
template <Meaning M, word_text Prefix, word_text Suffix = "">
inline constexpr const char* values = message<[](Writer& w) {
                                        w.put(Prefix.view()), w.put(" ("), words(w, meaning<M>, " or "), w.put(")"),
                                            w.put(Suffix.view());
                                      }>.data();

// "expected a step attribute (`moment`, ...) or `}`": the words of a block.
template <std::uint16_t P, word_text What>
inline constexpr const char* attributes = message<[](Writer& w) {
                                            w.put("expected a "), w.put(What.view()), w.put(" attribute (");
                                            words(w, in_place<P>, ", "), w.put(") or `}`");
                                          }>.data();

// The items a block may hold.
constexpr void blueprint_item_text(Writer& w) {
  w.put("expected "), words(w, in_place<place::top>, ", "), w.put(" or `}`");
}

constexpr void stage_item_text(Writer& w) {
  w.put("expected a lane ("), words(w, meaning<Meaning::lane>, ", "), w.put("), ");
  words(w, in_place<place::stage>, ", "), w.put(" or `}`");
}

} // namespace expected_list

#define BP_ERROR(rule, ...)                                                                                            \
  template <> inline constexpr bool has_error_message<rule> = true;                                                    \
  template <> inline constexpr const char* error_message<rule> = __VA_ARGS__

// lexical
BP_ERROR(string_char, "unterminated string: close it with `\"` before the end of the line");
BP_ERROR(string_body, "unterminated string: close it with `\"` before the end of the line");
BP_ERROR(escape_code, "unknown escape in string: use `\\\"`, `\\\\`, `\\n`, `\\t` or `\\u{...}`");
BP_ERROR(unicode_escape_open, "expected `{` after `\\u`, as in `\\u{1F600}`");
BP_ERROR(hex_digits, "expected hexadecimal digits in `\\u{...}`");
BP_ERROR(unicode_escape_close, "expected `}` to close `\\u{...}`");
BP_ERROR(duration_unit,
         (expected_list::values<Meaning::duration_unit, "expected a duration unit", " after the number">));
BP_ERROR(duration_end, (expected_list::values<Meaning::duration_unit, "expected a duration unit">));

// values
BP_ERROR(text_value, "expected a string in double quotes");
BP_ERROR(duration_value, "expected a duration such as `30s`, `5min`, `1.5h` or `1h30min`");
BP_ERROR(feeling_value, "expected a feeling from `-2` to `+2`");
BP_ERROR(share_value, "expected a percentage such as `95%` after `for`");
BP_ERROR(target_quantity, "expected a duration, percentage or number, as in `target <= 2min for 95%`");
BP_ERROR(comparator_value, (expected_list::values<Meaning::comparator, "expected a comparator", " after `target`">));
BP_ERROR(status_value, (expected_list::values<Meaning::status, "expected a status">));
BP_ERROR(dimension_value, (expected_list::values<Meaning::dimension, "expected a SERVQUAL dimension">));
BP_ERROR(kind_value, (expected_list::values<Meaning::standard_kind, "expected a standard kind">));
BP_ERROR(severity_value, (expected_list::values<Meaning::severity, "expected a severity">));
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
BP_ERROR(flow_first_link, (expected_list::values<Meaning::arrow, "expected an arrow">));

// blocks
BP_ERROR(blueprint_keyword, "expected `blueprint` to start the file");
BP_ERROR(blueprint_name, "expected the blueprint's name in double quotes after `blueprint`");
BP_ERROR(blueprint_open, "expected `{` to open the blueprint");
BP_ERROR(blueprint_item, expected_list::message<expected_list::blueprint_item_text>.data());
BP_ERROR(blueprint_missing_close, "expected `}` to close the blueprint before the end of the file");
BP_ERROR(end_of_file, "expected the end of the file after the blueprint's closing `}`");
BP_ERROR(stage_open, "expected `{` to open the stage");
BP_ERROR(stage_item, expected_list::message<expected_list::stage_item_text>.data());
BP_ERROR(stage_missing_close, "expected `}` to close the stage");
BP_ERROR(standard_open, "expected `{` to open the standard");
BP_ERROR(standard_attr, (expected_list::attributes<place::standard, "standard">));
BP_ERROR(step_attr, (expected_list::attributes<place::step, "step">));
BP_ERROR(fail_item, (expected_list::attributes<place::fail, "fail point">));
BP_ERROR(wait_item, (expected_list::attributes<place::wait, "wait point">));

#undef BP_ERROR

// Control: raising uses the table above; a must<> point without a message does not
// compile. It throws the byte offset, not a PEGTL position: working out a line and
// column scans the input, and a file full of errors would make that quadratic.
template <typename Rule> struct control : tao::pegtl::normal<Rule> {
  static constexpr const char* error_message = grammar::error_message<Rule>;

  template <typename ParseInput, typename... States> [[noreturn]] static void raise(const ParseInput& in, States&&...) {
    static_assert(grammar::has_error_message<Rule>, "add a message for this rule to grammar/errors.hpp");
    throw syntax_failure{grammar::error_message<Rule>, static_cast<std::size_t>(in.current() - in.begin())};
  }
};

} // namespace bp::grammar
