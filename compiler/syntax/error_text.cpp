#include "compiler/syntax/error_text.hpp"

#include "compiler/wording/catalog.hpp"
#include "grammar/vocabulary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace bp::syntax {

namespace {

namespace msg = wording::msg;
using fmt::arg;

// The words of a meaning in the order of its values (`customer`, `staff`,
// `system`, `partner`: a word's second meaning can come earlier in the table),
// the words of a place in table order.
std::vector<std::string_view> listed(const grammar::WordList& list) {
  std::vector<const grammar::Word*> words;
  for (const grammar::Word& w : grammar::vocabulary) {
    if (list.lists(w)) words.push_back(&w);
  }
  if (list.pick == grammar::WordList::Pick::meaning) {
    std::stable_sort(words.begin(), words.end(), [&](const grammar::Word* a, const grammar::Word* b) {
      return grammar::value_as(*a, list.meaning) < grammar::value_as(*b, list.meaning);
    });
  }
  std::vector<std::string_view> out;
  for (const grammar::Word* w : words)
    out.push_back(w->text);
  return out;
}

// Words in backticks in a text.
void add_quoted(std::string_view text, std::vector<std::string>& out) {
  for (std::size_t open = text.find('`'); open != std::string_view::npos; open = text.find('`', open)) {
    const std::size_t close = text.find('`', open + 1);
    if (close == std::string_view::npos) break;
    out.emplace_back(text.substr(open + 1, close - open - 1));
    open = close + 1;
  }
}

} // namespace

std::string word_list(const grammar::WordList& list) {
  const std::vector<std::string_view> words = listed(list);
  const std::string comma = wording::format(msg::syntax_list_comma);
  const std::string last = list.or_last ? wording::format(msg::syntax_list_or) : comma;
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? last : comma;
    out += fmt::format("`{}`", words[i]);
  }
  return out;
}

std::string error_text(const grammar::ErrorEntry& error) {
  return wording::format(*error.message, arg("words", word_list(error.words)), arg("lanes", word_list(error.lanes)));
}

std::vector<std::string> offered_words(const grammar::ErrorEntry& error) {
  std::vector<std::string> out;
  for (const grammar::WordList* list : {&error.lanes, &error.words}) {
    for (std::string_view w : listed(*list))
      out.emplace_back(w);
  }
  // The English text without its lists: the words it names itself.
  add_quoted(fmt::format(fmt::runtime(error.message->text), arg("words", ""), arg("lanes", "")), out);
  return out;
}

} // namespace bp::syntax
