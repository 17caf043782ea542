#pragma once
// The typed blueprint: what the text means. Every element keeps the span of the
// text it came from. Elements refer to each other by index into the vectors of
// `Blueprint`, so the model is cheap to copy and compare.

#include "compiler/source/span.hpp"
#include "grammar/vocabulary.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace bp::model {

using source::Span;
using Index = std::uint32_t;

// The enums of the language's words are the vocabulary's (grammar/vocabulary.hpp).
using grammar::ActorKind;
using grammar::Arrow;
using grammar::Comparator;
using grammar::Dimension;
using grammar::FailCause;
using grammar::FailSeverity;
using grammar::Lane;
using grammar::RecoveryLevel;
using grammar::StandardKind;
using grammar::Status;
inline constexpr auto all_lanes = grammar::all_of<Lane>();
inline constexpr auto all_dimensions = grammar::all_of<Dimension>();
inline constexpr auto all_causes = grammar::all_of<FailCause>();

// The line below `lane`: interaction below customer, visibility below frontstage,
// internal interaction below backstage.
enum class Line : std::uint8_t { interaction, visibility, internal };
inline constexpr Line all_lines[] = {Line::interaction, Line::visibility, Line::internal};

enum class Unit : std::uint8_t { seconds, percent, number };

const char* to_string(Lane);
const char* to_string(ActorKind);
const char* to_string(Arrow);
const char* to_string(Status);
const char* to_string(Dimension);
const char* to_string(StandardKind);
const char* to_string(FailSeverity);
const char* to_string(FailCause);
const char* to_string(RecoveryLevel);
const char* to_string(Comparator);

template <typename T> struct Located {
  T value{};
  Span span;
  bool operator==(const Located&) const = default;
};

struct Actor {
  std::string id;
  std::string label;
  ActorKind kind = ActorKind::role;
  Span span, id_span;
  bool operator==(const Actor&) const = default;
};

// Who the service is for: a step with `for` is in these personas' journeys only.
struct Persona {
  std::string id;
  std::string label;
  std::vector<std::string> notes;
  Span span, id_span;
  bool operator==(const Persona&) const = default;
};

// How the customer is in contact (`via`); through a remote channel the customer
// meets no frontstage (a phone call taken in the back office).
struct Channel {
  std::string id;
  std::string label;
  std::optional<Span> remote; // where `remote` was given
  std::vector<std::string> notes;
  Span span, id_span;
  bool operator==(const Channel&) const = default;
};

struct Target {
  Comparator comparator = Comparator::at_most;
  Unit unit = Unit::number;
  double value = 0;            // seconds when unit is seconds
  std::optional<double> share; // `for 95%`
  Span span;
  bool operator==(const Target&) const = default;
};

struct Standard {
  std::string id;
  std::string label;
  std::optional<Located<Dimension>> dimension;
  std::optional<Located<StandardKind>> kind;
  std::optional<Located<std::string>> measure;
  std::optional<Target> target;
  std::optional<Located<Index>> owner; // actor
  std::vector<std::string> notes;
  std::vector<Located<std::string>> allowed; // check names
  Span span, id_span;
  bool operator==(const Standard&) const = default;
};

struct FailPoint {
  std::string text;
  std::optional<Located<std::string>> recovery;
  std::optional<Located<std::string>> prevent; // fail-safing: what keeps it from happening
  std::optional<Located<FailCause>> cause;
  std::optional<Located<RecoveryLevel>> level;   // who recovers
  std::optional<Located<Index>> owner;           // actor
  std::optional<Located<FailSeverity>> severity; // v1's word, when one was written
  // FMEA scores, 1 to 10; `severity` is also set from v1's word (3, 6 or 9).
  std::optional<Located<int>> severity_score, likelihood, detection;
  Span span;      // the whole `fail "..." { ... }`
  Span text_span; // the string
  bool operator==(const FailPoint&) const = default;
};

struct WaitPoint {
  std::string text;
  std::optional<Located<double>> expected;  // seconds
  std::optional<Located<double>> tolerance; // seconds
  Span span, text_span;
  bool operator==(const WaitPoint&) const = default;
};

struct Moment {
  std::string text;
  Span span;
  bool operator==(const Moment&) const = default;
};

struct Step {
  std::string id;
  std::string label;
  Lane lane = Lane::customer;
  Index stage = 0;
  std::optional<Located<Index>> actor;  // `by`
  std::optional<Located<double>> takes; // seconds
  std::optional<Moment> moment;
  std::vector<FailPoint> fail_points;
  std::vector<WaitPoint> wait_points;
  std::vector<Located<Index>> meets; // standards
  std::optional<Located<int>> feeling;
  std::vector<Located<std::string>> pains, ideas; // a workshop's findings on the step
  std::optional<Span> decision;                   // where `decision` was given: the service branches here
  std::optional<Span> end;                        // where `end` was given: a journey may stop here
  std::optional<Located<Index>> channel;          // `via`
  std::vector<Located<Index>> personas;           // `for`; empty: every persona's
  std::vector<std::string> notes;
  std::vector<Located<std::string>> allowed; // check names
  Span span, id_span;
  bool operator==(const Step&) const = default;
};

// A row of the grid beyond the five lanes: policies, KPIs, channels... Its items
// are cells, not process steps: no flows, no checks of the five lanes.
struct InfoLane {
  enum class Place : std::uint8_t { above_evidence, below_support };
  std::string id;
  std::string title;
  Place place = Place::below_support;
  std::vector<Index> items; // in the order written
  Span span, id_span;
  bool operator==(const InfoLane&) const = default;
};

struct InfoItem {
  std::string id;
  std::string label;
  Index lane = 0; // into Blueprint::info_lanes
  Index stage = 0;
  std::vector<std::string> notes;
  Span span, id_span, lane_span; // lane_span: the lane's id starting the item
  bool operator==(const InfoItem&) const = default;
};

struct Stage {
  std::string id;
  std::string label;
  std::optional<Located<double>> budget;  // seconds
  std::optional<Located<double>> promise; // seconds
  std::vector<std::string> notes;
  std::vector<Index> steps;                  // declaration order
  std::vector<Index> items;                  // of the information lanes, declaration order
  std::vector<Located<std::string>> allowed; // check names
  Span span, id_span;
  bool operator==(const Stage&) const = default;
};

struct Flow {
  Index from = 0;
  Index to = 0;
  Arrow arrow = Arrow::handoff;
  std::optional<std::string> label;
  std::optional<Located<double>> share; // a branch's share, 0..100
  std::vector<Line> crosses;            // lines between the two lanes, top to bottom
  Span span;                            // the arrow; for the journey, the later step's id
  Span from_span, to_span;              // the ids in the flow
  bool operator==(const Flow&) const = default;
};

enum class SymbolKind : std::uint8_t { step, stage, actor, standard, persona, channel, info_lane, info_item };
struct Symbol {
  SymbolKind kind = SymbolKind::step;
  Index index = 0;
  bool operator==(const Symbol&) const = default;
};

// A library the blueprint imports, directly or through another library.
struct Library {
  std::string file; // its path, as diagnostics name it
  std::string name; // `library "Dealer network"`
  Span range;       // its offsets in the compile's space (source/source_file.hpp)
  Span imported_at; // the first `import` that named it
  bool operator==(const Library&) const = default;
};

struct Blueprint {
  std::string name;
  bool library = false; // the file is a library: declarations only, no stages
  std::optional<std::string> description, owner, version, updated;
  std::optional<Status> status;
  std::optional<Located<double>> promise; // seconds, from the first to the last customer step
  std::vector<Actor> actors;
  std::vector<Persona> personas;
  std::vector<Channel> channels;
  std::vector<Standard> standards;
  std::vector<Stage> stages;
  std::vector<Step> steps;                   // all steps, stage by stage in declaration order
  std::vector<Flow> flows;                   // declared flows first, then the journey
  std::vector<InfoLane> info_lanes;          // in the order declared
  std::vector<InfoItem> info_items;          // stage by stage, in the order written
  std::vector<Located<std::string>> allowed; // blueprint-wide `allow`
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<Library> libraries; // each after the libraries it imports
  Span span, name_span;

  bool operator==(const Blueprint&) const = default;
  const Symbol* find(const std::string& id) const;
  // The library that declares what `at` is the span of, or nothing when it is
  // this file's own.
  const Library* library_of(Span at) const;
  bool imported(Span at) const { return library_of(at) != nullptr; }
};

// Lines a flow between two lanes crosses, top to bottom.
std::vector<Line> lines_between(Lane a, Lane b);

} // namespace bp::model
