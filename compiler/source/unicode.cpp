#include "compiler/source/unicode.hpp"

#include <algorithm>
#include <iterator>

namespace bp::source {

namespace {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

#include "compiler/source/unicode_tables.inc"

template <std::size_t N> bool in_ranges(const CodePointRange (&ranges)[N], char32_t cp) {
  const auto* it = std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                                    [](char32_t value, const CodePointRange& r) { return value < r.first; });
  return it != std::begin(ranges) && cp <= std::prev(it)->last;
}

} // namespace

bool is_identifier_start(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return in_ranges(identifier_start_ranges, cp);
}

bool is_identifier_continue(char32_t cp) {
  if (cp < 0x80) return is_identifier_start(cp) || (cp >= '0' && cp <= '9');
  return in_ranges(identifier_continue_ranges, cp);
}

int display_width(char32_t cp) {
  if (cp < 0x300) return 1;
  if (in_ranges(zero_width_ranges, cp)) return 0;
  return in_ranges(wide_ranges, cp) ? 2 : 1;
}

bool is_unicode_space(char32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

bool is_bidi_control(char32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

} // namespace bp::source
