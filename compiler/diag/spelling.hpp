#pragma once
// "Did you mean": the closest candidate to a misspelt word by edit distance.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bp::diag {

// Damerau-Levenshtein distance (adjacent swaps count once) over code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is close enough to be a likely typo: at
// most a third of the word's length (and at least 1) edits away. Ties go to the
// earlier candidate, so suggestions are deterministic.
std::optional<std::string> closest(std::string_view word, std::span<const std::string_view> candidates);

} // namespace bp::diag
