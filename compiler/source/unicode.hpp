#pragma once
// Character classes the language needs: identifier letters and display width.

namespace bp::source {

bool is_identifier_start(char32_t cp);
bool is_identifier_continue(char32_t cp);

// Terminal columns a code point occupies: 2 for East Asian wide characters,
// 0 for combining marks, 1 otherwise. Used to put a caret under the right character.
int display_width(char32_t cp);

// Spaces other than ASCII that separate tokens (no-break space, ideographic space, ...).
bool is_unicode_space(char32_t cp);

} // namespace bp::source
