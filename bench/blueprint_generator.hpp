#pragma once
// Deterministic, realistic blueprints of any size for benchmarks and scale tests:
// stages of about a dozen steps over all five lanes, ~1.6 flows per step, fail
// points with recovery, waits, moments meeting standards. The same N always gives
// the same text, on every platform (no std::*_distribution).

#include <cstddef>
#include <string>

namespace bp::bench {

std::string generate_blueprint(std::size_t steps, unsigned seed = 1);

} // namespace bp::bench
