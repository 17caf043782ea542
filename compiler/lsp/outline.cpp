// Document symbols: the blueprint's outline, actors, standards, stages with their
// steps, and flows. (Workspace symbols: file_symbols.cpp.)

#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::lsp {

namespace {

// LSP SymbolKind values.
constexpr int kind_namespace = 3, kind_class = 5, kind_constant = 14, kind_event = 24, kind_operator = 25;

DocumentSymbol symbol(const Analysis& a, const std::string& name, const std::string& detail, int kind,
                      source::Span span, source::Span selection) {
  return {name, detail, kind, range_of(a.file(), span), range_of(a.file(), selection), {}, false};
}

} // namespace

std::vector<DocumentSymbol> document_symbols(const Analysis& a) {
  const model::Blueprint& b = a.blueprint();
  std::vector<DocumentSymbol> out;
  // A library's declarations are in its own outline.
  for (const model::Actor& actor : b.actors) {
    if (!a.in_document(actor.span)) continue;
    out.push_back(symbol(a, actor.id, fmt::format("{} \"{}\"", model::to_string(actor.kind), actor.label), kind_class,
                         actor.span, actor.id_span));
  }
  for (const model::Standard& s : b.standards) {
    if (a.in_document(s.span)) out.push_back(symbol(a, s.id, s.label, kind_constant, s.span, s.id_span));
  }
  for (const model::Stage& stage : b.stages) {
    DocumentSymbol node = symbol(a, stage.id, stage.label, kind_namespace, stage.span, stage.id_span);
    node.has_children = true;
    for (model::Index i : stage.steps) {
      const model::Step& s = b.steps[i];
      node.children.push_back(
          symbol(a, s.id, fmt::format("{} \"{}\"", model::to_string(s.lane), s.label), kind_event, s.span, s.id_span));
    }
    out.push_back(std::move(node));
  }
  for (const model::Flow& f : b.flows) {
    if (f.arrow == model::Arrow::journey) continue;
    const source::Span whole{f.from_span.begin, std::max(f.to_span.end, f.span.end)};
    out.push_back(symbol(a, fmt::format("{} {} {}", b.steps[f.from].id, model::to_string(f.arrow), b.steps[f.to].id),
                         f.label.value_or(""), kind_operator, whole, f.span));
  }
  std::stable_sort(out.begin(), out.end(), [](const DocumentSymbol& x, const DocumentSymbol& y) {
    return std::pair(x.range.start.line, x.range.start.character) <
           std::pair(y.range.start.line, y.range.start.character);
  });
  return out;
}

} // namespace bp::lsp
