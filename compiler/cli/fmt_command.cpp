#include "compiler/cli/fmt_command.hpp"

#include "compiler/cli/error_line.hpp"
#include "compiler/cli/input.hpp"
#include "compiler/cli/message_format.hpp"
#include "compiler/cli/output_file.hpp"
#include "compiler/cli/standard_output.hpp"
#include "compiler/diag/check_table.hpp"
#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/format/formatter.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace bp::cli {

namespace msg = wording::msg;

namespace {

// The 1-based line where two texts first differ, for `--check`'s message.
std::size_t first_difference_line(std::string_view a, std::string_view b) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < a.size() && i < b.size() && a[i] == b[i]; ++i) {
    if (a[i] == '\n') ++line;
  }
  return line;
}

enum class Outcome { unchanged, changed, failed, unreadable };

Outcome format_one(const std::string& path, const FmtOptions& options, DiagnosticSink& sink) {
  std::optional<Input> input = read_input(path);
  if (!input) return Outcome::unreadable;
  driver::CompileOptions compile_options = driver::CompileOptions::for_file(input->name);
  compile_options.limits.max_file_bytes = max_input_bytes();
  compile_options.run_checks = false; // layout needs the syntax only
  const driver::CompileResult compiled = driver::compile(input->text, compile_options);
  const format::Formatted result = format::format_blueprint(*compiled.source, compiled.tree, compiled.diagnostics);
  if (result.status == format::Formatted::Status::internal_error) {
    print_error(msg::cli_fmt_internal, fmt::arg("file", diag::escape_controls(input->name)));
    sink.suppress_document(); // a bug to report, which the document has no place for
    return Outcome::failed;
  }
  const std::string* formatted = &result.text;
  // fmt runs no checks: what it reports are the syntax errors that stop it.
  diag::Diagnostics errors;
  for (const auto& d : compiled.diagnostics) {
    if (d.code == diag::checks::syntax) errors.push_back(d);
  }
  sink.add({compiled.source, errors});
  if (result.status == format::Formatted::Status::syntax_errors) {
    if (sink.json()) return Outcome::failed;
    fmt::print(stderr, "{}", diag::print_human({{compiled.source, errors}}, {false}));
    fmt::print(stderr, "{}\n",
               wording::format(msg::cli_fmt_syntax_errors, fmt::arg("file", diag::escape_controls(input->name))));
    return Outcome::failed;
  }
  const bool changed = *formatted != input->text;
  if (options.check) {
    if (changed) {
      print_out(wording::format(msg::cli_fmt_not_formatted, fmt::arg("file", diag::escape_controls(input->name)),
                                fmt::arg("line", first_difference_line(input->text, *formatted)),
                                fmt::arg("path", diag::escape_controls(path))) +
                "\n");
    }
  } else if (options.write) {
    if (changed) {
      if (auto written = write_output(path, *formatted, {}, AtLink::write_through); !written) {
        print_error(written.error());
        return Outcome::unreadable;
      }
      sink.progress(wording::format(msg::cli_formatted, fmt::arg("file", diag::escape_controls(path))));
    }
  } else {
    print_out(*formatted);
  }
  return changed ? Outcome::changed : Outcome::unchanged;
}

} // namespace

void add_fmt_command(CLI::App& app, FmtOptions& options) {
  CLI::App* fmt = app.add_subcommand("fmt", "Format blueprints in the one canonical layout");
  fmt->add_option("files", options.files, "Blueprint files; `-` reads standard input")->required();
  CLI::Option* check = fmt->add_flag("--check", options.check,
                                     "Change nothing; list the files that are not formatted "
                                     "and exit 1 if there are any");
  fmt->add_flag("--write,-w", options.write, "Rewrite the files in place (only those that change)")->excludes(check);
  add_message_format_option(*fmt, options.message_format);
  fmt->footer("Without --check or --write, the formatted text goes to standard output.\n"
              "Exit status: 0 done (or, with --check, everything formatted), 1 syntax errors or (with --check)\n"
              "files to format, 2 usage or I/O problem.\n\n"
              "Examples:\n"
              "  blueprint fmt service.blueprint\n"
              "  blueprint fmt --write examples/*.blueprint\n"
              "  blueprint fmt --check examples/*.blueprint");
}

namespace {

int format_files(const FmtOptions& options, DiagnosticSink& sink) {
  if (options.write) {
    for (const std::string& path : options.files) {
      if (path == "-") {
        print_error(msg::cli_write_stdin);
        return 2;
      }
    }
  }
  int status = 0;
  for (const std::string& path : options.files) {
    switch (format_one(path, options, sink)) {
    case Outcome::unchanged: break;
    case Outcome::changed:
      if (options.check) status = std::max(status, 1);
      break;
    case Outcome::failed: status = std::max(status, 1); break;
    case Outcome::unreadable: status = 2; break;
    }
  }
  return status;
}

} // namespace

int run_fmt(const FmtOptions& options) {
  DiagnosticSink sink(options.message_format);
  return sink.finish(finish_standard_output(format_files(options, sink)));
}

} // namespace bp::cli
