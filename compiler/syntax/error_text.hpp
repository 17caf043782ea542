#pragma once
// The text of a grammar error: its catalog message with the word lists written
// from the vocabulary.

#include "grammar/errors.hpp"

#include <string>
#include <vector>

namespace bp::syntax {

// "`draft`, `review` or `approved`": the words of `list` in table order, each in
// backticks; empty for a list that picks nothing.
std::string word_list(const grammar::WordList& list);

// The entry's message, its `{words}` and `{lanes}` filled.
std::string error_text(const grammar::ErrorEntry& error);

} // namespace bp::syntax
