#pragma once
// One writer per checklist format. Every item a person must verify is a checkbox:
// `- [ ]` in Markdown, an <input type="checkbox"> in HTML, a `done` column in CSV,
// `"done": false` in JSON.

#include "compiler/checklist/checklist.hpp"

#include <string>

namespace bp::checklist {

std::string write_markdown(const Checklist& checklist);
std::string write_json(const Checklist& checklist);
std::string write_csv(const Checklist& checklist, bool byte_order_mark);
// A complete HTML page; `write_html_sections` is its body, reused by the report.
std::string write_html(const Checklist& checklist);
// The report places the ranking by risk and the pain points itself.
struct HtmlSections {
  bool risks = true, workshop = true;
};
std::string write_html_sections(const Checklist& checklist, HtmlSections which = {});
// The stylesheet the HTML checklist and the report share: the sections this
// checklist has.
std::string checklist_css(const Checklist& checklist);

} // namespace bp::checklist
