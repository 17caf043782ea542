#pragma once
// Text from a blueprint shown inside a message: quoted, control characters escaped
// (a label must not be able to drive the terminal), and long labels shortened.

#include <string>
#include <string_view>

namespace bp::diag {

// "Ticket printer jams" -> "\"Ticket printer jams\""; at most `max` code points.
std::string quoted(std::string_view text, std::size_t max = 60);

// Control characters as \u{1B}; used for any untrusted text printed to a terminal.
// The bidirectional controls count as controls: they reorder what a reader sees.
std::string escape_controls(std::string_view text);
// C0, DEL, C1, the bidirectional controls, U+2028 and U+2029: what must not reach
// a terminal raw (messages escape them, source lines show U+FFFD).
bool is_terminal_control(char32_t cp);

} // namespace bp::diag
