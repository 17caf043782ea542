#include "compiler/model/imports.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::model {

std::vector<char> standards_in_scope(const Blueprint& b) {
  std::vector<char> in_scope(b.standards.size(), 0);
  for (Index i = 0; i < b.standards.size(); ++i)
    in_scope[i] = !b.imported(b.standards[i].span);
  for (const Step& step : b.steps) {
    for (const auto& met : step.meets)
      in_scope[met.value] = 1;
  }
  return in_scope;
}

} // namespace bp::model

namespace bp::model::building {

namespace {

template <typename T> void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

void report_item(const syntax::Word& keyword, diag::Diagnostics& out) {
  namespace msg = wording::msg;
  out.push_back(diag::error(diag::checks::invalid_value, keyword.span,
                            wording::format(msg::diag_library_item, fmt::arg("keyword", keyword.text)))
                    .with_hint(wording::format(msg::diag_library_item_hint, fmt::arg("keyword", keyword.text))));
}

} // namespace

void report_library_items(const syntax::Blueprint& library, diag::Diagnostics& out) {
  for (const syntax::Attr& attr : library.attrs)
    report_item(attr.keyword, out);
  for (const syntax::Stage& stage : library.stages)
    report_item(syntax::Word{"stage", Span{stage.span.begin, stage.span.begin + 5}}, out);
  for (const syntax::Flow& flow : library.flows)
    report_item(syntax::Word{"flow", Span{flow.span.begin, flow.span.begin + 4}}, out);
}

syntax::SyntaxTree with_libraries(const syntax::SyntaxTree& tree, std::span<const LibraryTree> libraries) {
  syntax::SyntaxTree joined = tree;
  syntax::Blueprint& b = joined.blueprint;
  for (const LibraryTree& library : libraries) {
    const syntax::Blueprint& l = library.tree->blueprint;
    append(b.actors, l.actors);
    append(b.personas, l.personas);
    append(b.channels, l.channels);
    append(b.lanes, l.lanes);
    append(b.standards, l.standards);
    joined.skipped_words.insert(library.tree->skipped_words.begin(), library.tree->skipped_words.end());
  }
  return joined;
}

std::vector<Library> libraries_of(std::span<const LibraryTree> libraries) {
  std::vector<Library> out;
  for (const LibraryTree& l : libraries)
    out.push_back({l.file, l.tree->blueprint.name.value, l.range, l.imported_at});
  return out;
}

} // namespace bp::model::building
