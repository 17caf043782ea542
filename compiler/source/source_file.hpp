#pragma once
// One source text with its name and a line index: byte offsets to 1-based line and
// column (columns count code points, as the contract says) and UTF-16 columns for LSP.
//
// The files of one compile share one offset space, as a compiler's source manager
// does: the compiled file starts at 0 and each imported file at its `base`, after
// the files before it, so a Span names its file without carrying it. Every method
// here takes and gives offsets in that space; only `text()` is indexed from 0.

#include "compiler/source/span.hpp"

#include <algorithm>
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
  SourceFile(std::string name, std::string text, std::size_t base = 0);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  bool had_bom() const { return had_bom_; }
  // The offset of text()[0] and the one past its end, in the compile's space.
  std::size_t base() const { return base_; }
  std::size_t end() const { return base_ + text_.size(); }
  bool contains(std::size_t offset) const { return offset >= base_ && offset <= end(); }
  // The index into text() of an offset of this file (clamped to the text).
  std::size_t local(std::size_t offset) const { return std::min(offset < base_ ? 0 : offset - base_, text_.size()); }

  std::size_t line_count() const { return line_starts_.size(); }
  Location location(std::size_t offset) const;
  // The 1-based line that holds a byte offset.
  std::size_t line_of(std::size_t offset) const;
  // The text of a 1-based line without its line ending ("\n" or "\r\n").
  std::string_view line_text(std::size_t line) const;
  std::size_t line_start(std::size_t line) const { return base_ + line_starts_.at(line - 1); }

  // LSP positions: 0-based line and UTF-16 code unit offset within it.
  std::size_t utf16_column(std::size_t offset) const;
  std::size_t offset_at_utf16(std::size_t line0, std::size_t utf16_column) const;

private:
  std::string name_;
  std::string text_;
  std::size_t base_ = 0;
  bool had_bom_ = false;
  std::vector<std::size_t> line_starts_;
  // Columns at every `column_stride` bytes of long lines: a column is counted on
  // from the nearest mark before it, so many diagnostics on one long line cost
  // linear time in any order, not quadratic.
  struct ColumnMark {
    std::size_t offset;      // a code point boundary
    std::size_t code_points; // from the line's start to `offset`
    std::size_t utf16_units; // the same in UTF-16 code units
  };
  static constexpr std::size_t column_stride = 1024;
  std::vector<ColumnMark> marks_; // sorted by offset
  void mark_long_line(std::size_t start, std::size_t end);
  // The last mark at or before `offset` on the line starting at `start`; a mark
  // at the line's start when there is none.
  ColumnMark mark_before(std::size_t start, std::size_t offset) const;
};

} // namespace bp::source
