#pragma once
// Text measured with the fonts that draw it. Graphviz sets labels with Pango,
// which takes each character from the first font of the diagram's family list
// that has it (fontconfig's order); this does the same: fontconfig finds the
// fonts, FreeType loads them, HarfBuzz shapes each run and gives its advances.
// Found once per process; when no font is found (a machine without fontconfig's
// fonts), `available()` is false and text_metrics uses its table instead.

#include <optional>
#include <string_view>

namespace bp::layout {

// The family list the diagram asks for (render/style.hpp names the same fonts).
inline constexpr const char* measured_families = "Noto Sans,Noto Sans CJK SC,DejaVu Sans,sans-serif";

class FontMeasure {
public:
  static FontMeasure& instance();

  bool available() const;
  // The width of one line of `text`, in ems of the font size; nothing when a
  // character is in none of the fonts (the caller measures it another way).
  std::optional<double> ems(std::string_view text, bool bold);

  FontMeasure(const FontMeasure&) = delete;
  FontMeasure& operator=(const FontMeasure&) = delete;

private:
  FontMeasure();
  ~FontMeasure();
  struct Fonts;
  Fonts* fonts_; // never freed before exit: layouts run until the process ends
};

} // namespace bp::layout
