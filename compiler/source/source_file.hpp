#pragma once
// One source text with its name and a line index: byte offsets to 1-based line and
// column (columns count code points, as the contract says) and UTF-16 columns for LSP.

#include "compiler/source/span.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bp::source {

struct Location {
  std::size_t line = 1;   // 1-based
  std::size_t column = 1; // 1-based, in code points

  bool operator==(const Location&) const = default;
};

class SourceFile {
public:
  // A leading UTF-8 byte order mark is dropped: editors do not show it, so
  // columns on the first line must not count it.
  SourceFile(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  bool had_bom() const { return had_bom_; }

  std::size_t line_count() const { return line_starts_.size(); }
  Location location(std::size_t offset) const;
  // The 1-based line that holds a byte offset.
  std::size_t line_of(std::size_t offset) const;
  // The text of a 1-based line without its line ending ("\n" or "\r\n").
  std::string_view line_text(std::size_t line) const;
  std::size_t line_start(std::size_t line) const { return line_starts_.at(line - 1); }

  // LSP positions: 0-based line and UTF-16 code unit offset within it. Columns
  // cost at most a few hundred bytes of decoding each, in any order, however
  // long the line (one line may hold a whole blueprint and 100,000 findings).
  std::size_t utf16_column(std::size_t offset) const;
  std::size_t offset_at_utf16(std::size_t line0, std::size_t utf16_column) const;

private:
  std::string name_;
  std::string text_;
  bool had_bom_ = false;
  std::vector<std::size_t> line_starts_;
  // The last location computed: printers ask in text order, so counting on from
  // it keeps many findings on one long line linear instead of quadratic.
  mutable std::size_t cached_offset_ = 0;
  mutable Location cached_{1, 1};
  // Every `utf16_stride` bytes or so, a code point's offset and its UTF-16 column:
  // a column is counted on from the nearest mark before it on its line. Built on
  // the first UTF-16 question; the command line never asks one.
  struct Utf16Mark {
    std::size_t offset = 0;
    std::size_t units = 0;
  };
  static constexpr std::size_t utf16_stride = 256;
  void mark_utf16_columns() const;
  mutable std::vector<Utf16Mark> utf16_marks_;
  mutable bool utf16_marked_ = false;
};

} // namespace bp::source
