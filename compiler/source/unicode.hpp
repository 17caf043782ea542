#pragma once
// Character classes the language and the outputs need: identifier letters,
// display width, and the control characters no output may pass on raw.

namespace bp::source {

bool is_identifier_start(char32_t cp);
bool is_identifier_continue(char32_t cp);

// Terminal columns a code point occupies: 2 for East Asian wide characters,
// 0 for combining marks, 1 otherwise. Used to put a caret under the right character.
int display_width(char32_t cp);

// Spaces other than ASCII that separate tokens (no-break space, ideographic space, ...).
bool is_unicode_space(char32_t cp);

// C0 controls (newline and tab included: callers decide about those), DEL and the
// C1 controls U+0080-U+009F (U+009B is a terminal's CSI, U+0085 a line break).
// Every output drops, replaces or escapes them.
bool is_control(char32_t cp);

// The bidirectional embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069): they reorder how the text around them is displayed.
bool is_bidi_control(char32_t cp);

} // namespace bp::source
