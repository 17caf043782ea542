// blueprint_generate N [SEED]: prints the generated blueprint of N steps, for the
// command-line measurements of bench/run_bench.py and for trying things by hand.

#include "bench/blueprint_generator.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: blueprint_generate STEPS [SEED]\n");
    return 2;
  }
  const unsigned long steps = std::strtoul(argv[1], nullptr, 10);
  const unsigned seed = argc == 3 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10)) : 1;
  const std::string text = bp::bench::generate_blueprint(steps, seed);
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() ? 0 : 1;
}
