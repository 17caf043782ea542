#include "compiler/format/formatter.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/source/utf8.hpp"
#include "grammar/lexer.hpp"

#include <algorithm>

namespace bp::format {

namespace {

using grammar::Token;
using grammar::tokenize;
using grammar::TokenKind;

using source::Span;

// An item of the layout: a line, with a block of items under it when it has one.
struct Node {
  Span span;
  std::vector<Node> children;       // in text order
  bool block = false;               // written with `{ ... }`
  bool may_be_flat = false;         // steps, fail and wait points; never stages, standards or the blueprint
  bool always_flat_if_fits = false; // `wait "..." { expected 4min tolerance 3min }`
};

Node leaf(Span span) { return Node{span, {}, false, false, false}; }

void sort_children(Node& node) {
  std::sort(node.children.begin(), node.children.end(),
            [](const Node& a, const Node& b) { return a.span.begin < b.span.begin; });
}

// A fail point's FMEA scores read as one phrase, as the contract writes them:
// `severity 6 likelihood 4 detection 3` stays on one line.
bool is_score(const syntax::Attr& a) {
  return a.keyword.text == "severity" || a.keyword.text == "likelihood" || a.keyword.text == "detection";
}

Node attr_node(const syntax::Attr& attr, std::string_view text) {
  Node node = leaf(attr.span);
  bool scores = false; // the last child is a run of scores
  for (const syntax::Attr& item : attr.block) {
    // Only blanks can be between two items, or a comment, which keeps its line.
    const auto between = [&] {
      const std::uint32_t from = node.children.back().span.end;
      return text.substr(from, item.span.begin - from);
    };
    if (is_score(item) && scores && between().find('#') == std::string_view::npos) {
      node.children.back().span.end = item.span.end;
      continue;
    }
    node.children.push_back(attr_node(item, text));
    scores = is_score(item);
  }
  node.block = attr.span.end > attr.span.begin && text[attr.span.end - 1] == '}';
  node.may_be_flat = true;
  node.always_flat_if_fits = attr.keyword.text == "wait";
  return node;
}

Node tree_nodes(const syntax::Blueprint& b, std::string_view text) {
  Node root{b.span, {}, true, false, false};
  for (const syntax::Import& i : b.imports)
    root.children.push_back(leaf(i.span));
  for (const syntax::Attr& a : b.attrs)
    root.children.push_back(attr_node(a, text));
  for (const syntax::Actor& a : b.actors)
    root.children.push_back(leaf(a.span));
  for (const syntax::InfoLane& l : b.lanes)
    root.children.push_back(leaf(l.span));
  // Personas and channels: one line when their block fits, like a step's.
  for (const auto* profiles : {&b.personas, &b.channels}) {
    for (const syntax::Profile& p : *profiles) {
      Node node = leaf(p.span);
      for (const syntax::Attr& a : p.attrs)
        node.children.push_back(attr_node(a, text));
      node.block = p.span.end > p.span.begin && text[p.span.end - 1] == '}';
      node.may_be_flat = true;
      root.children.push_back(std::move(node));
    }
  }
  for (const syntax::Standard& s : b.standards) {
    Node node{s.span, {}, true, false, false};
    for (const syntax::Attr& a : s.attrs)
      node.children.push_back(attr_node(a, text));
    root.children.push_back(std::move(node));
  }
  for (const syntax::Stage& stage : b.stages) {
    Node node{stage.span, {}, true, false, false};
    for (const syntax::Attr& a : stage.attrs)
      node.children.push_back(attr_node(a, text));
    for (const syntax::Step& step : stage.steps) {
      Node s = leaf(step.span);
      for (const syntax::Attr& a : step.attrs)
        s.children.push_back(attr_node(a, text));
      s.block = step.span.end > step.span.begin && text[step.span.end - 1] == '}';
      s.may_be_flat = true;
      sort_children(s);
      node.children.push_back(std::move(s));
    }
    sort_children(node);
    root.children.push_back(std::move(node));
  }
  for (const syntax::Flow& f : b.flows)
    root.children.push_back(leaf(f.span));
  sort_children(root);
  return root;
}

std::size_t width(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < text.size(); pos += source::decode(text, pos).length)
    ++n;
  return n;
}

class Printer {
public:
  Printer(std::string_view text, std::vector<Token> tokens) : text_(text), tokens_(std::move(tokens)) {}

  std::string run(const Node& root) {
    print_comments_before(root.span.begin, 0);
    print_node(root, 0);
    print_comments_before(static_cast<std::uint32_t>(text_.size()) + 1, 0);
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    return std::move(out_);
  }

private:
  std::string_view token_text(const Token& t) const { return text_.substr(t.span.begin, t.span.end - t.span.begin); }
  bool more_before(std::uint32_t offset) const { return next_ < tokens_.size() && tokens_[next_].span.begin < offset; }

  void new_line(int indent) {
    if (!line_empty_) out_ += '\n';
    out_.append(static_cast<std::size_t>(indent), ' ');
    line_empty_ = true;
  }

  // Writes one token after the current line's last, or on a new line after a comment.
  void put(const Token& t, int continuation_indent) {
    if (break_next_) {
      new_line(continuation_indent);
      break_next_ = false;
    }
    if (t.kind == TokenKind::comment && !line_empty_ && t.newlines_before > 0) new_line(continuation_indent);
    if (!line_empty_ && t.kind != TokenKind::comma) out_ += ' ';
    out_ += token_text(t);
    line_empty_ = false;
    if (t.kind == TokenKind::comment) break_next_ = true;
  }

  // Comments between items: on their own line at the items' indent, or after the
  // previous item when they were on its line. Blank lines before them are kept (one).
  void print_comments_before(std::uint32_t offset, int indent) {
    while (more_before(offset) && tokens_[next_].kind == TokenKind::comment) {
      const Token& t = tokens_[next_++];
      if (t.newlines_before == 0 && !out_.empty()) {
        out_ += ' ';
        out_ += token_text(t);
        line_empty_ = false;
      } else {
        blank_line_if(t);
        new_line(indent);
        out_ += token_text(t);
        line_empty_ = false;
      }
      break_next_ = false;
    }
  }

  void blank_line_if(const Token& t) {
    if (t.newlines_before > 1 && !out_.empty() && !after_open_) out_ += '\n';
    after_open_ = false;
  }

  bool has_comment(Span span) const {
    for (std::size_t i = next_; i < tokens_.size() && tokens_[i].span.begin < span.end; ++i) {
      if (tokens_[i].kind == TokenKind::comment) return true;
    }
    return false;
  }

  // The node on one line, if it may be and fits.
  std::optional<std::string> flat(const Node& node, int indent) const {
    if (!node.block) return std::nullopt;
    const bool shape = node.may_be_flat && (node.children.size() <= 1 || node.always_flat_if_fits) &&
                       std::all_of(node.children.begin(), node.children.end(), [](const Node& c) { return !c.block; });
    if (!shape || has_comment(node.span)) return std::nullopt;
    std::string line;
    for (std::size_t i = next_; i < tokens_.size() && tokens_[i].span.begin < node.span.end; ++i) {
      if (!line.empty() && tokens_[i].kind != TokenKind::comma) line += ' ';
      line += token_text(tokens_[i]);
    }
    if (static_cast<std::size_t>(indent) + width(line) > max_line_width) return std::nullopt;
    return line;
  }

  void print_node(const Node& node, int indent) {
    if (next_ < tokens_.size()) blank_line_if(tokens_[next_]);
    new_line(indent);
    if (auto line = flat(node, indent)) {
      out_ += *line;
      line_empty_ = false;
      while (more_before(node.span.end))
        ++next_;
      return;
    }
    const std::uint32_t header_end = node.block ? open_brace(node) : node.span.end;
    while (more_before(header_end))
      put(tokens_[next_++], indent + 4);
    if (!node.block) return;
    put(tokens_[next_++], indent + 4); // `{`
    if (node.children.empty() && !has_comment(node.span)) {
      out_ += '}'; // an empty block: `{}`
      ++next_;
      return;
    }
    after_open_ = true;
    for (const Node& child : node.children) {
      print_comments_before(child.span.begin, indent + 2);
      print_node(child, indent + 2);
    }
    const std::uint32_t close = node.span.end - 1;
    print_comments_before(close, indent + 2);
    after_open_ = false;
    new_line(indent);
    put(tokens_[next_++], indent); // `}`
  }

  // The `{` that opens a node's block: the first after its header's tokens.
  std::uint32_t open_brace(const Node& node) const {
    for (std::size_t i = next_; i < tokens_.size() && tokens_[i].span.begin < node.span.end; ++i) {
      if (tokens_[i].kind == TokenKind::open) return tokens_[i].span.begin;
    }
    return node.span.end;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::size_t next_ = 0;
  std::string out_;
  bool line_empty_ = true;
  bool break_next_ = false;
  bool after_open_ = false;
};

} // namespace

Formatted format_blueprint(const source::SourceFile& source, const syntax::SyntaxTree& tree,
                           const diag::Diagnostics& diagnostics) {
  const bool syntax_errors = std::any_of(diagnostics.begin(), diagnostics.end(),
                                         [](const diag::Diagnostic& d) { return d.code == diag::checks::syntax; });
  if (syntax_errors || !tree.blueprint.present) return {Formatted::Status::syntax_errors, {}};
  const std::string_view text = source.text();
  std::vector<Token> tokens = tokenize(text);
  Printer printer(text, tokens);
  std::string formatted = printer.run(tree_nodes(tree.blueprint, text));
  // The guarantee, checked on every run: the same tokens in the same order.
  const std::vector<Token> after = tokenize(formatted);
  const auto same = [&](const Token& a, const Token& b) {
    return a.kind == b.kind && text.substr(a.span.begin, a.span.end - a.span.begin) ==
                                   std::string_view(formatted).substr(b.span.begin, b.span.end - b.span.begin);
  };
  if (!std::equal(tokens.begin(), tokens.end(), after.begin(), after.end(), same)) {
    return {Formatted::Status::internal_error, {}};
  }
  return {Formatted::Status::ok, std::move(formatted)};
}

} // namespace bp::format
