#pragma once
// File names and URIs, both ways: SARIF and the language server name files by
// URI, diagnostics and the compiler by path.

#include <string>
#include <string_view>

namespace bp::source {

// A file path as a relative URI reference: bytes outside the unreserved set and
// `/` are percent-encoded (`<stdin>` becomes `%3Cstdin%3E`); an absolute path
// becomes a `file://` URI.
std::string path_to_uri(std::string_view path);

// The file name of a `file://` URI, percent-decoded; any other URI unchanged.
std::string name_of_uri(std::string_view uri);

} // namespace bp::source
