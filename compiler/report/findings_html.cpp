#include "compiler/report/findings_html.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/escape/escape.hpp"
#include "compiler/report/explanation_html.hpp"
#include "compiler/report/file_name.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

namespace bp::report {

namespace {

using escape::html;
using fmt::arg;
using wording::format;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }

// The findings of one check, in the order of the text.
struct Group {
  const diag::CheckInfo* check = nullptr; // null for a code the table lacks (none today)
  std::string_view code;
  diag::Severity severity = diag::Severity::note;
  std::vector<const diag::Diagnostic*> places;
};

// Errors, then warnings, then notes; within each, the check with more places
// first, then the table's order.
std::vector<Group> groups_of(const diag::Diagnostics& findings) {
  std::map<std::string_view, Group> by_code;
  for (const diag::Diagnostic& d : findings) {
    Group& g = by_code[d.code.code()];
    g.code = d.code.code();
    g.check = diag::find_check(g.code);
    g.severity = g.places.empty() ? d.severity : std::min(g.severity, d.severity);
    g.places.push_back(&d);
  }
  std::vector<Group> out;
  for (auto& [code, group] : by_code)
    out.push_back(std::move(group));
  std::stable_sort(out.begin(), out.end(), [](const Group& a, const Group& b) {
    if (a.severity != b.severity) return a.severity < b.severity;
    return a.places.size() > b.places.size();
  });
  return out;
}

std::string summary_of(const Group& g) { return g.check ? std::string(g.check->summary()) : std::string(g.code); }

std::string places_count(std::size_t n) {
  return format(n == 1 ? msg::report_places_one : msg::report_places_other, arg("n", n));
}

// The one hint every place shares, or nothing when they differ.
std::string shared_hint(const Group& g) {
  const std::string& first = g.places.front()->hint;
  const bool same = std::all_of(g.places.begin(), g.places.end(), [&](const auto* d) { return d->hint == first; });
  return same && g.places.size() > 1 ? first : std::string();
}

std::string place(const check::CheckedBlueprint& checked, const diag::Diagnostic& d, bool with_hint) {
  const source::SourceFile& file = checked.file_at(d.span.begin);
  const source::Location at = file.location(d.span.begin);
  std::string out = fmt::format("<li><p class=\"what\">{}</p><div class=\"where\">{}:{}:{}</div>\n",
                                escape::html_message(d.message), html(shown_name(file.name())), at.line, at.column);
  if (with_hint && !d.hint.empty()) {
    out += fmt::format("<p class=\"why\"><strong>{}</strong> {}</p>\n", words(msg::report_how_to_fix),
                       escape::html_message(d.hint));
  }
  return out + "</li>\n";
}

std::string article(const check::CheckedBlueprint& checked, const Group& g) {
  const std::string_view severity = diag::to_string(g.severity);
  std::string out =
      fmt::format("<article class=\"finding {0}\" id=\"{1}\"><h3><span class=\"badge {0}\">{0}</span> {2} "
                  "<span class=\"count\">{3}</span></h3>\n<div class=\"where\"><code>{1}</code> {4}</div>\n",
                  severity, g.code, html(summary_of(g)), places_count(g.places.size()), diag::name_of(g.code));
  if (g.check) {
    const std::string_view meaning = section_of(diag::explanation(*g.check), "What it means");
    if (!meaning.empty()) out += "<div class=\"explanation\">" + markdown_html(meaning) + "</div>\n";
  }
  const std::string hint = shared_hint(g);
  if (!hint.empty()) {
    out += fmt::format("<p class=\"why\"><strong>{}</strong> {}</p>\n", words(msg::report_how_to_fix),
                       escape::html_message(hint));
  }
  out += "<ol class=\"places\">\n";
  for (const diag::Diagnostic* d : g.places)
    out += place(checked, *d, hint.empty());
  return out + "</ol>\n</article>\n";
}

} // namespace

std::string fix_first(const check::CheckedBlueprint& checked) {
  const std::vector<Group> groups = groups_of(checked.findings);
  if (groups.empty()) return {};
  constexpr std::size_t shown = 5;
  std::string out = "<section class=\"fix-first\">\n<h2>" + words(msg::report_fix_first) + "</h2>\n<p>" +
                    words(msg::report_fix_first_intro) + "</p>\n<ol>\n";
  for (std::size_t i = 0; i < std::min(shown, groups.size()); ++i) {
    const Group& g = groups[i];
    out += fmt::format("<li><span class=\"badge {0}\">{0}</span> <a href=\"#{1}\">{2}</a> &middot; {3}</li>\n",
                       diag::to_string(g.severity), g.code, html(summary_of(g)), places_count(g.places.size()));
  }
  out += "</ol>\n";
  if (groups.size() > shown) {
    out += "<p class=\"meta\">" + format(msg::report_fix_first_more, arg("n", groups.size() - shown)) + "</p>\n";
  }
  return out + "</section>\n";
}

std::string findings(const check::CheckedBlueprint& checked) {
  std::string out = "<section class=\"page\">\n<h2>" + words(msg::report_findings) + "</h2>\n";
  if (checked.findings.empty()) out += "<p>" + words(msg::report_no_findings) + "</p>\n";
  for (const Group& g : groups_of(checked.findings))
    out += article(checked, g);
  return out + "</section>\n";
}

} // namespace bp::report
