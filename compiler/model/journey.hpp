#pragma once
// The customer journey as a graph (language v2, section 1). Its nodes are the
// customer steps and the decisions; it branches at decisions and merges where a
// branch rejoins. Without decisions it is v1's journey: each customer step
// followed by the next, in the order written.
//
// How a step continues:
// - a decision, along its branches (its flows; `~>` carries data, not the
//   customer) to the first customer step or decision each reaches, through
//   staff and system steps if need be;
// - an `end` step, nowhere: the journey may stop there;
// - a customer step with flows straight to other customer steps, or leading
//   through staff steps to a decision written before the next customer step
//   (or anywhere, when a branch enters that step or there is none), or
//   to a step a branch enters (a merge), along those flows (only in a journey
//   that has decisions);
// - else, to a staff decision that nothing above reaches and that is written
//   between the step and the next customer step (the grading of a returned
//   parcel, while the customer waits);
// - any other customer step, to the next customer step, unless a branch enters
//   that one: then the step leads nowhere, a branch that neither rejoins nor ends.

#include "compiler/model/blueprint.hpp"

#include <optional>
#include <vector>

namespace bp::model {

struct JourneyEdge {
  Index to = 0;                 // a step
  std::optional<Index> by_flow; // the declared flow it starts with; none for the next step in order
  bool operator==(const JourneyEdge&) const = default;
};

struct Journey {
  std::vector<bool> member;                   // per step: in this journey (a customer step or a decision)
  std::vector<std::vector<JourneyEdge>> next; // per step, in a deterministic order
  std::vector<bool> entered_by_branch;        // per step: a branch leads to it
  // The first customer step written, and the last from which the journey goes
  // on nowhere (without decisions, the last written).
  std::optional<Index> first, last;
  bool is_terminal(Index step, const Blueprint& b) const { return step == last || b.steps[step].end; }
};

// Whether `step` is in the journey of `persona` (every step is when none is given).
bool in_journey_of(const Step& step, std::optional<Index> persona);

// The journey of one persona, or of every customer when none is given.
Journey journey_of(const Blueprint& blueprint, std::optional<Index> persona = std::nullopt);

} // namespace bp::model
