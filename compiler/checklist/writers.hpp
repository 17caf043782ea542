#pragma once
// One writer per checklist format. Every item a person must verify is a checkbox:
// `- [ ]` in Markdown, an <input type="checkbox"> in HTML, an `audit` column in CSV and xlsx,
// `"done": false` in JSON.

#include "compiler/checklist/checklist.hpp"
#include "compiler/diag/result.hpp"

#include <string>

namespace bp::checklist {

std::string write_markdown(const Checklist& checklist);
std::string write_json(const Checklist& checklist);
std::string write_csv(const Checklist& checklist, bool byte_order_mark);
// An Excel workbook (its bytes): the CSV's table with a frozen, filtered header,
// the gaps marked, a drop-down in the `audit` column, and set up for printing.
diag::Result<std::string> write_xlsx(const Checklist& checklist);
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
