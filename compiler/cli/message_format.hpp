#pragma once
// `--message-format human|json` of render, checklist, report and fmt (as cargo
// has it): where their diagnostics go. Human is the messages people read; JSON
// makes standard error exactly one `check --format json` document, so editors
// and CI can parse it. Problems that document has no place for (usage and I/O,
// exit 2) stay human lines, and then no document is printed.

#include "compiler/diag/report.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace bp::cli {

void add_message_format_option(CLI::App& cmd, std::string& message_format);

class DiagnosticSink {
public:
  explicit DiagnosticSink(const std::string& message_format) : json_(message_format == "json") {}

  bool json() const { return json_; }
  // A compiled file, for the JSON document (human mode prints its errors itself).
  void add(diag::FileReport report);
  // A line such as "blueprint: wrote X": standard error in human mode only.
  void progress(const std::string& line) const;
  // After a problem the document cannot express: its line is already printed,
  // and a document saying nothing would hide it.
  void suppress_document() { suppressed_ = true; }
  // Prints the JSON document (unless status is 2 or it is suppressed); returns status.
  int finish(int status) const;

private:
  bool json_;
  bool suppressed_ = false;
  std::vector<diag::FileReport> reports_;
};

} // namespace bp::cli
