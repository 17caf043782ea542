#include "compiler/source/source_file.hpp"

#include "compiler/source/utf8.hpp"

#include <algorithm>
#include <iterator>

namespace bp::source {

namespace {
constexpr std::string_view bom = "\xEF\xBB\xBF";

std::size_t utf16_units(const Decoded& d) { return d.code_point >= 0x10000 ? 2 : 1; }
} // namespace

SourceFile::SourceFile(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
  if (std::string_view(text_).substr(0, bom.size()) == bom) {
    text_.erase(0, bom.size());
    had_bom_ = true;
  }
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Location SourceFile::location(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = line_of(offset);
  const std::size_t start = line_starts_[line - 1];
  std::size_t from = start;
  std::size_t column = 1;
  if (cached_.line == line && cached_offset_ >= start && cached_offset_ <= offset) {
    from = cached_offset_, column = cached_.column;
  }
  column += count_code_points(std::string_view(text_).substr(from, offset - from));
  cached_offset_ = offset;
  cached_ = Location{line, column};
  return cached_;
}

std::string_view SourceFile::line_text(std::size_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

std::size_t SourceFile::line_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                  line_starts_.begin());
}

// Decoding each line from its start, as utf16_column would: counting on from a
// mark then visits the same code points as counting from the line's start.
void SourceFile::mark_utf16_columns() const {
  utf16_marked_ = true;
  std::size_t next = utf16_stride;
  for (std::size_t line = 0; line < line_starts_.size(); ++line) {
    const std::size_t end = line + 1 < line_starts_.size() ? line_starts_[line + 1] : text_.size();
    std::size_t units = 0;
    for (std::size_t pos = line_starts_[line]; pos < end;) {
      if (pos >= next) {
        utf16_marks_.push_back({pos, units});
        next = pos + utf16_stride;
      }
      const Decoded d = decode(text_, pos);
      units += utf16_units(d);
      pos += d.length;
    }
  }
}

std::size_t SourceFile::utf16_column(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  if (!utf16_marked_) mark_utf16_columns();
  std::size_t pos = line_starts_[line_of(offset) - 1];
  std::size_t units = 0;
  const auto mark = std::upper_bound(utf16_marks_.begin(), utf16_marks_.end(), offset,
                                     [](std::size_t at, const Utf16Mark& m) { return at < m.offset; });
  if (mark != utf16_marks_.begin() && std::prev(mark)->offset >= pos) {
    pos = std::prev(mark)->offset;
    units = std::prev(mark)->units;
  }
  while (pos < offset) {
    const Decoded d = decode(text_, pos);
    units += utf16_units(d);
    pos += d.length;
  }
  return units;
}

std::size_t SourceFile::offset_at_utf16(std::size_t line0, std::size_t utf16_column) const {
  if (line0 >= line_starts_.size()) return text_.size();
  const std::string_view line = line_text(line0 + 1);
  const std::size_t start = line_starts_[line0];
  std::size_t units = 0;
  std::size_t pos = 0;
  while (pos < line.size() && units < utf16_column) {
    const Decoded d = decode(line, pos);
    units += utf16_units(d);
    pos += d.length;
  }
  return start + pos;
}

} // namespace bp::source
