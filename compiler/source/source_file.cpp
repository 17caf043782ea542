#include "compiler/source/source_file.hpp"

#include "compiler/source/utf8.hpp"

#include <algorithm>

namespace bp::source {

namespace {
constexpr std::string_view bom = "\xEF\xBB\xBF";
}

SourceFile::SourceFile(std::string name, std::string text, std::size_t base)
    : name_(std::move(name)), text_(std::move(text)), base_(base) {
  if (std::string_view(text_).substr(0, bom.size()) == bom) {
    text_.erase(0, bom.size());
    had_bom_ = true;
  }
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] != '\n') continue;
    mark_long_line(line_starts_.back(), i);
    line_starts_.push_back(i + 1);
  }
  mark_long_line(line_starts_.back(), text_.size());
}

// Steps the way count_code_points does, so counting on from a mark gives what
// counting from the line's start would.
void SourceFile::mark_long_line(std::size_t start, std::size_t end) {
  if (end - start <= column_stride) return;
  const std::string_view line = std::string_view(text_).substr(start, end - start);
  ColumnMark at{start, 0, 0};
  std::size_t next = column_stride;
  for (std::size_t pos = 0; pos < line.size();) {
    if (pos >= next) {
      marks_.push_back(at);
      next = pos + column_stride;
    }
    const Decoded d = decode(line, pos);
    const std::size_t length = static_cast<unsigned char>(line[pos]) < 0x80 ? 1 : d.length;
    pos += length;
    at = ColumnMark{start + pos, at.code_points + 1, at.utf16_units + (d.code_point >= 0x10000 ? 2 : 1)};
  }
}

SourceFile::ColumnMark SourceFile::mark_before(std::size_t start, std::size_t offset) const {
  const auto it = std::upper_bound(marks_.begin(), marks_.end(), offset,
                                   [](std::size_t o, const ColumnMark& m) { return o < m.offset; });
  if (it == marks_.begin() || std::prev(it)->offset < start) return ColumnMark{start, 0, 0};
  return *std::prev(it);
}

std::size_t SourceFile::line_of(std::size_t offset) const {
  offset = local(offset);
  return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                  line_starts_.begin());
}

Location SourceFile::location(std::size_t offset) const {
  offset = local(offset);
  const std::size_t line = line_of(base_ + offset);
  const ColumnMark mark = mark_before(line_starts_[line - 1], offset);
  const std::string_view rest = std::string_view(text_).substr(mark.offset, offset - mark.offset);
  return Location{line, 1 + mark.code_points + count_code_points(rest)};
}

std::string_view SourceFile::line_text(std::size_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

std::size_t SourceFile::utf16_column(std::size_t offset) const {
  offset = local(offset);
  const ColumnMark mark = mark_before(line_starts_[line_of(base_ + offset) - 1], offset);
  std::size_t units = mark.utf16_units;
  for (std::size_t pos = mark.offset; pos < offset;) {
    const Decoded d = decode(text_, pos);
    units += d.code_point >= 0x10000 ? 2 : 1;
    pos += d.length;
  }
  return units;
}

std::size_t SourceFile::offset_at_utf16(std::size_t line0, std::size_t utf16_column) const {
  if (line0 >= line_starts_.size()) return end();
  const std::string_view line = line_text(line0 + 1);
  const std::size_t start = line_starts_[line0];
  // Start from the line's last mark at or before the column.
  auto first = std::lower_bound(marks_.begin(), marks_.end(), start,
                                [](const ColumnMark& m, std::size_t o) { return m.offset < o; });
  auto last = std::upper_bound(first, marks_.end(), start + line.size(),
                               [](std::size_t o, const ColumnMark& m) { return o < m.offset; });
  auto mark = std::upper_bound(first, last, utf16_column,
                               [](std::size_t units, const ColumnMark& m) { return units < m.utf16_units; });
  std::size_t units = 0;
  std::size_t pos = 0;
  if (mark != first) units = std::prev(mark)->utf16_units, pos = std::prev(mark)->offset - start;
  while (pos < line.size() && units < utf16_column) {
    const Decoded d = decode(line, pos);
    units += d.code_point >= 0x10000 ? 2 : 1;
    pos += d.length;
  }
  return base_ + start + pos;
}

} // namespace bp::source
