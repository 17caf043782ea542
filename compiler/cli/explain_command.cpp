#include "compiler/cli/explain_command.hpp"

#include "compiler/cli/error_line.hpp"
#include "compiler/cli/standard_output.hpp"
#include "compiler/diag/check_table.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/diag/spelling.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace bp::cli {

namespace msg = wording::msg;

void add_explain_command(CLI::App& app, ExplainOptions& options) {
  CLI::App* explain = app.add_subcommand("explain", "Explain a check: what it means, why it matters, how to fix it");
  explain->add_option("check", options.check, "A check's code or name; without it, list every check");
  explain->footer("Examples:\n"
                  "  blueprint explain BP201\n"
                  "  blueprint explain missing-recovery\n"
                  "  blueprint explain");
}

int run_explain(const ExplainOptions& options) {
  if (options.check.empty()) {
    // The names' column is as wide as the longest name, so the table stays a table.
    std::size_t width = 0;
    for (const diag::CheckInfo& c : diag::all_checks())
      width = std::max(width, c.name.size());
    for (const diag::CheckInfo& c : diag::all_checks()) {
      print_out(
          fmt::format("{}  {:<{}} {:<8} {}\n", c.code, c.name, width, diag::to_string(c.default_level), c.summary()));
    }
    return 0;
  }
  const diag::CheckInfo* check = diag::find_check(options.check);
  if (!check) {
    std::vector<std::string_view> known;
    for (const diag::CheckInfo& c : diag::all_checks())
      known.push_back(c.name);
    const auto suggestion = diag::closest(options.check, known);
    if (suggestion)
      print_error(msg::cli_unknown_check, fmt::arg("check", diag::escape_controls(options.check)),
                  fmt::arg("suggestion", *suggestion));
    else
      print_error(msg::cli_unknown_check_list, fmt::arg("check", diag::escape_controls(options.check)));
    return 2;
  }
  print_out(diag::explanation(*check));
  return 0;
}

} // namespace bp::cli
