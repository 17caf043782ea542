#pragma once
// What the grammar says at every point where it can reject input: the table in
// grammar/errors.def maps each rule used inside must<> (and each assume_missing<>
// point) to a catalog message and the words it lists. The syntax stage writes the
// text when it reports the error (compiler/syntax/error_text.hpp), so raising one
// throws only a pointer. The control below refuses to compile a must<> without an
// entry.

#include "compiler/wording/catalog.hpp"
#include "grammar/rules.hpp"

#include <tao/pegtl.hpp>

#include <cstdint>
#include <string_view>

namespace bp::grammar {

// The words a message lists, picked from the vocabulary when the message is
// written: a word added to the table appears in every message of its place.
struct WordList {
  enum class Pick : std::uint8_t { none, meaning, place };
  Pick pick = Pick::none;
  Meaning meaning = Meaning::keyword;    // Pick::meaning: the words of this meaning
  std::uint16_t places = place::nowhere; // Pick::place: the words that start an item here, lanes apart
  bool or_last = false;                  // "`a`, `b` or `c`" rather than "`a`, `b`, `c`"

  constexpr bool lists(const Word& w) const {
    switch (pick) {
    case Pick::meaning: return has_meaning(w, meaning);
    case Pick::place: return (w.places & places) && w.meaning != Meaning::lane;
    case Pick::none: break;
    }
    return false;
  }
};

// "(`draft`, `review` or `approved`)": the values of one meaning.
constexpr WordList values_of(Meaning meaning) { return {WordList::Pick::meaning, meaning, place::nowhere, true}; }
// "`moment`, `fail`, ...": the words that start an item of a block.
constexpr WordList items_of(std::uint16_t places) { return {WordList::Pick::place, Meaning::keyword, places, false}; }
// "`evidence`, `customer`, ...": the lanes, which start the steps of a stage.
constexpr WordList lanes_list() { return {WordList::Pick::meaning, Meaning::lane, place::nowhere, false}; }

// What belongs where the error is, for the hint under the message.
enum class Expects : std::uint8_t {
  something,     // "did you mean" one of the words the message offers
  id,            // a keyword found here was meant as an id
  duration_unit, // how units are written
};

struct ErrorEntry {
  std::string_view rule; // the rule's name, for tests
  const wording::Message* message = nullptr;
  bool says_found = true; // ", found `x`" follows; false for a message that says what is wrong
  Expects expects = Expects::something;
  WordList words{}; // fills `{words}`
  WordList lanes{}; // fills `{lanes}`
};

template <typename Rule> inline constexpr ErrorEntry error_entry{};
// Set with each entry, so the control can insist on one without comparing an
// address with null (not a constant expression under GCC's sanitizers).
template <typename Rule> inline constexpr bool has_error_entry = false;

#define BP_ERROR(rule_name, message_name, ...)                                                                         \
  template <> inline constexpr bool has_error_entry<rule_name> = true;                                                 \
  template <>                                                                                                          \
  inline constexpr ErrorEntry error_entry<rule_name>{                                                                  \
      .rule = #rule_name, .message = &wording::msg::message_name __VA_OPT__(, ) __VA_ARGS__};
#include "grammar/errors.def"
#undef BP_ERROR

// Every entry of the table, in its order.
#define BP_ERROR(rule_name, ...) &error_entry<rule_name>,
inline constexpr const ErrorEntry* error_table[] = {
#include "grammar/errors.def"
};
#undef BP_ERROR

// Control: raising throws the rule's entry; a must<> point without one does not
// compile. It throws the byte offset, not a PEGTL position: working out a line and
// column scans the input, and a file full of errors would make that quadratic.
template <typename Rule> struct control : tao::pegtl::normal<Rule> {
  static constexpr const ErrorEntry& error() {
    static_assert(grammar::has_error_entry<Rule>, "add an entry for this rule to grammar/errors.def");
    return grammar::error_entry<Rule>;
  }

  template <typename ParseInput, typename... States> [[noreturn]] static void raise(const ParseInput& in, States&&...) {
    throw syntax_failure{&error(), static_cast<std::size_t>(in.current() - in.begin())};
  }
};

} // namespace bp::grammar
