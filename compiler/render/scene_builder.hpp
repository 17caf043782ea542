#pragma once
// Layout to drawing: which nodes and edges make the diagram and its legend. The
// look comes from style.hpp, the Graphviz syntax from gv_attributes.hpp, the
// tooltips' wording from tooltips.hpp; knows nothing of Graphviz's API.

#include "compiler/layout/layout.hpp"
#include "compiler/model/blueprint.hpp"
#include "compiler/render/drawing.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace bp::render {

// What the checks found missing, drawn in the warning colour whatever is
// highlighted: each with the finding's message, for the tooltip.
struct Gaps {
  std::map<std::pair<model::Index, std::size_t>, std::string> fails, waits; // (step, which one)
  std::map<model::Index, std::string> stages;                               // over budget
  bool empty() const { return fails.empty() && waits.empty() && stages.empty(); }
};

struct SceneOptions {
  Gaps gaps;
  std::set<model::Index> highlighted_steps;              // `--highlight findings`
  std::set<model::Index> critical_steps, critical_flows; // `--highlight critical-path`
  std::optional<model::Index> persona;                   // `--persona`: the other personas' steps dimmed
};

Drawing build_scene(const model::Blueprint& blueprint, const layout::Layout& layout, const SceneOptions& options = {});

} // namespace bp::render
