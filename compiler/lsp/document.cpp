#include "compiler/lsp/document.hpp"

#include "compiler/lsp/positions.hpp"
#include "compiler/source/uri.hpp"

namespace bp::lsp {

namespace {

// One change applied to `text`; false when its range is not in the text.
bool apply(std::string& text, const ContentChange& change) {
  if (!change.range) {
    text = change.text;
    return true;
  }
  // Positions are in the text before this change; the previous change of the same
  // notification has already been applied, as the protocol says.
  const source::SourceFile file("", text);
  if (!in_text(file, change.range->start) || !in_text(file, change.range->end)) return false;
  const std::size_t bom = file.had_bom() ? 3 : 0;
  const source::Span span = span_of(file, *change.range);
  text.replace(span.begin + bom, span.end - span.begin, change.text);
  return true;
}

} // namespace

Document::Document(std::string uri, std::string text, std::int64_t version)
    : uri_(std::move(uri)), text_(std::move(text)), version_(version) {}

bool Document::apply_changes(const std::vector<ContentChange>& changes) {
  std::string text = text_;
  for (const ContentChange& change : changes) {
    if (!apply(text, change)) return false;
  }
  text_ = std::move(text);
  analysis_.reset();
  return true;
}

const Analysis& Document::analysis(const driver::FileLoader& load, std::uint64_t generation) const {
  if (analysis_ && analysis_->imports_any() && generation_ != generation) analysis_.reset();
  if (!analysis_) analysis_ = analyze(text_, source::name_of_uri(uri_), load), generation_ = generation;
  return *analysis_;
}

Location Analysis::location_of(source::Span span, const std::string& uri) const {
  const source::SourceFile& in = compiled.file_at(span.begin);
  return {&in == compiled.source.get() ? uri : source::path_to_uri(in.name()), range_of(in, span)};
}

std::shared_ptr<const Analysis> analyze(std::string text, const std::string& name, const driver::FileLoader& load) {
  driver::CompileOptions options = driver::CompileOptions::for_file(name);
  options.load = load;
  driver::CompileResult compiled = driver::compile(std::move(text), options);
  SymbolIndex index(compiled.blueprint, compiled.tree);
  return std::make_shared<const Analysis>(Analysis{std::move(compiled), std::move(index)});
}

} // namespace bp::lsp
