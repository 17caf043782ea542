#pragma once
// The text of a grammar error: its catalog message with the word lists written
// from the vocabulary, and the words it offers for "did you mean".

#include "compiler/diag/diagnostic.hpp"
#include "compiler/syntax/syntax_tree.hpp"
#include "grammar/errors.hpp"

#include <string>
#include <vector>

namespace bp::syntax {

// "`draft`, `review` or `approved`": the words of `list` in table order, each in
// backticks; empty for a list that picks nothing.
std::string word_list(const grammar::WordList& list);

// The error the grammar gives for `word` where a stage's item should start, as
// version 1 gave it for a misspelt lane: the model reports it for a step whose
// first word names no lane when the blueprint declares no information lane.
diag::Diagnostic stage_item_error(const Word& word);

// The entry's message, its `{words}` and `{lanes}` filled.
std::string error_text(const grammar::ErrorEntry& error);

// The words the message offers, for "did you mean" (ties go to the earlier): those
// of its lists, lanes first, then those its English text names in backticks (`}`,
// `30s`). Taken from the entry and the English, not from the message shown, so a
// translation does not change the suggestions.
std::vector<std::string> offered_words(const grammar::ErrorEntry& error);

} // namespace bp::syntax
