// libFuzzer target: any bytes through the front door (parse, model, checks) and
// every diagnostic printer. Nothing may crash, hang or break an invariant. Every
// import reads the input itself, so libraries, their cycles and duplicates across
// files are fuzzed too.

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
  bp::driver::CompileOptions options = bp::driver::CompileOptions::for_file("fuzz.blueprint");
  options.load = [&text](const std::string&) { return bp::driver::LoadedFile{text, {}}; };
  const auto result = bp::driver::compile(text, options);
  for (const auto& d : result.diagnostics) {
    const bp::source::SourceFile& file = result.file_at(d.span.begin);
    if (d.span.begin > d.span.end || d.span.begin < file.base() || d.span.end > file.end() || d.message.empty()) {
      std::abort();
    }
  }
  const std::vector<bp::diag::FileReport> reports{result.report()};
  (void)bp::diag::print_human(reports, {true});
  (void)bp::diag::print_gcc(reports);
  (void)bp::diag::print_json(reports);
  (void)bp::diag::print_sarif(reports);
  return 0;
}
