#include "compiler/model/value_rules.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/model/risk.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <cmath>

namespace bp::model {

namespace {

namespace msg = wording::msg;
using fmt::arg;

void invalid(diag::Diagnostics& out, const syntax::Quantity& q, std::string message, std::string hint) {
  out.push_back(diag::error(diag::checks::invalid_value, q.span, std::move(message)).with_hint(std::move(hint)));
}

} // namespace

std::optional<double> checked_number(const syntax::Quantity& q, diag::Diagnostics& out) {
  if (!std::isfinite(q.value)) {
    invalid(out, q, wording::format(msg::diag_number_out_of_range),
            wording::format(msg::diag_number_out_of_range_hint));
    return std::nullopt;
  }
  return q.value;
}

std::optional<double> checked_duration(const syntax::Quantity& q, diag::Diagnostics& out) {
  if (!std::isfinite(q.value) || q.value > max_duration_seconds) {
    invalid(out, q, wording::format(msg::diag_duration_out_of_range),
            wording::format(msg::diag_duration_out_of_range_hint));
    return std::nullopt;
  }
  return q.value;
}

std::optional<double> checked_percent(const syntax::Quantity& q, diag::Diagnostics& out) {
  if (!std::isfinite(q.value) || q.value > 100) {
    invalid(out, q, wording::format(msg::diag_percent_out_of_range, arg("percent", q.value)),
            wording::format(msg::diag_percent_out_of_range_hint));
    return std::nullopt;
  }
  return q.value;
}

std::optional<int> checked_feeling(const syntax::Quantity& q, diag::Diagnostics& out) {
  if (!std::isfinite(q.value) || q.value < -2 || q.value > 2 || q.value != std::floor(q.value)) {
    invalid(out, q, wording::format(msg::diag_feeling_out_of_range),
            wording::format(msg::diag_feeling_out_of_range_hint));
    return std::nullopt;
  }
  return static_cast<int>(q.value);
}

std::optional<int> checked_score(const syntax::Quantity& q, std::string_view keyword, diag::Diagnostics& out) {
  if (!std::isfinite(q.value) || q.value < min_score || q.value > max_score || q.value != std::floor(q.value)) {
    invalid(out, q, wording::format(msg::diag_score_out_of_range, arg("keyword", keyword)),
            wording::format(msg::diag_score_out_of_range_hint));
    return std::nullopt;
  }
  return static_cast<int>(q.value);
}

std::string format_duration(double seconds) {
  if (seconds == 0) return "0s";
  std::string out;
  auto take = [&](double unit, const char* name) {
    if (seconds >= unit) {
      const double whole = std::floor(seconds / unit);
      out += fmt::format("{}{}", whole, name);
      seconds -= whole * unit;
    }
  };
  take(86400, "d");
  take(3600, "h");
  take(60, "min");
  if (seconds > 0) out += fmt::format("{}s", std::round(seconds * 1000) / 1000);
  return out;
}

} // namespace bp::model
