#include "compiler/check/flow_index.hpp"

namespace bp::check {

FlowIndex::FlowIndex(const model::Blueprint& b)
    : outgoing_(b.steps.size()), incoming_(b.steps.size()), touching_(b.steps.size()) {
  for (Index i = 0; i < b.flows.size(); ++i) {
    const model::Flow& f = b.flows[i];
    outgoing_[f.from].push_back(i);
    incoming_[f.to].push_back(i);
    if (f.arrow == model::Arrow::interaction) {
      outgoing_[f.to].push_back(i);
      incoming_[f.from].push_back(i);
    }
    if (f.arrow != model::Arrow::journey) {
      touching_[f.from].push_back(i);
      if (f.to != f.from) touching_[f.to].push_back(i);
    }
  }
}

} // namespace bp::check
