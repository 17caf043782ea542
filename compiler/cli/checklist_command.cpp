#include "compiler/cli/checklist_command.hpp"
#include "compiler/cli/check_settings_options.hpp"

#include "compiler/checklist/writers.hpp"
#include "compiler/cli/compiled_input.hpp"
#include "compiler/cli/error_line.hpp"
#include "compiler/cli/message_format.hpp"
#include "compiler/cli/output_file.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::cli {

namespace msg = wording::msg;

void add_checklist_command(CLI::App& app, ChecklistOptions& options) {
  CLI::App* cmd = app.add_subcommand("checklist", "Write the standards checklist: what to verify, stage by stage");
  cmd->add_option("file", options.file, "Blueprint file; `-` reads standard input")->required();
  cmd->add_option("-o,--output", options.output, "Output file (default: standard output)");
  cmd->add_option("--format", options.format,
                  "md, html, csv, xlsx or json (default: from the output's extension, else md)")
      ->check(CLI::IsMember({"md", "html", "csv", "xlsx", "json"}));
  cmd->add_flag("--bom", options.bom, "Start CSV with a UTF-8 byte order mark (for Excel)");
  add_message_format_option(*cmd, options.message_format);
  add_check_settings_options(*cmd, options.settings);
  cmd->footer("Exit status: 0 written, 1 the blueprint has errors (nothing is written), 2 usage or I/O problem.\n\n"
              "Examples:\n"
              "  blueprint checklist examples/coffee-bar.blueprint\n"
              "  blueprint checklist service.blueprint -o audit.csv --bom\n"
              "  blueprint checklist service.blueprint -o audit.xlsx   # for the auditor on site\n"
              "  blueprint checklist service.blueprint -o checklist.html");
}

namespace {

int write_checklist(const ChecklistOptions& options, DiagnosticSink& sink) {
  std::string format = options.format;
  if (format.empty()) {
    const std::string ext = extension_of(options.output);
    format = ext.empty() || ext == "markdown" ? "md" : ext == "htm" ? "html" : ext;
    if (format != "md" && format != "html" && format != "csv" && format != "xlsx" && format != "json") {
      print_error(msg::cli_unknown_format, fmt::arg("output", diag::escape_controls(options.output)),
                  fmt::arg("formats", "md|html|csv|xlsx|json"));
      return 2;
    }
  }
  if (options.bom && format != "csv") {
    print_error(msg::cli_bom_csv_only);
    return 2;
  }
  CompiledInput input = compile_input(options.file, sink, options.settings);
  if (input.exit_code != 0) return input.exit_code;
  const checklist::Checklist list = checklist::evaluate(input.compiled.checked());
  diag::Result<std::string> text = format == "html"   ? checklist::write_html(list)
                                   : format == "csv"  ? checklist::write_csv(list, options.bom)
                                   : format == "xlsx" ? checklist::write_xlsx(list)
                                   : format == "json" ? checklist::write_json(list)
                                                      : checklist::write_markdown(list);
  if (!text) {
    print_error(text.error());
    return 2;
  }
  if (auto written = write_output(options.output, *text, {options.file}); !written) {
    print_error(written.error());
    return 2;
  }
  if (options.output != "-")
    sink.progress(wording::format(msg::cli_wrote, fmt::arg("file", diag::escape_controls(options.output))));
  return 0;
}

} // namespace

int run_checklist(const ChecklistOptions& options) {
  DiagnosticSink sink(options.message_format);
  return sink.finish(write_checklist(options, sink));
}

} // namespace bp::cli
