#include "compiler/layout/font_measure.hpp"

#include "compiler/source/utf8.hpp"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb-ft.h>
#include <hb.h>

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace bp::layout {

namespace {

// FreeType sizes the face at 1,000 pixels per em, unhinted, so advances are the
// design's own and one measurement serves every font size.
constexpr int measure_ppem = 1000;
// Fonts fontconfig offers per weight, best first; later ones only fill gaps.
constexpr int max_fallback_fonts = 12;
// Measured words kept; past this the cache starts again (a bounded memory).
constexpr std::size_t max_cached_words = 1u << 20;

struct Face {
  FT_Face ft = nullptr;
  hb_font_t* hb = nullptr;
  FcCharSet* charset = nullptr; // owned by the pattern set
};

// One weight: its fonts in fontconfig's order, and which one each character uses.
struct Weight {
  FcFontSet* set = nullptr;
  std::vector<Face> faces;
  std::unordered_map<char32_t, int> face_of; // -1: in none of them
};

bool open_face(FT_Library library, FcPattern* font, Face& out) {
  FcChar8* file = nullptr;
  int index = 0;
  if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) return false;
  FcPatternGetInteger(font, FC_INDEX, 0, &index);
  if (FT_New_Face(library, reinterpret_cast<const char*>(file), index, &out.ft) != 0) return false;
  // A bitmap font (colour emoji) has no advances at our size: leave it to the table.
  if (!FT_IS_SCALABLE(out.ft) || FT_Set_Pixel_Sizes(out.ft, 0, measure_ppem) != 0) {
    FT_Done_Face(out.ft);
    out.ft = nullptr;
    return false;
  }
  out.hb = hb_ft_font_create_referenced(out.ft);
  hb_ft_font_set_load_flags(out.hb, FT_LOAD_NO_HINTING);
  FcPatternGetCharSet(font, FC_CHARSET, 0, &out.charset);
  return true;
}

Weight load_weight(FT_Library library, int fc_weight) {
  Weight w;
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(measured_families));
  FcPatternAddInteger(pattern, FC_WEIGHT, fc_weight);
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  w.set = FcFontSort(nullptr, pattern, FcTrue, nullptr, &result);
  FcPatternDestroy(pattern);
  if (!w.set) return w;
  for (int i = 0; i < w.set->nfont && static_cast<int>(w.faces.size()) < max_fallback_fonts; ++i) {
    Face face;
    if (open_face(library, w.set->fonts[i], face)) w.faces.push_back(face);
  }
  return w;
}

} // namespace

struct FontMeasure::Fonts {
  std::mutex mutex; // the language server measures from more than one thread
  FT_Library library = nullptr;
  Weight regular, bold;
  std::unordered_map<std::string, double> words; // key: 'r' or 'b', then the text

  int face_for(Weight& w, char32_t cp) {
    const auto [it, inserted] = w.face_of.try_emplace(cp, -1);
    if (!inserted) return it->second;
    for (int i = 0; i < static_cast<int>(w.faces.size()); ++i) {
      if (w.faces[i].charset && FcCharSetHasChar(w.faces[i].charset, cp)) return it->second = i;
    }
    return -1;
  }

  // One run in one face, shaped: its advances, in ems.
  static double shaped(const Face& face, std::string_view run) {
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, run.data(), static_cast<int>(run.size()), 0, static_cast<int>(run.size()));
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(face.hb, buffer, nullptr, 0);
    unsigned int count = 0;
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    double advance = 0;
    for (unsigned int i = 0; i < count; ++i)
      advance += positions[i].x_advance;
    hb_buffer_destroy(buffer);
    return advance / 64.0 / measure_ppem; // 26.6 fixed point at measure_ppem
  }

  // Splits the text into runs of one face each, as Pango does, and adds them up.
  std::optional<double> measure(std::string_view text, Weight& w) {
    double ems = 0;
    std::size_t start = 0;
    int current = -2;
    for (std::size_t pos = 0; pos <= text.size();) {
      int face = -2;
      std::size_t next = pos;
      if (pos < text.size()) {
        const source::Decoded d = source::decode(text, pos);
        next = pos + std::max<std::size_t>(1, d.length);
        face = face_for(w, d.code_point);
        if (face < 0) return std::nullopt;
      }
      if (face != current) {
        if (current >= 0) ems += shaped(w.faces[current], text.substr(start, pos - start));
        start = pos;
        current = face;
      }
      if (pos == text.size()) break;
      pos = next;
    }
    return ems;
  }
};

FontMeasure& FontMeasure::instance() {
  static FontMeasure* const measure = new FontMeasure(); // see fonts_
  return *measure;
}

FontMeasure::FontMeasure() : fonts_(new Fonts) {
  if (!FcInit() || FT_Init_FreeType(&fonts_->library) != 0) return;
  fonts_->regular = load_weight(fonts_->library, FC_WEIGHT_REGULAR);
  fonts_->bold = load_weight(fonts_->library, FC_WEIGHT_BOLD);
}

FontMeasure::~FontMeasure() = default;

bool FontMeasure::available() const { return !fonts_->regular.faces.empty() && !fonts_->bold.faces.empty(); }

std::optional<double> FontMeasure::ems(std::string_view text, bool bold) {
  if (!available()) return std::nullopt;
  std::lock_guard<std::mutex> lock(fonts_->mutex);
  std::string key;
  key.reserve(text.size() + 1);
  key += bold ? 'b' : 'r';
  key += text;
  if (const auto it = fonts_->words.find(key); it != fonts_->words.end()) return it->second;
  const std::optional<double> ems = fonts_->measure(text, bold ? fonts_->bold : fonts_->regular);
  if (!ems) return std::nullopt;
  if (fonts_->words.size() >= max_cached_words) fonts_->words.clear();
  fonts_->words.emplace(std::move(key), *ems);
  return ems;
}

} // namespace bp::layout
