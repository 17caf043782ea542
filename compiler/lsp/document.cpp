#include "compiler/lsp/document.hpp"

#include "compiler/lsp/positions.hpp"

namespace bp::lsp {

Document::Document(std::string uri, std::string text, std::int64_t version)
    : uri_(std::move(uri)), text_(std::move(text)), version_(version) {}

void Document::apply_change(const nlohmann::json& change) {
  analysis_.reset();
  const std::string& replacement = change.at("text").get_ref<const std::string&>();
  if (!change.contains("range")) {
    text_ = replacement;
    return;
  }
  // Positions are in the text before this change; the previous change of the same
  // notification has already been applied, as the protocol says.
  const source::SourceFile file("", text_);
  const std::size_t bom = file.had_bom() ? 3 : 0;
  const std::size_t begin = offset_of(file, change["range"]["start"]) + bom;
  const std::size_t end = std::max(begin, offset_of(file, change["range"]["end"]) + bom);
  text_.replace(begin, end - begin, replacement);
}

const Analysis& Document::analysis() const {
  if (!analysis_) analysis_ = analyze(text_, name_of_uri(uri_));
  return *analysis_;
}

std::shared_ptr<const Analysis> analyze(std::string text, const std::string& name) {
  driver::CompileResult compiled = driver::compile(std::move(text), driver::CompileOptions::for_file(name));
  SymbolIndex index(compiled.blueprint);
  return std::make_shared<const Analysis>(Analysis{std::move(compiled), std::move(index)});
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

} // namespace

std::string name_of_uri(const std::string& uri) {
  constexpr std::string_view scheme = "file://";
  if (!uri.starts_with(scheme)) return uri;
  std::string path;
  for (std::size_t i = scheme.size(); i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && hex_value(uri[i + 1]) >= 0 && hex_value(uri[i + 2]) >= 0) {
      path += static_cast<char>(hex_value(uri[i + 1]) * 16 + hex_value(uri[i + 2]));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

} // namespace bp::lsp
