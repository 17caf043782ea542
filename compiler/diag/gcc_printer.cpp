#include "compiler/diag/gcc_printer.hpp"

#include "compiler/diag/quote.hpp"

#include <fmt/format.h>

namespace bp::diag {

std::string print_gcc(const std::vector<FileReport>& reports) {
  std::string out;
  for (const FileReport& report : reports) {
    for (const Diagnostic& d : report.diagnostics) {
      const source::SourceFile& file = report.file_at(d.span.begin);
      const source::Location at = file.location(d.span.begin);
      // Newlines in a message would break the one-line format.
      std::string message = escape_controls(d.message);
      out += fmt::format("{}:{}:{}: {}: {} [{} {}]\n", escape_controls(file.name()), at.line, at.column,
                         to_string(d.severity), message, d.code, name_of(d.code));
    }
  }
  return out;
}

} // namespace bp::diag
