// libFuzzer target: the formatter on any text. Whatever parses must format, the
// result must parse to the same diagnostics, and formatting it again changes
// nothing. The language server's completion and hover run on the same input, at
// a position taken from it, since they must cope with half-typed text.

#include "compiler/driver/compile.hpp"
#include "compiler/format/formatter.hpp"
#include "compiler/lsp/features.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

std::vector<std::string> codes(const bp::driver::CompileResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics)
    out.push_back(std::string(d.code) + d.message);
  return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto analysis = bp::lsp::analyze(text, "fuzz.blueprint");
  const bp::lsp::Position at{static_cast<std::uint32_t>(size % 7), static_cast<std::uint32_t>(size % 13)};
  bp::lsp::completion(*analysis, at);
  bp::lsp::hover(*analysis, at);

  const bp::format::Formatted once =
      bp::format::format_blueprint(*analysis->compiled.source, analysis->compiled.tree, analysis->compiled.diagnostics);
  if (once.status == bp::format::Formatted::Status::syntax_errors) return 0;
  if (once.status != bp::format::Formatted::Status::ok) std::abort(); // lost or changed a token
  const auto again = bp::driver::compile(once.text, bp::driver::CompileOptions::for_file("fuzz.blueprint"));
  if (codes(again) != codes(analysis->compiled)) std::abort();
  const bp::format::Formatted twice = bp::format::format_blueprint(*again.source, again.tree, again.diagnostics);
  if (twice.status != bp::format::Formatted::Status::ok || twice.text != once.text) std::abort();
  return 0;
}
