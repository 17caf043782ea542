// Completion: the keywords that can start an item in the block at the cursor,
// the values a keyword takes, and ids where an id is expected.

#include "compiler/diag/check_table.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "grammar/lexer.hpp"
#include "grammar/vocabulary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace bp::lsp {

namespace {

using grammar::Token;
using grammar::TokenKind;

// LSP CompletionItemKind values.
constexpr int item_value = 12, item_keyword = 14, item_class = 7, item_interface = 8, item_constant = 21,
              item_struct = 22, item_event = 23, item_module = 9;

bool is_lane(std::string_view word) { return grammar::is_word_of(grammar::Meaning::lane, word); }

// The vocabulary's words that pick.
template <typename Pick> std::vector<std::string_view> words_where(Pick pick) {
  std::vector<std::string_view> out;
  for (const grammar::Word& w : grammar::vocabulary) {
    if (pick(w)) out.push_back(w.text);
  }
  return out;
}

// What may start an item in each kind of block: the vocabulary's words of that
// place (a stage's items include its steps' lanes).
std::vector<std::string_view> keywords_in(std::string_view block) {
  using namespace grammar;
  const std::uint16_t where = block.empty()          ? place::file
                              : block == "blueprint" ? place::top
                              : block == "standard"  ? place::standard
                              : block == "stage"     ? place::stage
                              : block == "fail"      ? place::fail
                              : block == "wait"      ? place::wait
                              : block == "persona"   ? place::persona
                              : block == "channel"   ? place::channel
                                                     : place::step; // a step's block
  return words_where([&](const Word& w) { return (w.places & where) != 0; });
}

// Keywords whose value is one of a few words.
std::vector<std::string_view> values_after(std::string_view keyword) {
  const grammar::Word* word = grammar::find_word(keyword);
  if (!word || word->takes == grammar::Meaning::keyword) return {};
  return words_where([&](const grammar::Word& w) { return grammar::has_meaning(w, word->takes); });
}

bool is_opener(std::string_view word) {
  for (std::string_view opener : {"blueprint", "standard", "stage", "fail", "wait", "persona", "channel"}) {
    if (word == opener) return true;
  }
  return is_lane(word);
}

struct Context {
  std::string block;              // innermost open block: blueprint, standard, stage, fail, wait, or a lane (a step)
  std::vector<std::string> words; // the words of the current item before the cursor
  bool in_string_or_comment = false;
};

Context context_at(std::string_view text, std::size_t offset) {
  const std::string_view before = text.substr(0, offset);
  const std::vector<Token> tokens = grammar::tokenize(before);
  Context c;
  std::vector<std::string> stack;
  std::string opener;
  std::vector<std::string> words;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const std::string_view s = before.substr(t.span.begin, t.span.end - t.span.begin);
    const bool last = i + 1 == tokens.size();
    if (last && t.span.end == offset) {
      const bool open_string = t.kind == TokenKind::string && (s.size() < 2 || s.back() != '"');
      if (t.kind == TokenKind::comment || open_string) c.in_string_or_comment = true;
      if (t.kind == TokenKind::word) break; // the word being typed
    }
    switch (t.kind) {
    case TokenKind::open:
      stack.push_back(opener.empty() ? "?" : opener);
      opener.clear();
      words.clear();
      break;
    case TokenKind::close:
      if (!stack.empty()) stack.pop_back();
      opener.clear();
      words.clear();
      break;
    case TokenKind::comment: break;
    default:
      if (t.kind == TokenKind::word && is_opener(s)) opener = std::string(s);
      // A keyword that starts an item starts a new list of words.
      if (t.kind == TokenKind::word && !stack.empty()) {
        const auto starts = keywords_in(stack.back());
        if (std::find(starts.begin(), starts.end(), s) != starts.end()) words.clear();
      }
      words.emplace_back(s);
    }
  }
  // On a fresh line, a new item starts (a finished item needs no more words).
  const std::size_t last_end = tokens.empty() ? 0 : tokens.back().span.end;
  if (before.substr(last_end).find('\n') != std::string_view::npos) words.clear();
  c.block = stack.empty() ? "" : stack.back();
  if (is_lane(c.block)) c.block = "step";
  c.words = std::move(words);
  return c;
}

CompletionItem item(std::string_view label, int kind, std::string detail = {}) {
  return {std::string(label), kind, std::move(detail)};
}

// Ids declared in the text, found from its words rather than the model: while
// the user types, the text often has a syntax error and the model lacks the item
// being written and those after it.
void add_ids(std::string_view text, model::SymbolKind kind, std::vector<CompletionItem>& out) {
  const std::vector<Token> tokens = grammar::tokenize(text);
  const auto word = [&](std::size_t i) {
    return i < tokens.size() ? text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin)
                             : std::string_view();
  };
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const std::string_view k = word(i);
    const bool wanted = (kind == model::SymbolKind::step && is_lane(k)) ||
                        (kind == model::SymbolKind::actor && (k == "role" || k == "system" || k == "partner")) ||
                        (kind == model::SymbolKind::standard && k == "standard") ||
                        (kind == model::SymbolKind::persona && k == "persona") ||
                        (kind == model::SymbolKind::channel && k == "channel") ||
                        (kind == model::SymbolKind::info_lane && k == "lane");
    if (!wanted || tokens[i + 1].kind != TokenKind::word || grammar::is_keyword(word(i + 1))) continue;
    const std::string_view id = word(i + 1);
    if (!seen.insert(id).second) continue;
    std::string detail(k);
    if (i + 2 < tokens.size() && tokens[i + 2].kind == TokenKind::string) detail += " " + std::string(word(i + 2));
    constexpr int kinds[] = {item_event,  item_value,     item_class,  item_constant,
                             item_struct, item_interface, item_module, item_constant};
    out.push_back(item(id, kinds[static_cast<int>(kind)], detail));
  }
}

// The keyword that takes the list the cursor is in: `meets a, b, |` gives `meets`.
std::string list_keyword(const std::vector<std::string>& words) {
  std::size_t i = words.size();
  if (i == 0) return {};
  if (words[i - 1] == ",") {
    i -= 1;
    while (i >= 2 && words[i - 2] == ",")
      i -= 2;
    return i >= 2 ? words[i - 2] : std::string();
  }
  return words[i - 1];
}

} // namespace

std::vector<CompletionItem> completion(const Analysis& a, Position at) {
  const std::string_view text = a.file().text();
  const std::size_t offset = offset_of(a.file(), at);
  const Context c = context_at(text, offset);
  std::vector<CompletionItem> items;
  if (c.in_string_or_comment) return items;
  const std::string previous = list_keyword(c.words);
  const std::string first = c.words.empty() ? "" : c.words.front();
  if (previous == "->" || previous == "~>" || previous == "<->" || previous == "flow") {
    add_ids(text, model::SymbolKind::step, items);
  } else if (previous == "by" || (previous == "owner" && c.block != "blueprint")) {
    add_ids(text, model::SymbolKind::actor, items);
  } else if (previous == "meets") {
    add_ids(text, model::SymbolKind::standard, items);
  } else if (previous == "via") {
    add_ids(text, model::SymbolKind::channel, items);
  } else if (previous == "for" && c.block == "stage") {
    add_ids(text, model::SymbolKind::persona, items);
  } else if (first == "lane" && c.words.size() == 3 && c.words.back().starts_with('"')) {
    items.push_back(item("above evidence", item_keyword)); // after an information lane's title
    items.push_back(item("below support", item_keyword));
  } else if (first == "flow" && !c.words.empty() && c.words.back().starts_with('"')) {
    items.push_back(item("share", item_keyword)); // after a branch's label
  } else if (previous == "allow") {
    for (const diag::CheckInfo& check : diag::all_checks()) {
      if (check.default_level != diag::Level::error)
        items.push_back(item(check.name, item_value, fmt::format("{}: {}", check.code, check.summary())));
    }
  } else if (const auto values = values_after(previous); !values.empty()) {
    for (std::string_view v : values)
      items.push_back(item(v, item_keyword));
  } else if (c.block == "stage" && is_lane(first) && c.words.size() >= 3) {
    // After a step's id and label: the clauses not given yet.
    for (std::string_view k : {"by", "takes", "via", "for"}) {
      if (std::find(c.words.begin() + 3, c.words.end(), k) == c.words.end()) items.push_back(item(k, item_keyword));
    }
  } else if (c.words.empty() || c.words.size() >= 2) {
    for (std::string_view k : keywords_in(c.block))
      items.push_back(item(k, item_keyword));
    // A stage's item may also start with an information lane's id.
    if (c.block == "stage" && c.words.empty()) add_ids(text, model::SymbolKind::info_lane, items);
  }
  return items;
}

} // namespace bp::lsp
