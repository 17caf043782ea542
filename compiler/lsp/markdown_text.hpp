#pragma once
// Text from a blueprint inside the server's Markdown (hovers). Labels arrive from
// anyone's branch: they must show as written and never become a link, an image,
// HTML, emphasis, or a heading or list of their own.

#include <string>
#include <string_view>

namespace bp::lsp {

// Every ASCII punctuation character backslash-escaped (CommonMark shows each as
// itself: no `[`, `<`, `!`, `*`, `#`, `.`, `:` or `@` is left to start markup or
// a bare autolink), and line breaks and other control characters as spaces, so
// the text stays inline in the line it is put in.
std::string markdown_text(std::string_view text);

} // namespace bp::lsp
