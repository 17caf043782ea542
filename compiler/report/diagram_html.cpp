#include "compiler/report/diagram_html.hpp"

#include "compiler/escape/escape.hpp"
#include "compiler/render/pages.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::report {

namespace {

using escape::html;
using fmt::arg;
using wording::format;
namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string part_caption(const model::Blueprint& b, const render::DiagramPart& part, std::size_t n, std::size_t count) {
  const std::string heading = words(msg::report_blueprint);
  const std::string& first = b.stages[part.stages.front()].label;
  const std::string& last = b.stages[part.stages.back()].label;
  const std::string stages =
      part.stages.size() == 1 ? first : format(msg::report_part_stages, arg("first", first), arg("last", last));
  std::string caption = count == 1 ? heading
                                   : format(msg::report_part_caption, arg("heading", heading), arg("part", n + 1),
                                            arg("parts", count), arg("stages", stages));
  return "<figcaption>" + html(caption) + "</figcaption>\n";
}

std::string print_parts(const model::Blueprint& b, const std::vector<render::DiagramPart>& parts) {
  std::string out = "<div class=\"print-parts\">\n";
  for (std::size_t n = 0; n < parts.size(); ++n) {
    const render::DiagramPart& part = parts[n];
    out += fmt::format("<figure class=\"print-part {}\">\n", part.landscape ? "landscape" : "portrait");
    out += part_caption(b, part, n, parts.size());
    if (n > 0) out += "<p class=\"continued\">" + words(msg::report_continued_from) + "</p>\n";
    // The width on paper, in points: the scale that keeps the smallest text at 6 pt.
    out += fmt::format("<div class=\"part-drawing\" style=\"width: {:.1f}pt\">\n{}</div>\n", part.width * part.scale,
                       inline_svg(part.svg, fmt::format("part{}-", n + 1)));
    if (n + 1 < parts.size())
      out += "<p class=\"continued next\">" + words(msg::report_continued_next) + "</p>\n";
    else
      out += "<p class=\"meta\">" + words(msg::report_diagram_caption) + "</p>\n";
    out += "</figure>\n";
  }
  return out + "</div>\n";
}

} // namespace

const char* const diagram_css = R"CSS(
.print-parts { display: none; }
@page diagram-landscape { size: A3 landscape; margin: 12mm; }
@page diagram-portrait { size: A3 portrait; margin: 12mm; }
@media print {
  body { margin: 0; }
  .diagram-section { display: none; }
  .print-parts { display: block; }
  .print-part { break-before: page; break-inside: avoid; margin: 0; }
  .print-part.landscape { page: diagram-landscape; } .print-part.portrait { page: diagram-portrait; }
  .print-part figcaption { font-size: 14pt; font-weight: 700; margin: 0 0 4pt; }
  .print-part .continued { font-size: 9pt; color: var(--muted); margin: 2pt 0; }
  .print-part .continued.next { text-align: right; }
  .part-drawing svg { width: 100%; height: auto; display: block; }
}
)CSS";

std::string inline_svg(const std::string& svg, const std::string& id_prefix) {
  const std::size_t start = svg.find("<svg");
  std::string out = start == std::string::npos ? std::string() : svg.substr(start);
  for (std::size_t at = out.find("<!--"); at != std::string::npos; at = out.find("<!--", at)) {
    const std::size_t end = out.find("-->", at);
    out.erase(at, end == std::string::npos ? std::string::npos : end + 3 - at);
  }
  if (!id_prefix.empty()) out = replace_all(std::move(out), " id=\"", " id=\"" + id_prefix);
  return out;
}

diag::Result<std::string> diagram_html(const check::CheckedBlueprint& checked, const render::RenderOptions& options) {
  render::RenderOptions screen = options;
  screen.format = render::Format::svg;
  const diag::Result<std::string> svg = render::render(checked, screen);
  if (!svg) return diag::failure(svg.error());
  const diag::Result<std::vector<render::DiagramPart>> parts = render::render_parts(checked, options);
  if (!parts) return diag::failure(parts.error());
  return "<section class=\"page diagram-section\">\n<h2>" + words(msg::report_blueprint) +
         "</h2>\n<div class=\"diagram\">\n" + inline_svg(*svg) + "</div>\n<p class=\"meta\">" +
         words(msg::report_diagram_caption) + "</p>\n</section>\n" + print_parts(checked.blueprint, *parts);
}

} // namespace bp::report
