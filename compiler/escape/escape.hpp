#pragma once
// Escaping for every format text leaves the compiler in. Blueprint text is
// untrusted (it arrives from anyone's branch): it must show as written and never
// become markup, a formula or a broken table.

#include <string>
#include <string_view>

namespace bp::escape {

// Text fit for a document, decoded as UTF-8: bytes that are not UTF-8 (a file
// name can hold any) become U+FFFD, and control characters other than newline and
// tab (C0, DEL and the C1 controls U+0080-U+009F) are dropped. Every function
// below starts with it, so what is left to escape is ASCII, byte by byte.
std::string printable(std::string_view text);

// HTML text and attribute values: & < > " ' escaped; control characters dropped.
std::string html(std::string_view text);

// Markdown inline text: inline syntax characters (and `|`, which breaks tables)
// are backslash-escaped, and so are `<` and `&` where they could start HTML, an
// autolink or an entity (`<b`, `</`, `&copy`), so `<= 2min` stays readable;
// newlines become spaces. The colon of `://` and the dot of a `www.`
// are backslash-escaped too, so GFM does not turn a bare URL into a link.
std::string markdown(std::string_view text);

// Compiler messages name ids in backticks: those become code spans (Markdown) or
// <code> (HTML); everything else is escaped as above. A span is one line of at
// most 80 characters; its HTML content is escaped too, so whatever text from the
// blueprint sits between two backticks, it never becomes markup.
std::string markdown_message(std::string_view message);
std::string html_message(std::string_view message);

// One CSV field (RFC 4180): quoted when it holds a comma, quote or LF, quotes
// doubled; control characters other than newline and tab dropped. A field that
// then starts with = + - @ or a tab gets a leading apostrophe so spreadsheets
// show it instead of running it as a formula.
std::string csv_field(std::string_view text);

} // namespace bp::escape
