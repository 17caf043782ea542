#pragma once
// What printers receive: each checked file with its diagnostics.

#include "compiler/diag/diagnostic.hpp"
#include "compiler/source/source_file.hpp"

#include <memory>
#include <string>
#include <vector>

namespace bp::diag {

struct FileReport {
  std::shared_ptr<const source::SourceFile> source;
  Diagnostics diagnostics;
  // The libraries the file imports: a diagnostic whose cause is in one of them
  // points into it (its offsets are past the file's own).
  std::vector<std::shared_ptr<const source::SourceFile>> imported{};

  // The file that holds an offset of the compile's space.
  const source::SourceFile& file_at(std::size_t offset) const;
};

Counts count(const std::vector<FileReport>& reports);

// "2 errors, 5 warnings, 1 note"
std::string summary_line(const Counts& counts);

} // namespace bp::diag
