#pragma once
// The syntax tree: what the text says, with a span on everything, before any
// meaning is given to it. Attributes share one shape (keyword, words, strings,
// quantities, nested block) because every attribute of the language fits it.

#include "compiler/source/span.hpp"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace bp::syntax {

using source::Span;

// An identifier or a keyword used as a value (`draft`, `high`, `<=`, `->`).
struct Word {
  std::string text;
  Span span;
};

// A string literal with its escapes decoded; the span includes the quotes.
struct Text {
  std::string value;
  Span span;
};

enum class QuantityKind { duration, percent, number };

struct Quantity {
  QuantityKind kind = QuantityKind::number;
  double value = 0; // seconds for durations, 0..100 for percentages
  Span span;
};

struct Attr {
  Word keyword; // "moment", "fail", "target", ...
  std::vector<Word> words;
  std::vector<Text> texts;
  std::vector<Quantity> quantities;
  std::vector<Attr> block; // `fail "..." { ... }`, `wait "..." { ... }`
  Span span;
};

// A step, or an item of an information lane when `lane` is no lane keyword.
struct Step {
  Word lane;
  Word id;
  Text label;
  std::optional<Word> by;
  std::optional<Quantity> takes;
  std::optional<Word> via;    // the channel
  std::vector<Word> personas; // after `for`
  std::vector<Attr> attrs;
  Span span;
};

struct Stage {
  Word id;
  Text label;
  std::vector<Attr> attrs; // budget, promise, note, allow
  std::vector<Step> steps;
  Span span;
};

struct Actor {
  Word kind; // role, system, partner
  Word id;
  Text label;
  Span span;
};

// A persona or a channel: an id, a label and the attributes of its block.
struct Profile {
  Word id;
  Text label;
  std::vector<Attr> attrs;
  Span span;
};

struct Standard {
  Word id;
  Text label;
  std::vector<Attr> attrs;
  Span span;
};

// `lane kpi "KPIs" below support`; `place` is "above evidence" or "below support".
struct InfoLane {
  Word id;
  Text title;
  Word place;
  Span span;
};

struct Flow {
  std::vector<Word> ends;   // n step ids
  std::vector<Word> arrows; // n - 1 arrows
  std::optional<Text> label;
  std::optional<Quantity> share; // a branch's `share`
  Span span;
};

// `import "shared/dealer.blueprint"`: a library whose declarations join this file's.
struct Import {
  Text path; // as written, relative to the importing file
  Span span;
};

// A blueprint, or a library: the same shape, a library holding declarations only.
struct Blueprint {
  bool present = false; // false when the file does not even start with `blueprint "..."`
  bool library = false; // `library "..." { ... }`
  Span keyword;         // `blueprint` or `library`
  Text name;
  std::vector<Import> imports;
  std::vector<Attr> attrs; // description, owner, version, status, updated, promise, allow
  std::vector<Actor> actors;
  std::vector<Profile> personas;
  std::vector<Profile> channels;
  std::vector<InfoLane> lanes; // information lanes
  std::vector<Standard> standards;
  std::vector<Stage> stages;
  std::vector<Flow> flows;
  Span span;
};

struct SyntaxTree {
  Blueprint blueprint;
  std::vector<Span> comments; // kept for the formatter
  // Words in text the parser skipped after a syntax error. A reference to one of
  // them is not reported as unknown: its declaration is probably in the skipped text.
  std::unordered_set<std::string> skipped_words;
};

} // namespace bp::syntax
