// The `blueprint` command: parses the command line and hands over to a subcommand.

#include "compiler/cli/check_command.hpp"
#include "compiler/cli/checklist_command.hpp"
#include "compiler/cli/error_line.hpp"
#include "compiler/cli/explain_command.hpp"
#include "compiler/cli/fmt_command.hpp"
#include "compiler/cli/input.hpp"
#include "compiler/cli/lsp_command.hpp"
#include "compiler/cli/render_command.hpp"
#include "compiler/cli/report_command.hpp"
#include "compiler/cli/standard_output.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/wording/catalog.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <sstream>
#include <system_error>

namespace {

// CLI11's help and version text, written as every output is, so a failed write is seen.
int print_help(const CLI::App& app, const CLI::Error& e) {
  std::ostringstream text;
  const int status = app.exit(e, text);
  bp::cli::print_out(text.str());
  return status;
}

// CLI11's usage errors repeat the argument they refuse (`--format: X not in
// {...}`): each line escaped as every other message is, so control characters
// in an argument reach the terminal as text.
int print_usage_error(const CLI::App& app, const CLI::ParseError& e) {
  std::ostringstream out, err;
  const int status = app.exit(e, out, err);
  std::istringstream lines(err.str());
  for (std::string line; std::getline(lines, line);)
    std::fprintf(stderr, "%s\n", bp::diag::escape_controls(line).c_str());
  return status;
}

int run_command(int argc, char** argv) {
  CLI::App app{"blueprint: service blueprints as text, compiled into diagrams, design checks and checklists",
               "blueprint"};
  app.set_version_flag("--version", std::string("blueprint ") + BLUEPRINT_VERSION);
  app.require_subcommand(1);
  app.fallthrough(); // options of the program work after the command's name too
  std::size_t max_file_mib = bp::cli::max_input_bytes() >> 20;
  app.add_option("--max-file-size", max_file_mib, "Largest blueprint file to read, in MiB")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  app.footer("Examples:\n"
             "  blueprint check examples/coffee-bar.blueprint\n"
             "  blueprint check --format gcc examples/*.blueprint\n"
             "  blueprint check --format json - < service.blueprint\n"
             "  blueprint explain missing-recovery\n"
             "  blueprint render examples/coffee-bar.blueprint -o coffee.png\n"
             "  blueprint fmt --write service.blueprint\n\n"
             "Run `blueprint COMMAND --help` for a command's options.");

  bp::cli::CheckOptions check;
  bp::cli::add_check_command(app, check);
  bp::cli::ExplainOptions explain;
  bp::cli::add_explain_command(app, explain);
  bp::cli::RenderCommandOptions render;
  bp::cli::add_render_command(app, render);
  bp::cli::ChecklistOptions checklist;
  bp::cli::add_checklist_command(app, checklist);
  bp::cli::ReportOptions report;
  bp::cli::add_report_command(app, report);
  bp::cli::FmtOptions fmt;
  bp::cli::add_fmt_command(app, fmt);
  bp::cli::add_lsp_command(app);

  // CLI11 would call an unknown command "a missing subcommand"; say what happened.
  const auto known = [&](const char* name) {
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == name) return true;
    }
    return false;
  };
  if (argc > 1 && argv[1][0] != '-' && !known(argv[1])) {
    bp::cli::print_error(bp::wording::msg::cli_unknown_command,
                         fmt::arg("command", bp::diag::escape_controls(argv[1])));
    return 2;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return print_help(app, e);
  } catch (const CLI::CallForAllHelp& e) {
    return print_help(app, e);
  } catch (const CLI::CallForVersion& e) {
    return print_help(app, e);
  } catch (const CLI::ParseError& e) {
    print_usage_error(app, e);
    return 2;
  }

  bp::cli::max_input_bytes() = max_file_mib << 20;
  if (app.got_subcommand("check")) return bp::cli::run_check(check);
  if (app.got_subcommand("explain")) return bp::cli::run_explain(explain);
  if (app.got_subcommand("render")) return bp::cli::run_render(render);
  if (app.got_subcommand("checklist")) return bp::cli::run_checklist(checklist);
  if (app.got_subcommand("report")) return bp::cli::run_report(report);
  if (app.got_subcommand("fmt")) return bp::cli::run_fmt(fmt);
  if (app.got_subcommand("lsp")) return bp::cli::run_lsp();
  return 2;
}

} // namespace

int main(int argc, char** argv) {
  bp::cli::reserve_standard_streams();
  try {
    return bp::cli::finish_standard_output(run_command(argc, argv));
  } catch (const std::system_error&) {
    // fmt::print throws when standard error cannot be written: nothing more
    // can be said, but the status still tells.
    return 2;
  }
}
