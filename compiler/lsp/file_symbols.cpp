#include "compiler/lsp/file_symbols.hpp"

#include "compiler/lsp/positions.hpp"

#include <algorithm>

namespace bp::lsp {

namespace {

// LSP SymbolKind values.
constexpr int kind_namespace = 3, kind_class = 5, kind_interface = 11, kind_constant = 14, kind_struct = 23,
              kind_event = 24;

int kind_of(model::SymbolKind kind) {
  switch (kind) {
  case model::SymbolKind::stage: return kind_namespace;
  case model::SymbolKind::actor: return kind_class;
  case model::SymbolKind::standard: return kind_constant;
  case model::SymbolKind::persona: return kind_struct;
  case model::SymbolKind::channel: return kind_interface;
  case model::SymbolKind::info_lane: return kind_namespace;
  case model::SymbolKind::info_item: return kind_constant;
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

std::size_t heap_bytes(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

} // namespace

std::size_t FileSymbols::bytes() const {
  std::size_t n = sizeof(*this) + containers.capacity() * sizeof(std::string) + symbols.capacity() * sizeof(FileSymbol);
  for (const std::string& c : containers)
    n += heap_bytes(c);
  for (const FileSymbol& s : symbols)
    n += heap_bytes(s.id) + heap_bytes(s.label);
  return n;
}

FileSymbols file_symbols(const Analysis& a) {
  const model::Blueprint& b = a.blueprint();
  FileSymbols out;
  out.containers.push_back(b.name);
  for (const model::Stage& x : b.stages)
    out.containers.push_back(x.label);
  auto add = [&](const std::string& id, const std::string& label, model::SymbolKind kind, source::Span span,
                 std::uint32_t container) {
    // A library's declarations are its own file's symbols.
    if (a.in_document(span)) out.symbols.push_back({id, label, kind, range_of(a.file(), span), container});
  };
  for (const model::Actor& x : b.actors)
    add(x.id, x.label, model::SymbolKind::actor, x.id_span, 0);
  for (const model::Standard& x : b.standards)
    add(x.id, x.label, model::SymbolKind::standard, x.id_span, 0);
  for (const model::Stage& x : b.stages)
    add(x.id, x.label, model::SymbolKind::stage, x.id_span, 0);
  for (const model::Step& x : b.steps)
    add(x.id, x.label, model::SymbolKind::step, x.id_span, static_cast<std::uint32_t>(x.stage + 1));
  for (const model::InfoLane& x : b.info_lanes)
    add(x.id, x.title, model::SymbolKind::info_lane, x.id_span, 0);
  for (const model::InfoItem& x : b.info_items)
    add(x.id, x.label, model::SymbolKind::info_item, x.id_span, static_cast<std::uint32_t>(x.stage + 1));
  out.containers.shrink_to_fit();
  out.symbols.shrink_to_fit();
  return out;
}

void workspace_symbols(const FileSymbols& symbols, const std::string& uri, const std::string& query,
                       std::vector<SymbolInformation>& out) {
  const std::string q = lower(query);
  for (const FileSymbol& s : symbols.symbols) {
    if (!q.empty() && lower(s.id).find(q) == std::string::npos && lower(s.label).find(q) == std::string::npos) continue;
    out.push_back({s.id, kind_of(s.kind), {uri, s.range}, symbols.containers[s.container]});
  }
}

} // namespace bp::lsp
