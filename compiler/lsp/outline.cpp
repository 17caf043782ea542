// Document symbols (the blueprint's outline: actors, standards, stages with their
// steps, flows) and workspace symbols.

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

int kind_of(model::SymbolKind kind) {
  switch (kind) {
  case model::SymbolKind::stage: return kind_namespace;
  case model::SymbolKind::actor: return kind_class;
  case model::SymbolKind::standard: return kind_constant;
  case model::SymbolKind::step: break;
  }
  return kind_event;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

} // namespace

std::vector<DocumentSymbol> document_symbols(const Analysis& a) {
  const model::Blueprint& b = a.blueprint();
  std::vector<DocumentSymbol> out;
  for (const model::Actor& actor : b.actors)
    out.push_back(symbol(a, actor.id, fmt::format("{} \"{}\"", model::to_string(actor.kind), actor.label), kind_class,
                         actor.span, actor.id_span));
  for (const model::Standard& s : b.standards)
    out.push_back(symbol(a, s.id, s.label, kind_constant, s.span, s.id_span));
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

void workspace_symbols(const Analysis& a, const std::string& uri, const std::string& query,
                       std::vector<SymbolInformation>& out) {
  const model::Blueprint& b = a.blueprint();
  const std::string q = lower(query);
  auto add = [&](const std::string& id, const std::string& label, model::SymbolKind kind, source::Span span,
                 const std::string& container) {
    if (!q.empty() && lower(id).find(q) == std::string::npos && lower(label).find(q) == std::string::npos) return;
    out.push_back({id, kind_of(kind), {uri, range_of(a.file(), span)}, container});
  };
  for (const model::Actor& x : b.actors)
    add(x.id, x.label, model::SymbolKind::actor, x.id_span, b.name);
  for (const model::Standard& x : b.standards)
    add(x.id, x.label, model::SymbolKind::standard, x.id_span, b.name);
  for (const model::Stage& x : b.stages)
    add(x.id, x.label, model::SymbolKind::stage, x.id_span, b.name);
  for (const model::Step& x : b.steps)
    add(x.id, x.label, model::SymbolKind::step, x.id_span, b.stages[x.stage].label);
}

} // namespace bp::lsp
