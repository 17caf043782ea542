#pragma once
// The language's words, defined once. Each row is a word, what it means (the
// enum it maps to, if any), where it may appear, and its display name in the
// message catalog. From this table come the grammar's keyword rules and value
// rules, the expected-lists of its error messages (grammar/errors.hpp), the
// builder's word -> enum conversions and `to_string`, completion, and the
// TextMate grammar's test. Adding a word is one row here plus its meaning: the
// rule that uses it and what the model does with it.
//
// Rows are in the order messages list them: "expected `stage`, `flow`, ..." lists
// the words of one place in table order.

#include <cstdint>
#include <string_view>

namespace bp::grammar {

// The enums the words map to. The model uses them as its own (model::Lane...).

// Top to bottom, as the contract orders them.
enum class Lane : std::uint8_t { evidence, customer, frontstage, backstage, support };
enum class ActorKind : std::uint8_t { role, system, partner };
enum class Arrow : std::uint8_t { handoff, information, interaction, journey }; // ->  ~>  <->  implicit
enum class Status : std::uint8_t { draft, review, approved };
enum class Dimension : std::uint8_t { reliability, responsiveness, assurance, empathy, tangibles };
enum class StandardKind : std::uint8_t { hard, soft };
enum class FailSeverity : std::uint8_t { low, medium, high };
// Who or what makes a fail point happen (Chase & Stewart's customer and server
// errors, and the system's and partners'), and who puts it right.
enum class FailCause : std::uint8_t { customer, staff, system, partner };
enum class RecoveryLevel : std::uint8_t { frontline, supervisor, management };
enum class Comparator : std::uint8_t { at_most, below, at_least, above, equal }; // <= < >= > =

// What a word means: a keyword of the syntax, or a value of one of the enums.
enum class Meaning : std::uint8_t {
  keyword,
  reserved, // kept for later versions; cannot be an id
  lane,
  actor_kind,
  status,
  dimension,
  standard_kind,
  severity,
  fail_cause,
  recovery_level,
  comparator, // an operator, not a word: never keeps an id out
  arrow,      // an operator
  duration_unit,
};

// Where a word may start an item, as a set of places.
namespace place {
enum : std::uint16_t {
  nowhere = 0,
  file = 1 << 0,     // the file's first word
  top = 1 << 1,      // an item of the blueprint
  stage = 1 << 2,    // an item of a stage (steps start with their lane)
  step = 1 << 3,     // an attribute in a step's block
  standard = 1 << 4, // an attribute of a standard
  fail = 1 << 5,     // an item of a fail point's block
  wait = 1 << 6,     // an item of a wait point's block
  in_item = 1 << 7,  // inside an item (`by`, `takes`, `for`)
  value = 1 << 8,    // the value after another keyword
  resumes = 1 << 9,  // error recovery resumes at it: it can only start a new item
  persona = 1 << 10, // an attribute of a persona
  channel = 1 << 11, // an attribute of a channel
  // A word of version 2 that is a keyword only where it starts an item or a
  // clause; anywhere else it is an ordinary id, so a v1 file that named a step
  // `end` or `share` still compiles.
  contextual = 1 << 12,
};
} // namespace place

struct Word {
  std::string_view text;
  Meaning meaning;
  std::uint32_t value; // the enumerator of `meaning`'s enum, or seconds for a unit
  std::uint16_t places;
  std::string_view display;         // the catalog key of its display name; empty when it has none
  Meaning takes = Meaning::keyword; // the meaning of the value it is followed by, if one of a few words
  // A second meaning the word has as a value elsewhere: `customer` is a lane,
  // and a fail point's cause after `cause`.
  Meaning also = Meaning::keyword;
  std::uint8_t also_value = 0;
};

// clang-format off
inline constexpr Word vocabulary[] = {
    {"blueprint",      Meaning::keyword,       0, place::file, ""},
    {"library",        Meaning::keyword,       0, place::file | place::contextual, ""},
    {"stage",          Meaning::keyword,       0, place::top | place::resumes, ""},
    {"flow",           Meaning::keyword,       0, place::top | place::resumes, ""},
    {"standard",       Meaning::keyword,       0, place::top | place::resumes, ""},
    {"persona",        Meaning::keyword,       0, place::top | place::resumes, ""},
    {"channel",        Meaning::keyword,       0, place::top | place::resumes, ""},
    {"lane",           Meaning::keyword,       0, place::top | place::resumes, ""},
    {"import",         Meaning::keyword,       0, place::top | place::resumes, ""},
    {"role",           Meaning::actor_kind,    std::uint8_t(ActorKind::role), place::top | place::resumes, ""},
    {"system",         Meaning::actor_kind,    std::uint8_t(ActorKind::system), place::top | place::resumes, "", Meaning::keyword, Meaning::fail_cause, std::uint8_t(FailCause::system)},
    {"partner",        Meaning::actor_kind,    std::uint8_t(ActorKind::partner), place::top | place::resumes, "", Meaning::keyword, Meaning::fail_cause, std::uint8_t(FailCause::partner)},
    {"description",    Meaning::keyword,       0, place::top, ""},
    {"dimension",      Meaning::keyword,       0, place::standard, "", Meaning::dimension},
    {"kind",           Meaning::keyword,       0, place::standard, "", Meaning::standard_kind},
    {"measure",        Meaning::keyword,       0, place::standard, ""},
    {"target",         Meaning::keyword,       0, place::standard, "", Meaning::comparator},
    {"recovery",       Meaning::keyword,       0, place::fail, ""},
    {"owner",          Meaning::keyword,       0, place::top | place::standard | place::fail, ""},
    {"severity",       Meaning::keyword,       0, place::fail, "", Meaning::severity},
    {"cause",          Meaning::keyword,       0, place::fail | place::contextual, "", Meaning::fail_cause},
    {"prevent",        Meaning::keyword,       0, place::fail | place::contextual, ""},
    {"level",          Meaning::keyword,       0, place::fail | place::contextual, "", Meaning::recovery_level},
    {"likelihood",     Meaning::keyword,       0, place::fail | place::contextual, ""},
    {"detection",      Meaning::keyword,       0, place::fail | place::contextual, ""},
    {"version",        Meaning::keyword,       0, place::top, ""},
    {"status",         Meaning::keyword,       0, place::top, "", Meaning::status},
    {"updated",        Meaning::keyword,       0, place::top, ""},
    {"evidence",       Meaning::lane,          std::uint8_t(Lane::evidence), place::stage | place::resumes, "diagram.lane.evidence"},
    {"customer",       Meaning::lane,          std::uint8_t(Lane::customer), place::stage | place::resumes, "diagram.lane.customer", Meaning::keyword, Meaning::fail_cause, std::uint8_t(FailCause::customer)},
    {"frontstage",     Meaning::lane,          std::uint8_t(Lane::frontstage), place::stage | place::resumes, "diagram.lane.frontstage"},
    {"backstage",      Meaning::lane,          std::uint8_t(Lane::backstage), place::stage | place::resumes, "diagram.lane.backstage"},
    {"support",        Meaning::lane,          std::uint8_t(Lane::support), place::stage | place::resumes, "diagram.lane.support"},
    {"budget",         Meaning::keyword,       0, place::stage | place::resumes, ""},
    {"promise",        Meaning::keyword,       0, place::top | place::stage | place::contextual, ""},
    {"moment",         Meaning::keyword,       0, place::step, ""},
    {"fail",           Meaning::keyword,       0, place::step, ""},
    {"wait",           Meaning::keyword,       0, place::step, ""},
    {"meets",          Meaning::keyword,       0, place::step, ""},
    {"feeling",        Meaning::keyword,       0, place::step, ""},
    {"pain",           Meaning::keyword,       0, place::step | place::contextual, ""},
    {"idea",           Meaning::keyword,       0, place::step | place::contextual, ""},
    {"decision",       Meaning::keyword,       0, place::step | place::contextual, ""},
    {"end",            Meaning::keyword,       0, place::step | place::contextual, ""},
    {"remote",         Meaning::keyword,       0, place::channel | place::contextual, ""},
    {"note",           Meaning::keyword,       0, place::stage | place::step | place::standard | place::persona | place::channel, ""},
    {"allow",          Meaning::keyword,       0, place::top | place::stage | place::step | place::standard, ""},
    {"expected",       Meaning::keyword,       0, place::wait, ""},
    {"tolerance",      Meaning::keyword,       0, place::wait, ""},
    {"by",             Meaning::keyword,       0, place::in_item, ""},
    {"takes",          Meaning::keyword,       0, place::in_item, ""},
    {"via",            Meaning::keyword,       0, place::in_item | place::contextual, ""},
    {"for",            Meaning::keyword,       0, place::in_item, ""},
    {"share",          Meaning::keyword,       0, place::in_item | place::contextual, ""},
    {"above",          Meaning::keyword,       0, place::in_item | place::contextual, ""},
    {"below",          Meaning::keyword,       0, place::in_item | place::contextual, ""},
    {"draft",          Meaning::status,        std::uint8_t(Status::draft), place::value, ""},
    {"review",         Meaning::status,        std::uint8_t(Status::review), place::value, ""},
    {"approved",       Meaning::status,        std::uint8_t(Status::approved), place::value, ""},
    {"hard",           Meaning::standard_kind, std::uint8_t(StandardKind::hard), place::value, ""},
    {"soft",           Meaning::standard_kind, std::uint8_t(StandardKind::soft), place::value, ""},
    {"reliability",    Meaning::dimension,     std::uint8_t(Dimension::reliability), place::value, ""},
    {"responsiveness", Meaning::dimension,     std::uint8_t(Dimension::responsiveness), place::value, ""},
    {"assurance",      Meaning::dimension,     std::uint8_t(Dimension::assurance), place::value, ""},
    {"empathy",        Meaning::dimension,     std::uint8_t(Dimension::empathy), place::value, ""},
    {"tangibles",      Meaning::dimension,     std::uint8_t(Dimension::tangibles), place::value, ""},
    {"low",            Meaning::severity,      std::uint8_t(FailSeverity::low), place::value, ""},
    {"medium",         Meaning::severity,      std::uint8_t(FailSeverity::medium), place::value, ""},
    {"high",           Meaning::severity,      std::uint8_t(FailSeverity::high), place::value, ""},
    {"staff",          Meaning::fail_cause,    std::uint8_t(FailCause::staff), place::value | place::contextual, ""},
    {"frontline",      Meaning::recovery_level, std::uint8_t(RecoveryLevel::frontline), place::value | place::contextual, ""},
    {"supervisor",     Meaning::recovery_level, std::uint8_t(RecoveryLevel::supervisor), place::value | place::contextual, ""},
    {"management",     Meaning::recovery_level, std::uint8_t(RecoveryLevel::management), place::value | place::contextual, ""},
    {"<=",             Meaning::comparator,    std::uint8_t(Comparator::at_most), place::value, ""},
    {"<",              Meaning::comparator,    std::uint8_t(Comparator::below), place::value, ""},
    {">=",             Meaning::comparator,    std::uint8_t(Comparator::at_least), place::value, ""},
    {">",              Meaning::comparator,    std::uint8_t(Comparator::above), place::value, ""},
    {"=",              Meaning::comparator,    std::uint8_t(Comparator::equal), place::value, ""},
    {"->",             Meaning::arrow,         std::uint8_t(Arrow::handoff), place::in_item, ""},
    {"~>",             Meaning::arrow,         std::uint8_t(Arrow::information), place::in_item, ""},
    {"<->",            Meaning::arrow,         std::uint8_t(Arrow::interaction), place::in_item, ""},
    {"s",              Meaning::duration_unit, 1, place::value, ""},
    {"min",            Meaning::duration_unit, 60, place::value, ""},
    {"h",              Meaning::duration_unit, 3600, place::value, ""},
    {"d",              Meaning::duration_unit, 86400, place::value, ""},
};
// clang-format on

// The enum each meaning maps to, for the typed look-ups below.
template <typename E> inline constexpr Meaning meaning_of = Meaning::keyword;
template <> inline constexpr Meaning meaning_of<Lane> = Meaning::lane;
template <> inline constexpr Meaning meaning_of<ActorKind> = Meaning::actor_kind;
template <> inline constexpr Meaning meaning_of<Status> = Meaning::status;
template <> inline constexpr Meaning meaning_of<Dimension> = Meaning::dimension;
template <> inline constexpr Meaning meaning_of<StandardKind> = Meaning::standard_kind;
template <> inline constexpr Meaning meaning_of<FailSeverity> = Meaning::severity;
template <> inline constexpr Meaning meaning_of<FailCause> = Meaning::fail_cause;
template <> inline constexpr Meaning meaning_of<RecoveryLevel> = Meaning::recovery_level;
template <> inline constexpr Meaning meaning_of<Comparator> = Meaning::comparator;
template <> inline constexpr Meaning meaning_of<Arrow> = Meaning::arrow;

// The row of `text`, or std::size(vocabulary) when it has none. Compile-time
// users go through this index, not a pointer: GCC's sanitizers make a pointer
// compared with null no longer a constant expression.
constexpr std::size_t row_of(std::string_view text) {
  std::size_t i = 0;
  while (i < std::size(vocabulary) && vocabulary[i].text != text)
    ++i;
  return i;
}

constexpr bool has_row(std::size_t row) { return row < std::size(vocabulary); }

// The row of `text`, or null.
inline const Word* find_word(std::string_view text) {
  const std::size_t row = row_of(text);
  return has_row(row) ? &vocabulary[row] : nullptr;
}

// A word that cannot be an id: every word of the table but the operators and
// duration units, which are not identifiers, and the contextual words of v2.
constexpr bool is_keyword(std::string_view text) {
  const std::size_t row = row_of(text);
  if (!has_row(row)) return false;
  const Meaning m = vocabulary[row].meaning;
  return m != Meaning::comparator && m != Meaning::arrow && m != Meaning::duration_unit &&
         !(vocabulary[row].places & place::contextual);
}

// A word the grammar matches as a keyword where it starts an item or a clause:
// the keywords and the contextual words.
constexpr bool is_item_word(std::string_view text) {
  const std::size_t row = row_of(text);
  return has_row(row) && (is_keyword(text) || (vocabulary[row].places & place::contextual));
}

// Whether the word has the meaning, as its first or its second.
constexpr bool has_meaning(const Word& w, Meaning meaning) { return w.meaning == meaning || w.also == meaning; }
constexpr std::uint32_t value_as(const Word& w, Meaning meaning) {
  return w.meaning == meaning ? w.value : w.also_value;
}

constexpr bool is_word_of(Meaning meaning, std::string_view text) {
  const std::size_t row = row_of(text);
  return has_row(row) && has_meaning(vocabulary[row], meaning);
}

// The enumerator a word names; `fallback` when it names none (the grammar has
// already refused such a word, so this only guards the partial tree of an error).
template <typename E> constexpr E value_of(std::string_view text, E fallback = E{}) {
  const std::size_t row = row_of(text);
  return has_row(row) && has_meaning(vocabulary[row], meaning_of<E>)
             ? static_cast<E>(value_as(vocabulary[row], meaning_of<E>))
             : fallback;
}

// The word for an enumerator: "evidence" for Lane::evidence.
template <typename E> constexpr std::string_view word_for(E value) {
  for (const Word& w : vocabulary) {
    if (has_meaning(w, meaning_of<E>) && value_as(w, meaning_of<E>) == static_cast<std::uint32_t>(value)) return w.text;
  }
  return {};
}

// Every enumerator of E, in the enum's order (Lane: top to bottom).
template <typename E> constexpr auto all_of() {
  constexpr std::size_t n = [] {
    std::size_t count = 0;
    for (const Word& w : vocabulary)
      count += has_meaning(w, meaning_of<E>);
    return count;
  }();
  struct Values {
    E items[n];
    constexpr const E* begin() const { return items; }
    constexpr const E* end() const { return items + n; }
    constexpr std::size_t size() const { return n; }
  } out{};
  std::size_t i = 0;
  for (const Word& w : vocabulary) {
    if (has_meaning(w, meaning_of<E>)) out.items[i++] = static_cast<E>(value_as(w, meaning_of<E>));
  }
  // In the enum's order: a word's second meaning can come earlier in the table.
  for (std::size_t a = 1; a < n; ++a) {
    for (std::size_t b = a; b > 0 && out.items[b] < out.items[b - 1]; --b) {
      const E t = out.items[b];
      out.items[b] = out.items[b - 1];
      out.items[b - 1] = t;
    }
  }
  return out;
}

// The duration unit that `rest` starts with, the longest that matches
// (`min`, not `m`...); null when none does.
inline const Word* unit_at(std::string_view rest) {
  const Word* best = nullptr;
  for (const Word& w : vocabulary) {
    if (w.meaning == Meaning::duration_unit && rest.starts_with(w.text) && (!best || w.text.size() > best->text.size()))
      best = &w;
  }
  return best;
}

// Error recovery resumes at these words: `top` ones end a stage too.
constexpr bool resumes_at(std::string_view text, std::uint16_t where) {
  const std::size_t row = row_of(text);
  return has_row(row) && (vocabulary[row].places & place::resumes) && (vocabulary[row].places & where);
}

} // namespace bp::grammar
