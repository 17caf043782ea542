#include "compiler/syntax/error_text.hpp"

#include "compiler/wording/catalog.hpp"
#include "grammar/vocabulary.hpp"

#include <fmt/format.h>

#include <string_view>

namespace bp::syntax {

namespace {

namespace msg = wording::msg;
using fmt::arg;

std::vector<std::string_view> listed(const grammar::WordList& list) {
  std::vector<std::string_view> out;
  for (const grammar::Word& w : grammar::vocabulary) {
    if (list.lists(w)) out.push_back(w.text);
  }
  return out;
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

} // namespace bp::syntax
