// The grammar's error table against the catalog: every entry names a syntax
// message of the catalog whose placeholders are exactly the word lists the entry
// fills, so a message and its entry cannot drift apart.

#include "compiler/syntax/error_text.hpp"
#include "compiler/wording/catalog.hpp"
#include "grammar/errors.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace bp;

namespace {

// The names of a format string's placeholders; `{{` and `}}` are text.
std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
    } else if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      REQUIRE(close != std::string_view::npos);
      const std::string_view inside = text.substr(i + 1, close - i - 1);
      out.emplace(inside.substr(0, inside.find(':')));
      i = close;
    }
  }
  return out;
}

std::vector<std::string> backticked(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t open = text.find('`'); open != std::string_view::npos; open = text.find('`', open)) {
    const std::size_t close = text.find('`', open + 1);
    if (close == std::string_view::npos) break;
    out.emplace_back(text.substr(open + 1, close - open - 1));
    open = close + 1;
  }
  return out;
}

bool picks(const grammar::WordList& list) { return list.pick != grammar::WordList::Pick::none; }

} // namespace

TEST_CASE("every grammar error names a catalog message whose placeholders it fills") {
  std::set<std::string_view> rules;
  for (const grammar::ErrorEntry* e : grammar::error_table) {
    INFO(e->rule);
    CHECK(rules.insert(e->rule).second);
    REQUIRE(e->message != nullptr);
    CHECK(wording::find(e->message->key) == e->message);
    CHECK(e->message->key.starts_with("syntax."));
    std::set<std::string> filled;
    if (picks(e->words)) filled.insert("words");
    if (picks(e->lanes)) filled.insert("lanes");
    CHECK(placeholders(e->message->text) == filled);
    // A list that picks nothing would leave "()" in the message.
    if (picks(e->words)) CHECK(!syntax::word_list(e->words).empty());
    if (picks(e->lanes)) CHECK(!syntax::word_list(e->lanes).empty());
    CHECK_NOTHROW(syntax::error_text(*e));
  }
  CHECK(rules.count("stage_id") == 1);
}

TEST_CASE("a grammar error's message says what was found unless it says what is wrong") {
  for (const grammar::ErrorEntry* e : grammar::error_table) {
    INFO(e->rule);
    CHECK(e->says_found == syntax::error_text(*e).starts_with("expected"));
  }
}

TEST_CASE("the words a grammar error offers are those its English message shows") {
  // Taken from the entry, they stay the same under a translation; in English they
  // are the message's words in backticks, in its order.
  for (const grammar::ErrorEntry* e : grammar::error_table) {
    INFO(e->rule);
    CHECK(syntax::offered_words(*e) == backticked(syntax::error_text(*e)));
  }
}

TEST_CASE("word lists are joined by the catalog's joiners") {
  using namespace grammar;
  CHECK(syntax::word_list(values_of(Meaning::standard_kind)) == "`hard` or `soft`");
  CHECK(syntax::word_list(items_of(place::wait)) == "`expected`, `tolerance`");
  CHECK(syntax::word_list(lanes_list()) == "`evidence`, `customer`, `frontstage`, `backstage`, `support`");
  CHECK(syntax::word_list(WordList{}).empty());
  CHECK(syntax::error_text(error_entry<duration_unit>) ==
        "expected a duration unit (`s`, `min`, `h` or `d`) after the number");
  CHECK(syntax::error_text(error_entry<unicode_escape_open>) == "expected `{` after `\\u`, as in `\\u{1F600}`");
}
