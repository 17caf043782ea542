// The vocabulary table: every enumerator has exactly one word, words and enums
// round-trip, and the grammar's messages list the words of their place.

#include "compiler/model/blueprint.hpp"
#include "compiler/syntax/error_text.hpp"
#include "grammar/errors.hpp"
#include "grammar/vocabulary.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

using namespace bp;

namespace {

template <typename E> void round_trips(std::size_t count) {
  const auto all = grammar::all_of<E>();
  REQUIRE(all.size() == count);
  std::set<int> seen;
  for (E value : all) {
    CHECK(seen.insert(static_cast<int>(value)).second);
    const std::string_view word = grammar::word_for(value);
    CHECK(!word.empty());
    CHECK(grammar::value_of<E>(word) == value);
    CHECK(std::string_view(model::to_string(value)) == word);
  }
}

} // namespace

TEST_CASE("each enumerator of the language has one word, and back") {
  round_trips<grammar::Lane>(5);
  round_trips<grammar::ActorKind>(3);
  round_trips<grammar::Status>(3);
  round_trips<grammar::Dimension>(5);
  round_trips<grammar::StandardKind>(2);
  round_trips<grammar::FailSeverity>(3);
  round_trips<grammar::Comparator>(5);
  round_trips<grammar::Arrow>(3); // the journey is implicit: no word
  CHECK(grammar::value_of<grammar::Lane>("stage", grammar::Lane::support) == grammar::Lane::support);
}

TEST_CASE("the words are unique and only words keep ids out") {
  std::set<std::string_view> texts;
  for (const grammar::Word& w : grammar::vocabulary)
    CHECK(texts.insert(w.text).second);
  CHECK(grammar::is_keyword("stage"));
  CHECK(grammar::is_keyword("persona")); // reserved
  CHECK_FALSE(grammar::is_keyword("->"));
  CHECK_FALSE(grammar::is_keyword("min"));
  CHECK_FALSE(grammar::is_keyword("stages"));
}

TEST_CASE("duration units come from the table, the longest first") {
  REQUIRE(grammar::unit_at("min30s") != nullptr);
  CHECK(grammar::unit_at("min30s")->text == "min");
  CHECK(grammar::unit_at("h")->value == 3600);
  CHECK(grammar::unit_at("x") == nullptr);
}

TEST_CASE("the grammar's expected-lists are the words of their place, in table order") {
  using namespace grammar;
  CHECK(syntax::error_text(error_entry<blueprint_item>) ==
        "expected `stage`, `flow`, `standard`, `persona`, `channel`, `lane`, `import`, `role`, `system`, `partner`, "
        "`description`, "
        "`owner`, `version`, `status`, `updated`, `promise`, `allow` or `}`");
  CHECK(syntax::error_text(error_entry<stage_item>) ==
        "expected a lane (`evidence`, `customer`, `frontstage`, `backstage`, `support`), `budget`, `promise`, `note`, "
        "`allow` or `}`");
  CHECK(syntax::error_text(error_entry<status_value>) == "expected a status (`draft`, `review` or `approved`)");
  CHECK(syntax::error_text(error_entry<flow_first_link>) == "expected an arrow (`->`, `~>` or `<->`)");
  // Every word with a place appears in its place's message.
  for (const Word& w : vocabulary) {
    if (w.places & place::step)
      CHECK(syntax::error_text(error_entry<step_attr>).find("`" + std::string(w.text) + "`") != std::string::npos);
    if (w.places & place::fail)
      CHECK(syntax::error_text(error_entry<fail_item>).find("`" + std::string(w.text) + "`") != std::string::npos);
  }
}

TEST_CASE("recovery resumes at declarations, not at attributes") {
  CHECK(grammar::resumes_at("stage", grammar::place::top));
  CHECK(grammar::resumes_at("evidence", grammar::place::stage));
  CHECK_FALSE(grammar::resumes_at("evidence", grammar::place::top));
  CHECK_FALSE(grammar::resumes_at("note", grammar::place::top | grammar::place::stage));
  CHECK_FALSE(grammar::resumes_at("description", grammar::place::top));
}

TEST_CASE("the fuzzers' dictionary holds every word of the vocabulary") {
  const std::string dict = bp::test::read_file(std::filesystem::path(BLUEPRINT_SOURCE_DIR) / "fuzz/blueprint.dict");
  for (const grammar::Word& w : grammar::vocabulary) {
    if (w.meaning == grammar::Meaning::duration_unit) continue; // they follow numbers: "5min" is in the dictionary
    INFO(w.text);
    CHECK(dict.find("\"" + std::string(w.text) + "\"") != std::string::npos);
  }
}
