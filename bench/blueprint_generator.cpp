#include "bench/blueprint_generator.hpp"

#include <fmt/format.h>

#include <random>
#include <vector>

namespace bp::bench {

namespace {

constexpr const char* lanes[] = {"evidence", "customer", "frontstage", "backstage", "support"};
constexpr const char* verbs[] = {"Check", "Confirm", "Prepare", "Review", "Send", "Record", "Collect", "Explain"};
constexpr const char* things[] = {"the order",   "the booking",         "the payment",       "the parcel",
                                  "the request", "the account details", "the delivery slot", "the receipt"};

struct Step {
  std::size_t id;
  int lane;
};

} // namespace

std::string generate_blueprint(std::size_t count, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  std::string out = fmt::format("blueprint \"Generated service, {} steps\" {{\n", count);
  out += "  owner \"Benchmark\"\n  version \"1\"\n  status draft\n";
  for (int r = 0; r < 6; ++r)
    out += fmt::format("  role r{} \"Role {}\"\n", r, r);
  out += "  system sys \"Core system\"\n  partner pay \"Payment partner\"\n";
  constexpr const char* dims[] = {"reliability", "responsiveness", "assurance", "empathy", "tangibles"};
  for (int s = 0; s < 10; ++s) {
    out += fmt::format("  standard std{} \"Standard {}\" {{ dimension {} kind hard measure \"minutes\" "
                       "target <= {}min for 90% owner r{} }}\n",
                       s, s, dims[s % 5], 2 + s, s % 6);
  }
  std::vector<Step> steps;
  const std::size_t per_stage = 12;
  for (std::size_t i = 0; i < count; ++i) {
    if (i % per_stage == 0) {
      if (i) out += "  }\n";
      out += fmt::format("  stage st{} \"Stage {}\" {{\n    budget {}min\n", i / per_stage, i / per_stage + 1, 30);
    }
    // Every stage has evidence and customer steps; the rest is spread over lanes.
    const std::size_t k = i % per_stage;
    const int lane = k == 0 ? 0 : k == 1 ? 1 : static_cast<int>(pick(5));
    out += fmt::format("    {} s{} \"{} {}\"", lanes[lane], i, verbs[pick(8)], things[pick(8)]);
    if (lane >= 2) out += fmt::format(" by {}", pick(3) == 0 ? "sys" : fmt::format("r{}", pick(6)));
    if (lane >= 1) out += fmt::format(" takes {}s", 10 + pick(50));
    std::string block;
    if (lane == 1 || lane == 2) {
      if (pick(6) == 0) block += fmt::format(" moment \"Moment {}\" meets std{}", i, pick(10));
      if (lane == 1 && pick(5) == 0) block += " wait \"Queue\" { expected 2min tolerance 5min }";
    }
    if (lane >= 2 && pick(4) == 0)
      block += fmt::format(" fail \"Fails {}\" {{ recovery \"Retry\" owner r{} severity medium }}", i, pick(6));
    if (!block.empty()) out += " {" + block + " }";
    out += "\n";
    steps.push_back({i, lane});
  }
  if (count) out += "  }\n";
  // ~1.6 flows per step, mostly to nearby steps, as real blueprints have.
  const char* arrows[] = {"->", "->", "~>", "<->"};
  for (std::size_t f = 0; f < count * 16 / 10 && count > 1; ++f) {
    const std::size_t a = pick(count);
    const std::size_t span = std::min<std::size_t>(count - 1, 8);
    std::size_t b = a + 1 + pick(span);
    if (b >= count) b = a >= span ? a - 1 - pick(span) : a + 1;
    if (b >= count || b == a) continue;
    out += fmt::format("  flow s{} {} s{}{}\n", a, arrows[pick(4)], b, pick(4) == 0 ? " \"data\"" : "");
  }
  return out + "}\n";
}

} // namespace bp::bench
