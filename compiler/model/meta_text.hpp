#pragma once
// The blueprint's attributes as the short phrases every output shows under its
// name ("Version 2.1", "Status: draft", "Owner: CX team", "Updated 2026-11-20").
// Unescaped: each format escapes them its own way.

#include "compiler/model/blueprint.hpp"

#include <string>
#include <vector>

namespace bp::model {

std::vector<std::string> meta_phrases(const Blueprint& blueprint);

} // namespace bp::model
