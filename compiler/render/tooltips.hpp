#pragma once
// The wording of the diagram's tooltips, as plain text; the scene encodes it as
// a Graphviz label.

#include "compiler/model/blueprint.hpp"

#include <string>

namespace bp::render::tooltip {

std::string stage(const model::Stage& stage);
std::string step(const model::Blueprint& blueprint, const model::Step& step);
std::string finding();
// A tooltip with the gap a check found under it: "...\nGap: <the finding's message>".
std::string with_gap(std::string tip, const std::string& message);
// A standard's tag: the standard's label, measure and target; the id as it is
// when it names no standard.
std::string standard(const model::Blueprint& blueprint, const std::string& id);
std::string fail_point(const model::Blueprint& blueprint, const model::FailPoint& fail);
std::string wait_point(const model::WaitPoint& wait);
std::string pain(const std::string& text);
// "KPIs: Order taken within 3 min", and its notes.
std::string info_item(const model::Blueprint& blueprint, const model::InfoItem& item);
std::string idea(const std::string& text);
// A decision and its branches, each with how often it is taken.
std::string decision(const model::Blueprint& blueprint, const model::Step& step);
std::string moment(const model::Step& step);
// A contact's channel chip: the channel's label and id, and whether it is remote.
std::string channel(const model::Blueprint& blueprint, const model::Step& step);
// A point of the emotion curve.
std::string feeling(const model::Step& step);
std::string critical_path();
std::string line(model::Line line);
std::string flow(const model::Blueprint& blueprint, const model::Flow& flow);

} // namespace bp::render::tooltip
