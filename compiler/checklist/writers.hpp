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
std::string write_html_sections(const Checklist& checklist);
// The stylesheet the HTML checklist and the report share.
std::string_view checklist_css();

} // namespace bp::checklist
