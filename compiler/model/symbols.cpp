#include "compiler/model/symbols.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/diag/spelling.hpp"
#include "compiler/model/info_lanes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace bp::model::building {

namespace {

namespace msg = wording::msg;
using fmt::arg;

struct Declaration {
  const syntax::Word* id;
  Symbol symbol;
};

// Every id the tree declares, in the order of the text.
std::vector<Declaration> declarations_of(const syntax::Blueprint& b) {
  std::vector<Declaration> declarations;
  for (Index i = 0; i < b.actors.size(); ++i)
    declarations.push_back({&b.actors[i].id, {SymbolKind::actor, i}});
  for (Index i = 0; i < b.personas.size(); ++i)
    declarations.push_back({&b.personas[i].id, {SymbolKind::persona, i}});
  for (Index i = 0; i < b.channels.size(); ++i)
    declarations.push_back({&b.channels[i].id, {SymbolKind::channel, i}});
  for (Index i = 0; i < b.standards.size(); ++i) {
    declarations.push_back({&b.standards[i].id, {SymbolKind::standard, i}});
  }
  for (Index i = 0; i < b.lanes.size(); ++i)
    declarations.push_back({&b.lanes[i].id, {SymbolKind::info_lane, i}});
  Index step = 0, item = 0;
  for (Index i = 0; i < b.stages.size(); ++i) {
    declarations.push_back({&b.stages[i].id, {SymbolKind::stage, i}});
    for (const syntax::Step& s : b.stages[i].steps) {
      if (is_info_item(s)) {
        if (declared_lane(b, s)) declarations.push_back({&s.id, {SymbolKind::info_item, item++}});
      } else
        declarations.push_back({&s.id, {SymbolKind::step, step++}});
    }
  }
  std::stable_sort(declarations.begin(), declarations.end(),
                   [](const Declaration& a, const Declaration& b) { return a.id->span.begin < b.id->span.begin; });
  return declarations;
}

// The ids a reference of `kind` could have meant, for the suggestion.
std::vector<std::string_view> ids_of(const syntax::Blueprint& b, SymbolKind kind) {
  std::vector<std::string_view> ids;
  if (kind == SymbolKind::actor) {
    for (const auto& a : b.actors)
      ids.push_back(a.id.text);
  } else if (kind == SymbolKind::standard) {
    for (const auto& s : b.standards)
      ids.push_back(s.id.text);
  } else if (kind == SymbolKind::persona || kind == SymbolKind::channel) {
    for (const auto& p : kind == SymbolKind::persona ? b.personas : b.channels)
      ids.push_back(p.id.text);
  } else {
    for (const auto& stage : b.stages) {
      for (const auto& step : stage.steps) {
        if (!is_info_item(step)) ids.push_back(step.id.text);
      }
    }
  }
  return ids;
}

// The kind as named inside a message: "step", and with its article, "a step".
std::string kind_name(SymbolKind kind) {
  constexpr const wording::Message* names[] = {
      &msg::model_kind_step,    &msg::model_kind_stage,   &msg::model_kind_actor,     &msg::model_kind_standard,
      &msg::model_kind_persona, &msg::model_kind_channel, &msg::model_kind_info_lane, &msg::model_kind_info_item};
  return wording::format(*names[static_cast<int>(kind)]);
}
std::string indefinite(SymbolKind kind) {
  constexpr const wording::Message* names[] = {
      &msg::model_kind_step_indefinite,      &msg::model_kind_stage_indefinite,    &msg::model_kind_actor_indefinite,
      &msg::model_kind_standard_indefinite,  &msg::model_kind_persona_indefinite,  &msg::model_kind_channel_indefinite,
      &msg::model_kind_info_lane_indefinite, &msg::model_kind_info_item_indefinite};
  return wording::format(*names[static_cast<int>(kind)]);
}

void report_wrong_kind(BuilderState& state, const syntax::Word& word, SymbolKind found, SymbolKind wanted) {
  state.report(diag::error(diag::checks::unknown_reference, word.span,
                           wording::format(msg::diag_wrong_kind, arg("id", word.text), arg("found", indefinite(found)),
                                           arg("wanted", indefinite(wanted))))
                   .with_hint(wording::format(msg::diag_wrong_kind_hint, arg("wanted", indefinite(wanted)))));
}

void report_unknown(BuilderState& state, const syntax::Word& word, SymbolKind kind) {
  // Suggestions cost an edit distance per candidate; a file full of unknown ids
  // must not make that quadratic.
  constexpr std::size_t max_suggestions = 100;
  std::optional<std::string> best;
  if (++state.unknown_references <= max_suggestions)
    best = diag::closest(word.text, ids_of(state.tree.blueprint, kind));
  state.report(diag::error(diag::checks::unknown_reference, word.span,
                           wording::format(msg::diag_unknown_id, arg("kind", kind_name(kind)), arg("id", word.text)))
                   .with_hint(did_you_mean(msg::diag_unknown_id_hint, best))
                   .with_replacement(best.value_or("")));
}

// BP002 for an id declared twice; across files the message names both.
void report_duplicate(BuilderState& state, const syntax::Word& id, Span first) {
  const Library* here = state.blueprint.library_of(id.span);
  const Library* there = state.blueprint.library_of(first);
  if (here == there) { // in one file
    state.report(
        diag::error(diag::checks::duplicate_id, id.span, wording::format(msg::diag_duplicate_id, arg("id", id.text)))
            .with_hint(wording::format(msg::diag_duplicate_id_hint))
            .with_related(first, wording::format(msg::diag_duplicate_id_related, arg("id", id.text))));
    return;
  }
  const std::string message =
      here ? wording::format(msg::diag_duplicate_across, arg("id", id.text), arg("first", there ? there->file : ""),
                             arg("second", here->file))
           : wording::format(msg::diag_duplicate_imported, arg("id", id.text), arg("file", there->file));
  state.report(diag::error(diag::checks::duplicate_id, id.span, message)
                   .with_hint(wording::format(msg::diag_duplicate_across_hint))
                   .with_related(first, wording::format(msg::diag_duplicate_id_related, arg("id", id.text))));
}

} // namespace

void declare_symbols(BuilderState& state) {
  std::vector<Declaration> declarations = declarations_of(state.tree.blueprint);
  // The libraries' declarations come first, each library after those it
  // imports, as if written before the file's own: a clash is reported where
  // the file that imports the other says it.
  if (!state.blueprint.libraries.empty()) {
    const std::vector<Library>& libraries = state.blueprint.libraries;
    const auto key = [&](const Declaration& d) {
      const Library* library = state.blueprint.library_of(d.id->span);
      const std::size_t rank = library ? static_cast<std::size_t>(library - libraries.data()) : libraries.size();
      return std::pair{rank, d.id->span.begin};
    };
    std::stable_sort(declarations.begin(), declarations.end(),
                     [&](const Declaration& a, const Declaration& b) { return key(a) < key(b); });
  }
  // Keys view the tree's ids, which outlive this function.
  std::unordered_map<std::string_view, Span> first_seen;
  first_seen.reserve(declarations.size());
  state.blueprint.symbols.reserve(declarations.size());
  for (const Declaration& d : declarations) {
    const auto [it, inserted] = first_seen.emplace(d.id->text, d.id->span);
    if (inserted) {
      state.blueprint.symbols.emplace(d.id->text, d.symbol);
      continue;
    }
    report_duplicate(state, *d.id, it->second);
  }
}

std::optional<Located<Index>> resolve(BuilderState& state, const syntax::Word& word, SymbolKind kind) {
  const Symbol* symbol = state.blueprint.find(word.text);
  if (symbol && symbol->kind == kind) return Located<Index>{symbol->index, word.span};
  if (symbol) {
    report_wrong_kind(state, word, symbol->kind, kind);
  } else if (!state.imports_incomplete && !state.tree.skipped_words.count(word.text) &&
             !state.unplaced_ids.count(word.text)) {
    // else declared, probably, in text a syntax error skipped
    report_unknown(state, word, kind);
  }
  return std::nullopt;
}

std::optional<Located<Index>> resolve_actor(BuilderState& state, const syntax::Word& word) {
  return resolve(state, word, SymbolKind::actor);
}

std::string did_you_mean(const wording::Message& hint, const std::optional<std::string>& best) {
  return best ? wording::format(hint, arg("suggestion", *best)) : std::string{};
}

} // namespace bp::model::building
