#include "compiler/model/builder.hpp"

#include "compiler/model/actors_and_standards.hpp"
#include "compiler/model/blueprint_attrs.hpp"
#include "compiler/model/builder_state.hpp"
#include "compiler/model/completeness.hpp"
#include "compiler/model/flows.hpp"
#include "compiler/model/info_lanes.hpp"
#include "compiler/model/personas_and_channels.hpp"
#include "compiler/model/stages.hpp"
#include "compiler/model/symbols.hpp"

namespace bp::model {

// The order matters: ids are declared before anything refers to them, steps
// exist before flows join them, and the counts are checked before the journey
// adds its flows, so the limit counts only the flows the author wrote.
namespace {

Blueprint build_joined(const syntax::SyntaxTree& tree, diag::Diagnostics& diagnostics, const source::Limits& limits,
                       std::vector<Library> libraries, bool imports_incomplete) {
  using namespace building;
  BuilderState state(tree, diagnostics, limits);
  state.imports_incomplete = imports_incomplete;
  const syntax::Blueprint& b = tree.blueprint;
  Blueprint& bp = state.blueprint;
  bp.libraries = std::move(libraries);
  bp.library = b.library;
  if (b.library) report_library_items(b, diagnostics);
  bp.name = b.name.value;
  bp.span = b.span;
  bp.name_span = b.name.span;
  declare_symbols(state);
  for (const syntax::Attr& attr : b.library ? std::vector<syntax::Attr>{} : b.attrs)
    blueprint_attr(state, attr);
  for (const syntax::Actor& actor : b.actors)
    bp.actors.push_back(build_actor(actor));
  for (const syntax::Profile& persona : b.personas)
    bp.personas.push_back(build_persona(persona));
  for (const syntax::Profile& channel : b.channels)
    bp.channels.push_back(build_channel(state, channel));
  for (const syntax::InfoLane& lane : b.lanes)
    bp.info_lanes.push_back(build_info_lane(lane));
  for (const syntax::Standard& standard : b.standards)
    bp.standards.push_back(build_standard(state, standard));
  if (b.library) return std::move(bp); // its stages and flows are reported, not built
  for (const syntax::Stage& stage : b.stages)
    build_stage(state, stage);
  for (const syntax::Flow& flow : b.flows)
    build_flow(state, flow);
  check_counts(state);
  add_journey(state);
  check_not_empty(state);
  return std::move(bp);
}

} // namespace

Blueprint build(const syntax::SyntaxTree& tree, diag::Diagnostics& diagnostics, const source::Limits& limits) {
  return build_joined(tree, diagnostics, limits, {}, false);
}

Blueprint build(const syntax::SyntaxTree& tree, diag::Diagnostics& diagnostics, const source::Limits& limits,
                const Imports& imports) {
  if (imports.libraries.empty()) return build_joined(tree, diagnostics, limits, {}, imports.incomplete);
  for (const LibraryTree& library : imports.libraries)
    building::report_library_items(library.tree->blueprint, diagnostics);
  const syntax::SyntaxTree joined = building::with_libraries(tree, imports.libraries);
  return build_joined(joined, diagnostics, limits, building::libraries_of(imports.libraries), imports.incomplete);
}

} // namespace bp::model
