#pragma once
// The parse state: value stacks filled by the grammar's leaf rules and drained by
// the actions of whole attributes and declarations (see parser_actions.hpp).

#include "compiler/diag/check_table.hpp"
#include "compiler/diag/diagnostic.hpp"
#include "compiler/source/limits.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/syntax_tree.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace bp::grammar {
struct ErrorEntry; // grammar/errors.hpp
} // namespace bp::grammar

namespace bp::syntax {

class TreeBuilder {
public:
  TreeBuilder(const source::SourceFile& file, SyntaxTree& tree, diag::Diagnostics& diagnostics,
              const source::Limits& limits)
      : file_(file), tree_(tree), diagnostics_(diagnostics), limits_(limits) {}

  const source::Limits& limits() const { return limits_; }
  // Reports an identifier over the length limit (BP004).
  void check_id_length(const Word& word);

  const char* base() const { return file_.text().data(); }
  Span span_of(const char* begin, const char* end) const {
    return Span{static_cast<std::uint32_t>(begin - base()), static_cast<std::uint32_t>(end - base())};
  }

  SyntaxTree& tree() { return tree_; }

  // Called by the grammar's recovery points with the failed rule's entry; `at` is
  // a byte offset. The message is written here, not when the grammar raises.
  void on_syntax_error(const grammar::ErrorEntry& error, std::size_t at);
  // The parser skipped [begin, end) to recover from the error just reported.
  void on_skipped(std::size_t begin, std::size_t end);
  // A diagnostic found while building values (a bad `\u{...}`), not by the grammar.
  void report(Span span, std::string message, std::string hint = {}, diag::CheckId code = diag::checks::syntax);

  std::vector<Word> words;
  std::vector<Text> texts;
  std::vector<Quantity> quantities;
  // The clauses of a step head whose ids the words stack could not tell apart.
  std::optional<Word> via;
  std::vector<Word> personas;
  std::vector<Word> clauses; // the keywords of the step head's clauses, as written

  // Builds an attribute from everything on the stacks (the attribute's own values).
  Attr take_attr(const char* begin, const char* end);

private:
  const source::SourceFile& file_;
  SyntaxTree& tree_;
  diag::Diagnostics& diagnostics_;
  const source::Limits& limits_;
  std::size_t last_error_at_ = static_cast<std::size_t>(-1);
};

// Decodes a string literal's escapes; reports a `\u{...}` that is no code point.
Text decode_string(std::string_view literal, Span span, TreeBuilder& builder);

// Seconds in `30s`, `1h30min`, ...; the grammar guarantees the shape.
double parse_duration(std::string_view text);

// The value of unsigned decimal digits with an optional `.` ("0.5"): infinity when
// too large for a double (the model reports it), 0 when too small to be anything
// else (a thousand zeros after the point is a tiny positive value, not an error).
double decimal_value(std::string_view digits);

} // namespace bp::syntax
