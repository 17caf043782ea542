#pragma once
// Sections of the HTML checklist kept apart from html_writer.cpp: the ranking
// of fail points by risk, and the workshop's pain points and ideas. The report
// places them itself, higher up than the checklist does.

#include "compiler/checklist/checklist.hpp"
#include "compiler/wording/catalog.hpp"

#include <string>
#include <string_view>

namespace bp::checklist::html_parts {

// Empty when the checklist has no ranking (a blueprint that says no more of
// its fail points than v1 could).
std::string risk_section(const Checklist& checklist);
// Empty when no step has a pain point or an idea; `intro`, when given, is a
// paragraph under the heading.
std::string workshop_section(const Checklist& checklist, const wording::Message& heading,
                             const wording::Message* intro = nullptr);
// Empty when the blueprint has no information lane.
std::string info_lanes_section(const Checklist& checklist);
// Their stylesheet, added to the checklist's.
std::string_view css();

} // namespace bp::checklist::html_parts
