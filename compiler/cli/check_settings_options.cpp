#include "compiler/cli/check_settings_options.hpp"

namespace bp::cli {

void add_check_settings_options(CLI::App& command, check::CheckSettings& settings) {
  // The highest RPN is 10 × 10 × 10.
  command
      .add_option("--rpn-threshold", settings.rpn_threshold,
                  "Risk priority number over which a fail point needs a prevention or a recovery (BP208)")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
}

} // namespace bp::cli
