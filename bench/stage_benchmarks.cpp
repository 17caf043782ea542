// One benchmark per stage of the pipeline, each over generated blueprints of N
// steps: parse, model, checks, the whole of `check` (compile and print), layout,
// scene and DOT emission, Graphviz drawing, checklist. Inputs of a stage are made
// once per N outside the timed loop, so each figure is that stage alone.
//
//   blueprint_bench [--sizes=100,1000,...] [--max-graphviz-steps=N] [benchmark flags]

#include "bench/blueprint_generator.hpp"
#include "bench/heap_counter.hpp"
#include "compiler/check/run_checks.hpp"
#include "compiler/checklist/checklist.hpp"
#include "compiler/checklist/writers.hpp"
#include "compiler/diag/gcc_printer.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/layout/layout.hpp"
#include "compiler/model/builder.hpp"
#include "compiler/render/dot_writer.hpp"
#include "compiler/render/gv.hpp"
#include "compiler/render/scene_builder.hpp"
#include "compiler/syntax/parser.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bp::bench {
namespace {

// Everything a stage may start from, made once per size.
struct Fixture {
  std::string text;
  driver::CompileResult compiled;
  layout::Layout layout;
  render::Drawing drawing;
};

const Fixture& fixture(std::size_t steps) {
  static std::map<std::size_t, std::unique_ptr<Fixture>> cache;
  auto& slot = cache[steps];
  if (!slot) {
    slot = std::make_unique<Fixture>();
    slot->text = generate_blueprint(steps);
    slot->compiled = driver::compile(slot->text, driver::CompileOptions::for_file("generated.blueprint"));
    if (slot->compiled.has_errors()) std::abort(); // the generator must produce valid blueprints
    slot->layout = layout::compute_layout(slot->compiled.blueprint);
    slot->drawing = render::build_scene(slot->compiled.blueprint, slot->layout);
  }
  return *slot;
}

std::size_t steps_of(const benchmark::State& state) { return static_cast<std::size_t>(state.range(0)); }

// Throughput is always in bytes of blueprint text, so stages compare.
void finish(benchmark::State& state, const Fixture& f) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.text.size()));
  state.counters["steps"] = static_cast<double>(steps_of(state));
  state.counters["file_bytes"] = static_cast<double>(f.text.size());
}

void parse(benchmark::State& state) {
  const Fixture& f = fixture(steps_of(state));
  for (auto _ : state) {
    source::SourceFile file("generated.blueprint", f.text);
    benchmark::DoNotOptimize(syntax::parse(file));
  }
  finish(state, f);
}

void model(benchmark::State& state) {
  const Fixture& f = fixture(steps_of(state));
  for (auto _ : state) {
    diag::Diagnostics diagnostics;
    benchmark::DoNotOptimize(model::build(f.compiled.tree, diagnostics));
  }
  finish(state, f);
}

void checks(benchmark::State& state) {
  const Fixture& f = fixture(steps_of(state));
  for (auto _ : state)
    benchmark::DoNotOptimize(check::run_checks(f.compiled.blueprint, {}));
  finish(state, f);
}

// `blueprint check --format gcc`: text in, the printed diagnostics out.
void check_command(benchmark::State& state) {
  const Fixture& f = fixture(steps_of(state));
  for (auto _ : state) {
    driver::CompileResult compiled = driver::compile(f.text, driver::CompileOptions::for_file("generated.blueprint"));
    std::vector<diag::FileReport> reports{{compiled.source, std::move(compiled.diagnostics)}};
    benchmark::DoNotOptimize(diag::print_gcc(reports));
  }
  finish(state, f);
}

void layout_stage(benchmark::State& state) {
  const Fixture& f = fixture(steps_of(state));
  for (auto _ : state)
    benchmark::DoNotOptimize(layout::compute_layout(f.compiled.blueprint));
  finish(state, f);
}

void dot_emission(benchmark::State& state) {
  const Fixture& f = fixture(steps_of(state));
  for (auto _ : state) {
    const render::Drawing drawing = render::build_scene(f.compiled.blueprint, f.layout);
    benchmark::DoNotOptimize(render::write_dot(drawing));
  }
  finish(state, f);
}

void graphviz_svg(benchmark::State& state) {
  const Fixture& f = fixture(steps_of(state));
  for (auto _ : state)
    benchmark::DoNotOptimize(render::render_with_graphviz(f.drawing, "svg"));
  finish(state, f);
}

void checklist_stage(benchmark::State& state) {
  const Fixture& f = fixture(steps_of(state));
  for (auto _ : state)
    benchmark::DoNotOptimize(checklist::write_markdown(checklist::evaluate(f.compiled.checked())));
  finish(state, f);
}

struct Settings {
  std::vector<std::int64_t> sizes{100, 1000, 3000, 10000, 100000};
  std::int64_t max_graphviz_steps = 10000; // drawing 100,000 steps takes minutes
};

std::vector<std::int64_t> parse_sizes(std::string_view list) {
  std::vector<std::int64_t> sizes;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    sizes.push_back(std::strtoll(std::string(list.substr(0, comma)).c_str(), nullptr, 10));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return sizes;
}

// Takes our own flags out of argv, leaving Google Benchmark's.
Settings take_settings(int& argc, char** argv) {
  Settings settings;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--sizes=")) {
      settings.sizes = parse_sizes(arg.substr(8));
    } else if (arg.starts_with("--max-graphviz-steps=")) {
      settings.max_graphviz_steps = std::strtoll(argv[i] + 21, nullptr, 10);
    } else {
      argv[kept++] = argv[i];
    }
  }
  argc = kept;
  return settings;
}

void register_all(const Settings& settings) {
  using Fn = void (*)(benchmark::State&);
  const std::pair<const char*, Fn> stages[] = {
      {"parse", parse},
      {"model", model},
      {"checks", checks},
      {"check", check_command},
      {"layout", layout_stage},
      {"dot", dot_emission},
      {"graphviz_svg", graphviz_svg},
      {"checklist", checklist_stage},
  };
  for (const auto& [name, fn] : stages) {
    benchmark::internal::Benchmark* b = benchmark::RegisterBenchmark(name, fn)->Unit(benchmark::kMillisecond);
    for (std::int64_t n : settings.sizes) {
      if (fn == graphviz_svg && n > settings.max_graphviz_steps) continue;
      b->Arg(n);
    }
  }
}

} // namespace
} // namespace bp::bench

int main(int argc, char** argv) {
  const bp::bench::Settings settings = bp::bench::take_settings(argc, argv);
  bp::bench::register_all(settings);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  static bp::bench::HeapMemoryManager memory;
  benchmark::RegisterMemoryManager(&memory);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::RegisterMemoryManager(nullptr);
  benchmark::Shutdown();
  return 0;
}
