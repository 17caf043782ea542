#pragma once
// Error recovery: after a syntax error inside an item, skip to the next point where
// parsing can resume (a stage, step or flow keyword, or the closing brace of the
// enclosing block) and go on, so one run reports every syntax error.
//
// Sync keywords are never valid inside a nested block, so skipping stops at them
// whatever the brace depth; a `}` stops it only when it closes the enclosing block.

#include "grammar/char_rules.hpp"
#include "grammar/lexer.hpp"

#include <tao/pegtl.hpp>

#include <cstddef>
#include <string_view>

namespace bp::grammar {

struct ErrorEntry; // grammar/errors.hpp

// What a failed must<> throws: the rule's error entry and the byte offset of the
// failure. The message is written where the error is reported, not here.
struct syntax_failure {
  const ErrorEntry* error;
  std::size_t offset;
};

namespace recovery_detail {

// Walks whole tokens from `from` until reaching `to`: returns where the token
// holding `to` ends (so skipping never starts inside a string) and the brace depth
// opened on the way.
struct TokenWalk {
  std::size_t end;
  int depth;
};
inline TokenWalk walk_tokens(std::string_view text, std::size_t from, std::size_t to) {
  int depth = 0;
  while (from < to) {
    if (text[from] == '{') ++depth;
    if (text[from] == '}' && depth > 0) --depth;
    from += token_length(text, from);
  }
  return {from, depth};
}

// True when only spaces separate `pos` from an earlier token on the same line.
inline bool continues_line(std::string_view text, std::size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
    --pos;
  return pos > 0 && text[pos - 1] != '\n' && text[pos - 1] != '\r';
}

// Where skipping stops, starting at `pos` with `depth` braces open.
template <typename Sync> std::size_t skip_to_sync(std::string_view text, std::size_t pos, int depth) {
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '}') {
      if (depth == 0) return pos;
      --depth;
    } else if (c == '{') {
      ++depth;
    } else if (is_identifier_start_at(text, pos) && Sync::stops_at(text.substr(pos, identifier_end(text, pos) - pos))) {
      return pos;
    }
    pos += token_length(text, pos);
  }
  return pos;
}

} // namespace recovery_detail

// Matches Rule; on a syntax error inside it, reports the error to the state, skips
// to the next sync point of `Sync` and succeeds. Always consumes input unless at the
// end, so loops around it terminate.
template <typename Rule, typename Sync> struct recoverable {
  using rule_t = recoverable;
  using subs_t = pegtl::type_list<Rule>;

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename State>
  static bool match(ParseInput& in, State& state) {
    const char* start = in.current();
    try {
      return Control<Rule>::template match<A, pegtl::rewind_mode::required, Action, Control>(in, state);
    } catch (const syntax_failure& e) {
      const std::string_view text(in.begin(), static_cast<std::size_t>(in.end() - in.begin()));
      const std::size_t item_start = static_cast<std::size_t>(start - in.begin());
      std::size_t error_at = e.offset;
      state.on_syntax_error(*e.error, error_at);
      if (error_at < item_start) error_at = item_start;
      auto [from, depth] = recovery_detail::walk_tokens(text, item_start, error_at);
      // A keyword in the middle of the broken line (`frontstage support "..."`)
      // belongs to the error, not to the next statement.
      if (from == error_at && from < text.size() && from > item_start && recovery_detail::continues_line(text, from)) {
        from += token_length(text, from);
      }
      std::size_t resume = recovery_detail::skip_to_sync<Sync>(text, from, depth);
      if (resume == item_start && resume < text.size()) resume += token_length(text, resume);
      state.on_skipped(item_start, resume);
      in.bump(resume - static_cast<std::size_t>(in.current() - in.begin()));
      return resume > item_start || in.empty();
    }
  }
};

// Reports the error of `Rule` at the current position without consuming
// anything and succeeds: used where a missing `}` can be assumed and parsing goes on.
template <typename Rule> struct assume_missing {
  using rule_t = assume_missing;
  using subs_t = pegtl::empty_list;

  template <pegtl::apply_mode, pegtl::rewind_mode, template <typename...> class, template <typename...> class Control,
            typename ParseInput, typename State>
  static bool match(ParseInput& in, State& state) {
    state.on_syntax_error(Control<Rule>::error(), static_cast<std::size_t>(in.current() - in.begin()));
    return true;
  }
};

} // namespace bp::grammar

template <typename Name, typename Rule, typename Sync>
struct tao::pegtl::analyze_traits<Name, bp::grammar::recoverable<Rule, Sync>> : analyze_seq_traits<Rule> {};

template <typename Name, typename Rule>
struct tao::pegtl::analyze_traits<Name, bp::grammar::assume_missing<Rule>> : analyze_opt_traits<> {};
