#include "compiler/cli/compiled_input.hpp"

#include "compiler/cli/error_line.hpp"
#include "compiler/cli/input.hpp"
#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cctype>
#include <filesystem>

namespace bp::cli {

namespace msg = wording::msg;

driver::CompileOptions options_for(const std::string& name) {
  driver::CompileOptions options = driver::CompileOptions::for_file(name);
  options.limits.max_file_bytes = max_input_bytes();
  options.load = [limit = max_input_bytes()](const std::string& path) { return driver::read_from_disk(path, limit); };
  return options;
}

CompiledInput compile_input(const std::string& path, DiagnosticSink& sink, const check::CheckSettings& settings) {
  CompiledInput out;
  std::optional<Input> input = read_input(path);
  if (!input) {
    out.exit_code = 2;
    return out;
  }
  driver::CompileOptions options = options_for(input->name);
  options.settings = settings;
  out.compiled = driver::compile(std::move(input->text), options);
  // JSON gives everything `check --format json` would, warnings too.
  sink.add(out.compiled.report());
  if (!out.compiled.has_errors() && out.compiled.blueprint.library) {
    print_error(msg::cli_library_input, fmt::arg("file", diag::escape_controls(input->name)));
    out.exit_code = 1;
    return out;
  }
  if (!out.compiled.has_errors()) return out;
  out.exit_code = 1;
  if (sink.json()) return out;
  diag::Diagnostics errors;
  for (const auto& d : out.compiled.diagnostics) {
    if (d.severity == diag::Severity::error) errors.push_back(d);
  }
  diag::FileReport report = out.compiled.report();
  report.diagnostics = std::move(errors);
  fmt::print(stderr, "{}", diag::print_human({std::move(report)}, {false}));
  fmt::print(stderr, "{}\n", wording::text(msg::cli_nothing_written));
  return out;
}

std::string extension_of(const std::string& path) {
  if (path == "-") return {};
  std::string ext = std::filesystem::path(path).extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  for (char& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

} // namespace bp::cli
