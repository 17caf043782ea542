#include "compiler/cli/report_command.hpp"
#include "compiler/cli/check_settings_options.hpp"

#include "compiler/cli/compiled_input.hpp"
#include "compiler/cli/error_line.hpp"
#include "compiler/cli/message_format.hpp"
#include "compiler/cli/output_file.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/report/report.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace bp::cli {

namespace msg = wording::msg;

void add_report_command(CLI::App& app, ReportOptions& options) {
  CLI::App* cmd = app.add_subcommand("report", "Write a self-contained HTML report for a client");
  cmd->add_option("file", options.file, "Blueprint file; `-` reads standard input")->required();
  cmd->add_option("-o,--output", options.output,
                  "Output file (default: next to the input, .html; `-` for standard output)");
  add_message_format_option(*cmd, options.message_format);
  add_check_settings_options(*cmd, options.settings);
  cmd->footer("The report holds the cover, summary figures, the diagram, the findings with their explanations,\n"
              "the standards checklist, SERVQUAL coverage and time per stage. It loads nothing and runs no script.\n\n"
              "Exit status: 0 written, 1 the blueprint has errors (nothing is written), 2 usage or I/O problem.\n\n"
              "Examples:\n"
              "  blueprint report examples/coffee-bar.blueprint -o coffee-report.html");
}

namespace {

int write_report_file(const ReportOptions& options, DiagnosticSink& sink) {
  const std::string ext = extension_of(options.output);
  if (!options.output.empty() && options.output != "-" && ext != "html" && ext != "htm") {
    print_error(msg::cli_report_is_html, fmt::arg("output", diag::escape_controls(options.output)));
    return 2;
  }
  CompiledInput input = compile_input(options.file, sink, options.settings);
  if (input.exit_code != 0) return input.exit_code;
  const diag::Result<std::string> page = report::write_report(input.compiled.checked());
  if (!page) {
    print_error(page.error());
    return 2;
  }
  std::string output = options.output;
  if (output.empty()) {
    output = options.file == "-" ? "-" : std::filesystem::path(options.file).replace_extension(".html").string();
  }
  if (auto written = write_output(output, *page, {options.file}); !written) {
    print_error(written.error());
    return 2;
  }
  if (output != "-") sink.progress(wording::format(msg::cli_wrote, fmt::arg("file", diag::escape_controls(output))));
  return 0;
}

} // namespace

int run_report(const ReportOptions& options) {
  DiagnosticSink sink(options.message_format);
  return sink.finish(write_report_file(options, sink));
}

} // namespace bp::cli
