#pragma once
// A check's explanation (docs/checks/BPxxx.md, Markdown) as the report shows it:
// the sections a reader needs, rendered by a CommonMark library, never raw syntax.

#include <string>
#include <string_view>

namespace bp::report {

// The body of section `## heading` of a Markdown page (up to the next `## `),
// empty when the page has none.
std::string_view section_of(std::string_view page, std::string_view heading);

// Markdown to HTML, in CommonMark's safe mode: raw HTML and `javascript:` links
// are left out, whatever the text holds.
std::string markdown_html(std::string_view markdown);

} // namespace bp::report
