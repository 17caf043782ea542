// libFuzzer target: any bytes through the front door (parse, model, checks) and
// every diagnostic printer. Nothing may crash, hang or break an invariant.

#include "compiler/diag/gcc_printer.hpp"
#include "compiler/diag/human_printer.hpp"
#include "compiler/diag/json_printer.hpp"
#include "compiler/diag/sarif_printer.hpp"
#include "compiler/driver/compile.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto result = bp::driver::compile(text, bp::driver::CompileOptions::for_file("fuzz.blueprint"));
  for (const auto& d : result.diagnostics) {
    if (d.span.begin > d.span.end || d.span.end > result.source->text().size() || d.message.empty()) std::abort();
  }
  const std::vector<bp::diag::FileReport> reports{{result.source, result.diagnostics}};
  (void)bp::diag::print_human(reports, {true});
  (void)bp::diag::print_gcc(reports);
  (void)bp::diag::print_json(reports);
  (void)bp::diag::print_sarif(reports);
  return 0;
}
