// The message catalog: unique keys, non-empty texts, and every placeholder one
// that formatting fills (a stray brace would throw at the user, not here).

#include "compiler/wording/catalog.hpp"
#include "grammar/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

using namespace bp;

TEST_CASE("the catalog's keys are unique and its texts formattable") {
  std::set<std::string_view> keys;
  const std::regex placeholder(R"(\{([a-z_]+)(:[^}]*)?\})");
  for (const wording::Message* m : wording::all_messages()) {
    INFO(m->key);
    CHECK(keys.insert(m->key).second);
    CHECK(!m->text.empty());
    CHECK(m->key.find('.') != std::string_view::npos); // "area.name"
    const std::string text(m->text);
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    std::set<std::string> names;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it) {
      const std::string name = (*it)[1];
      if (!names.insert(name).second) continue;
      if ((*it)[2].matched) {
        args.push_back(fmt::arg(names.find(name)->c_str(), 1.5));
      } else {
        args.push_back(fmt::arg(names.find(name)->c_str(), "x"));
      }
    }
    CHECK_NOTHROW(fmt::vformat(text, args));
  }
}

TEST_CASE("a message formats with its named placeholders") {
  constexpr wording::Message sample{"test.sample", "`{id}` is declared {count} times"};
  CHECK(wording::format(sample, fmt::arg("id", "a"), fmt::arg("count", 2)) == "`a` is declared 2 times");
  CHECK(wording::text(sample, wording::Language::en) == sample.text);
}

TEST_CASE("every display name of the vocabulary is in the catalog") {
  for (const grammar::Word& w : grammar::vocabulary) {
    INFO(w.text);
    if (!w.display.empty()) CHECK(wording::find(w.display) != nullptr);
  }
  CHECK(wording::find("diagram.lane.evidence") != nullptr);
  CHECK(wording::find("no.such.key") == nullptr);
}
