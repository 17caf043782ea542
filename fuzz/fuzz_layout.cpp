// libFuzzer target: layout and DOT emission for any blueprint that compiles.
// Routes must stay orthogonal and the DOT must be produced for every input.

#include "compiler/driver/compile.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/render/render.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto compiled = bp::driver::compile(text, bp::driver::CompileOptions::for_file("fuzz.blueprint"));
  if (compiled.has_errors()) return 0;
  const auto layout = bp::layout::compute_layout(compiled.blueprint);
  for (const auto& route : layout.routes) {
    for (std::size_t i = 0; i + 1 < route.points.size(); ++i) {
      const auto& a = route.points[i];
      const auto& b = route.points[i + 1];
      if (std::abs(a.x - b.x) > 0.01 && std::abs(a.y - b.y) > 0.01) std::abort();
    }
  }
  bp::render::RenderOptions options;
  options.format = bp::render::Format::dot;
  options.highlight_findings = true;
  const auto drawn = bp::render::render(compiled.checked(), options);
  if (!drawn || drawn->empty()) std::abort();
  return 0;
}
