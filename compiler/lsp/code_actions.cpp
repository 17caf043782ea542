// Code actions and formatting: quick fixes for findings, and the whole document
// in the canonical layout.

#include "compiler/diag/check_table.hpp"
#include "compiler/format/formatter.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "compiler/wording/catalog.hpp"
#include "grammar/lexer.hpp"

#include <fmt/format.h>

namespace bp::lsp {

namespace msg = wording::msg;

namespace {

TextEdit text_edit(const Analysis& a, source::Span span, std::string text) {
  return {range_of(a.file(), span), std::move(text)};
}

CodeAction action(std::string title, const std::string& uri, TextEdit edit, const Diagnostic& diagnostic,
                  bool preferred) {
  WorkspaceEdit change;
  change.changes[uri].push_back(std::move(edit));
  return {std::move(title), std::move(change), diagnostic, preferred};
}

// The indentation of the line `offset` is on.
std::string indent_at(const Analysis& a, std::size_t offset) {
  const std::string_view line = a.file().line_text(a.file().location(offset).line);
  return std::string(line.substr(0, line.find_first_not_of(" \t")));
}

// The `{` that opens the block of the item spanning `span`, if it has one.
std::optional<std::size_t> open_brace(const Analysis& a, source::Span span) {
  const std::string_view text = std::string_view(a.file().text()).substr(span.begin, span.end - span.begin);
  for (const grammar::Token& t : grammar::tokenize(text)) {
    if (t.kind == grammar::TokenKind::open) return span.begin + t.span.begin;
  }
  return std::nullopt;
}

// Inserts `item` as the first line of the block of the item at `span`, or gives the
// item a one-line block when it has none.
TextEdit insert_in_block(const Analysis& a, source::Span span, const std::string& item) {
  if (const auto brace = open_brace(a, span)) {
    const std::size_t line = a.file().location(*brace).line;
    const std::size_t line_end = a.file().line_start(line) + a.file().line_text(line).size();
    const std::string_view after = std::string_view(a.file().text()).substr(*brace + 1, line_end - (*brace + 1));
    if (after.find_first_not_of(" \t") != std::string_view::npos && !after.starts_with(" #")) {
      // A one-line block, `{ feeling +1 }`: the item goes first on that line.
      return text_edit(a, {static_cast<std::uint32_t>(*brace + 1), static_cast<std::uint32_t>(*brace + 1)}, " " + item);
    }
    const std::string indent = indent_at(a, span.begin) + "  ";
    return text_edit(a, {static_cast<std::uint32_t>(*brace + 1), static_cast<std::uint32_t>(*brace + 1)},
                     "\n" + indent + item);
  }
  return text_edit(a, {span.end, span.end}, " { " + item + " }");
}

const model::FailPoint* fail_point_at(const model::Blueprint& b, source::Span text_span) {
  for (const model::Step& s : b.steps) {
    for (const model::FailPoint& f : s.fail_points) {
      if (f.text_span == text_span) return &f;
    }
  }
  return nullptr;
}

void add_recovery(const Analysis& a, const diag::Diagnostic& d, const Diagnostic& lsp_diagnostic,
                  const std::string& uri, std::vector<CodeAction>& out) {
  const model::FailPoint* f = fail_point_at(a.blueprint(), d.span);
  if (!f) return;
  const std::string recovery = fmt::format("recovery \"{}\"", wording::text(msg::editor_recovery_placeholder));
  TextEdit edit;
  if (a.file().text()[f->span.end - 1] == '}') {
    // Before the closing brace: on its own line when the block is written over lines.
    const std::size_t close = f->span.end - 1;
    const std::string before = indent_at(a, close);
    const bool own_line = a.file().location(close).column == before.size() + 1;
    edit = own_line
               ? text_edit(a,
                           {static_cast<std::uint32_t>(close - before.size()),
                            static_cast<std::uint32_t>(close - before.size())},
                           before + "  " + recovery + "\n")
               : text_edit(a, {static_cast<std::uint32_t>(close), static_cast<std::uint32_t>(close)}, recovery + " ");
  } else {
    edit = text_edit(a, {f->span.end, f->span.end}, " { " + recovery + " }");
  }
  out.push_back(action(wording::format(msg::editor_add_recovery, fmt::arg("fail", f->text)), uri, std::move(edit),
                       lsp_diagnostic, true));
}

// The innermost step, stage, standard or the blueprint holding the finding.
void add_allow(const Analysis& a, const diag::Diagnostic& d, const Diagnostic& lsp_diagnostic, const std::string& uri,
               std::vector<CodeAction>& out) {
  const model::Blueprint& b = a.blueprint();
  const std::string name(diag::name_of(d.code));
  const std::string item = "allow " + name;
  const auto inside = [&](source::Span outer) { return outer.begin <= d.span.begin && d.span.end <= outer.end; };
  const auto offer = [&](const wording::Message& title, const std::string& id, source::Span span) {
    out.push_back(action(wording::format(title, fmt::arg("check", name), fmt::arg("id", id)), uri,
                         insert_in_block(a, span, item), lsp_diagnostic, false));
  };
  for (const model::Step& s : b.steps) {
    if (inside(s.span)) return offer(msg::editor_allow_on_step, s.id, s.span);
  }
  for (const model::Stage& s : b.stages) {
    if (inside(s.span)) return offer(msg::editor_allow_in_stage, s.id, s.span);
  }
  for (const model::Standard& s : b.standards) {
    if (inside(s.span)) return offer(msg::editor_allow_on_standard, s.id, s.span);
  }
  offer(msg::editor_allow_everywhere, {}, b.span);
}

bool overlaps(source::Span a, source::Span b) { return a.begin <= b.end && b.begin <= a.end; }

} // namespace

std::vector<CodeAction> code_actions(const Analysis& a, const CodeActionParams& params) {
  const std::string& uri = params.uri;
  const source::Span wanted = span_of(a.file(), params.range);
  std::vector<CodeAction> out;
  const std::function<std::string(std::string_view)> no_link = [](std::string_view) { return std::string(); };
  const std::vector<Diagnostic> published = diagnostics(a, uri, no_link);
  for (std::size_t i = 0; i < a.compiled.diagnostics.size(); ++i) {
    const diag::Diagnostic& d = a.compiled.diagnostics[i];
    if (!overlaps(d.span, wanted)) continue;
    const Diagnostic& lsp_diagnostic = published[i];
    if (d.code == diag::checks::unknown_reference && !d.replacement.empty()) {
      out.push_back(action(wording::format(msg::editor_replace_with, fmt::arg("replacement", d.replacement)), uri,
                           text_edit(a, d.span, d.replacement), lsp_diagnostic, true));
    }
    if (d.code == diag::checks::missing_recovery) add_recovery(a, d, lsp_diagnostic, uri, out);
    if (d.severity != diag::Severity::error) add_allow(a, d, lsp_diagnostic, uri, out);
  }
  return out;
}

std::optional<std::vector<TextEdit>> formatting(const Analysis& a) {
  const format::Formatted f = format::format_blueprint(*a.compiled.source, a.compiled.tree, a.compiled.diagnostics);
  if (f.status != format::Formatted::Status::ok) return std::nullopt; // nothing to do on a file with syntax errors
  const std::string& text = a.file().text();
  if (f.text == text) return std::vector<TextEdit>{};
  return std::vector<TextEdit>{{range_of(a.file(), {0, static_cast<std::uint32_t>(text.size())}), f.text}};
}

} // namespace bp::lsp
