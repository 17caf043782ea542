// libFuzzer target: every text output of a valid blueprint: the checklist in
// Markdown, HTML, CSV and JSON. (The report and images go through Graphviz, which
// is not ours to fuzz; the DOT they start from is fuzzed in fuzz_layout.)

#include "compiler/checklist/writers.hpp"
#include "compiler/driver/compile.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto compiled = bp::driver::compile(text, bp::driver::CompileOptions::for_file("fuzz.blueprint"));
  if (compiled.has_errors()) return 0;
  const auto checklist = bp::checklist::evaluate(compiled.checked());
  const std::string html = bp::checklist::write_html(checklist);
  // Escaping: no text from the blueprint may open an element in the HTML.
  if (html.find("<script") != std::string::npos || html.find("<img") != std::string::npos) std::abort();
  (void)bp::checklist::write_markdown(checklist);
  (void)bp::checklist::write_csv(checklist, true);
  (void)bp::checklist::write_json(checklist);
  return 0;
}
