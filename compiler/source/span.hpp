#pragma once
// A span is a half-open range of byte offsets into one source text.

#include <cstdint>

namespace bp::source {

struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  bool operator==(const Span&) const = default;
  bool empty() const { return begin == end; }
};

inline Span cover(Span a, Span b) { return Span{a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end}; }

} // namespace bp::source
