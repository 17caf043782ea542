#pragma once
// Every word of the language (the reserved words are listed apart). Shared by the grammar (keywords cannot be ids), the
// language server's completion and the highlighting tests.

#include <string_view>

namespace bp::grammar {

inline constexpr std::string_view lane_keywords[] = {"evidence", "customer", "frontstage", "backstage", "support"};

inline constexpr std::string_view dimension_keywords[] = {"reliability", "responsiveness", "assurance", "empathy",
                                                          "tangibles"};

// Words the contract reserves for later versions; they are keywords already.
inline constexpr std::string_view reserved_words[] = {"import", "lane", "persona", "channel", "kpi"};

inline constexpr std::string_view keywords[] = {
    // structure
    "blueprint", "stage", "flow", "standard",
    // blueprint attributes
    "description", "owner", "version", "status", "updated", "draft", "review", "approved",
    // actors
    "role", "system", "partner",
    // standards
    "dimension", "kind", "hard", "soft", "measure", "target", "note", "for", "reliability", "responsiveness",
    "assurance", "empathy", "tangibles",
    // stages and steps
    "budget", "evidence", "customer", "frontstage", "backstage", "support", "by", "takes", "moment", "fail", "wait",
    "meets", "feeling", "allow",
    // fail and wait blocks
    "recovery", "severity", "low", "medium", "high", "expected", "tolerance"};

inline bool is_keyword(std::string_view word) {
  for (std::string_view k : keywords) {
    if (k == word) return true;
  }
  for (std::string_view r : reserved_words) {
    if (r == word) return true;
  }
  return false;
}

} // namespace bp::grammar
