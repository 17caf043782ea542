#pragma once
// The words drawn on a flow's arrow: its label on one line, a branch's share
// after it ("yes · 70%"), and on the customer journey a change of channel
// (a mark; the tooltip names the channels). Shared by the cell gaps (room for the words between two
// neighbours) and the router (where they sit).

#include "compiler/model/blueprint.hpp"

#include <optional>
#include <string>

namespace bp::layout {

// Nothing when the arrow carries no words.
std::optional<std::string> flow_text(const model::Blueprint& blueprint, const model::Flow& flow);

// Whether the flow's label is longer than its one line, which then ends in "…".
bool flow_label_shortened(const model::Flow& flow);

// Whether the customer changes channel along `flow`: both its ends are customer
// contacts through different channels.
bool channel_switch(const model::Blueprint& blueprint, const model::Flow& flow);

} // namespace bp::layout
