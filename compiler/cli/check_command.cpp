#include "compiler/cli/check_command.hpp"

#include "compiler/cli/check_settings_options.hpp"
#include "compiler/cli/compiled_input.hpp"
#include "compiler/cli/error_line.hpp"
#include "compiler/cli/input.hpp"
#include "compiler/cli/standard_output.hpp"
#include "compiler/diag/gcc_printer.hpp"
#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/json_printer.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/diag/sarif_printer.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <unistd.h>

namespace bp::cli {

namespace msg = wording::msg;

namespace {

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(STDOUT_FILENO) == 1;
}

} // namespace

void add_check_command(CLI::App& app, CheckOptions& options) {
  CLI::App* check = app.add_subcommand("check", "Check blueprints and print their diagnostics");
  check->add_option("files", options.files, "Blueprint files to check; `-` reads standard input")->required();
  check->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"human", "gcc", "json", "sarif"}))
      ->capture_default_str();
  check->add_option("--color", options.color, "Colour in human output: auto (on a terminal, unless NO_COLOR is set)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  check->add_option("-A,--allow", options.allow, "Silence a check (name or code; `warnings` for all warnings)")
      ->delimiter(',')
      ->allow_extra_args(false); // one value per flag: the files that follow stay files
  check->add_option("-W,--warn", options.warn, "Report a check as a warning")->delimiter(',')->allow_extra_args(false);
  check->add_option("-D,--deny", options.deny, "Report a check as an error, failing the run; `-D warnings` for all")
      ->delimiter(',')
      ->allow_extra_args(false);
  add_check_settings_options(*check, options.settings);
  check->footer("Exit status: 0 no errors, 1 errors or denied findings, 2 usage or I/O problem.\n"
                "A check named in -A/-W/-D takes precedence over `warnings`; named by several, the strictest\n"
                "wins. `allow` written in the blueprint always silences a check where it is written.\n\n"
                "Examples:\n"
                "  blueprint check examples/coffee-bar.blueprint\n"
                "  blueprint check --deny warnings -A uncovered-dimension service.blueprint\n"
                "  blueprint check --format json service.blueprint > findings.json\n"
                "  blueprint check --format sarif examples/*.blueprint > blueprint.sarif\n"
                "  cat service.blueprint | blueprint check -");
}

std::optional<check::LevelOptions> level_options(const CheckOptions& options) {
  check::LevelOptions levels;
  const std::pair<const std::vector<std::string>*, diag::Level> groups[] = {
      {&options.allow, diag::Level::allow}, {&options.warn, diag::Level::warning}, {&options.deny, diag::Level::error}};
  for (const auto& [names, level] : groups) {
    for (const std::string& name : *names) {
      if (auto set = check::set_level(levels, name, level); !set) {
        print_error(diag::escape_controls(set.error())); // it repeats the name as given
        return std::nullopt;
      }
    }
  }
  return levels;
}

int run_check(const CheckOptions& options) {
  const std::optional<check::LevelOptions> levels = level_options(options);
  if (!levels) return 2;
  std::vector<diag::FileReport> reports;
  bool io_failed = false;
  for (const std::string& path : options.files) {
    std::optional<Input> input = read_input(path);
    if (!input) {
      io_failed = true;
      continue;
    }
    driver::CompileOptions compile_options = options_for(input->name);
    compile_options.levels = *levels;
    compile_options.settings = options.settings;
    const driver::CompileResult result = driver::compile(std::move(input->text), compile_options);
    reports.push_back(result.report());
  }
  // A JSON consumer always gets a document, even when no file could be read.
  if (!reports.empty() || options.format == "json" || options.format == "sarif") {
    std::string out = options.format == "json"    ? diag::print_json(reports)
                      : options.format == "sarif" ? diag::print_sarif(reports)
                      : options.format == "gcc"   ? diag::print_gcc(reports)
                                                  : diag::print_human(reports, {use_color(options.color)});
    print_out(out);
  }
  if (io_failed) return 2;
  return diag::count(reports).errors > 0 ? 1 : 0;
}

} // namespace bp::cli
