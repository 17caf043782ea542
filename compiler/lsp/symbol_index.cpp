#include "compiler/lsp/symbol_index.hpp"

#include <algorithm>

namespace bp::lsp {

using model::Symbol;
using model::SymbolKind;

SymbolIndex::SymbolIndex(const model::Blueprint& b, const syntax::SyntaxTree& tree) {
  auto add = [&](source::Span span, SymbolKind kind, model::Index index, bool declaration) {
    if (!span.empty()) occurrences_.push_back({span, {kind, index}, declaration});
  };
  for (model::Index i = 0; i < b.actors.size(); ++i)
    add(b.actors[i].id_span, SymbolKind::actor, i, true);
  for (model::Index i = 0; i < b.personas.size(); ++i)
    add(b.personas[i].id_span, SymbolKind::persona, i, true);
  for (model::Index i = 0; i < b.channels.size(); ++i)
    add(b.channels[i].id_span, SymbolKind::channel, i, true);
  for (model::Index i = 0; i < b.standards.size(); ++i) {
    const model::Standard& s = b.standards[i];
    add(s.id_span, SymbolKind::standard, i, true);
    if (s.owner) add(s.owner->span, SymbolKind::actor, s.owner->value, false);
  }
  for (model::Index i = 0; i < b.stages.size(); ++i)
    add(b.stages[i].id_span, SymbolKind::stage, i, true);
  for (model::Index i = 0; i < b.info_lanes.size(); ++i)
    add(b.info_lanes[i].id_span, SymbolKind::info_lane, i, true);
  for (model::Index i = 0; i < b.info_items.size(); ++i) {
    add(b.info_items[i].id_span, SymbolKind::info_item, i, true);
    add(b.info_items[i].lane_span, SymbolKind::info_lane, b.info_items[i].lane, false);
  }
  for (model::Index i = 0; i < b.steps.size(); ++i) {
    const model::Step& s = b.steps[i];
    add(s.id_span, SymbolKind::step, i, true);
    if (s.actor) add(s.actor->span, SymbolKind::actor, s.actor->value, false);
    if (s.channel) add(s.channel->span, SymbolKind::channel, s.channel->value, false);
    for (const auto& p : s.personas)
      add(p.span, SymbolKind::persona, p.value, false);
    for (const auto& m : s.meets)
      add(m.span, SymbolKind::standard, m.value, false);
    for (const model::FailPoint& f : s.fail_points) {
      if (f.owner) add(f.owner->span, SymbolKind::actor, f.owner->value, false);
    }
  }
  // Flows from the syntax tree: the model keeps only the links whose both ends
  // resolve, and `flow a -> typo` must still lead from `a` to its step.
  for (const syntax::Flow& f : tree.blueprint.flows) {
    for (const syntax::Word& end : f.ends) {
      const model::Symbol* symbol = b.find(end.text);
      if (symbol && symbol->kind == SymbolKind::step) add(end.span, SymbolKind::step, symbol->index, false);
    }
  }
  std::sort(occurrences_.begin(), occurrences_.end(),
            [](const Occurrence& a, const Occurrence& b) { return a.span.begin < b.span.begin; });
  occurrences_.erase(std::unique(occurrences_.begin(), occurrences_.end(),
                                 [](const Occurrence& a, const Occurrence& b) { return a.span == b.span; }),
                     occurrences_.end());
}

const Occurrence* SymbolIndex::at(std::size_t offset) const {
  auto it = std::upper_bound(occurrences_.begin(), occurrences_.end(), offset,
                             [](std::size_t at, const Occurrence& o) { return at < o.span.begin; });
  if (it == occurrences_.begin()) return nullptr;
  --it;
  return offset <= it->span.end ? &*it : nullptr;
}

std::vector<Occurrence> SymbolIndex::occurrences_of(Symbol symbol) const {
  std::vector<Occurrence> out;
  for (const Occurrence& o : occurrences_) {
    if (o.symbol == symbol) out.push_back(o);
  }
  return out;
}

const Occurrence* SymbolIndex::declaration_of(Symbol symbol) const {
  for (const Occurrence& o : occurrences_) {
    if (o.symbol == symbol && o.declaration) return &o;
  }
  return nullptr;
}

const std::string& id_of(const model::Blueprint& b, Symbol symbol) {
  switch (symbol.kind) {
  case SymbolKind::actor: return b.actors[symbol.index].id;
  case SymbolKind::standard: return b.standards[symbol.index].id;
  case SymbolKind::stage: return b.stages[symbol.index].id;
  case SymbolKind::persona: return b.personas[symbol.index].id;
  case SymbolKind::channel: return b.channels[symbol.index].id;
  case SymbolKind::info_lane: return b.info_lanes[symbol.index].id;
  case SymbolKind::info_item: return b.info_items[symbol.index].id;
  case SymbolKind::step: break;
  }
  return b.steps[symbol.index].id;
}

} // namespace bp::lsp
