#pragma once
// How the driver reads the libraries a file imports: the command line reads the
// disk, the language server prefers the editor's open documents, and tests and
// fuzzers give the files themselves.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace bp::driver {

struct LoadedFile {
  std::optional<std::string> text;
  std::string error; // why there is no text ("No such file or directory")
};

// Called with the import's path joined to the importing file's folder and
// normalised (`examples/shared/dealer.blueprint`).
using FileLoader = std::function<LoadedFile(const std::string& path)>;

// A regular file of at most `max_bytes`, never a device or a FIFO (opened without
// blocking, so an import of one cannot hang the compile).
LoadedFile read_from_disk(const std::string& path, std::size_t max_bytes);

} // namespace bp::driver
