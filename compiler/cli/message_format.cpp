#include "compiler/cli/message_format.hpp"

#include "compiler/diag/json_printer.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace bp::cli {

void add_message_format_option(CLI::App& cmd, std::string& message_format) {
  cmd.add_option("--message-format", message_format,
                 "Diagnostics on stderr: human, or json (only `check --format json`'s document)")
      ->check(CLI::IsMember({"human", "json"}))
      ->capture_default_str();
}

void DiagnosticSink::add(diag::FileReport report) { reports_.push_back(std::move(report)); }

void DiagnosticSink::progress(const std::string& line) const {
  if (!json_) fmt::print(stderr, "{}\n", line);
}

int DiagnosticSink::finish(int status) const {
  if (json_ && status != 2 && !suppressed_) fmt::print(stderr, "{}", diag::print_json(reports_));
  return status;
}

} // namespace bp::cli
