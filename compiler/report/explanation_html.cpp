#include "compiler/report/explanation_html.hpp"

#include <cmark.h>

#include <cstdlib>
#include <memory>

namespace bp::report {

std::string_view section_of(std::string_view page, std::string_view heading) {
  const std::string marker = "## " + std::string(heading) + "\n";
  std::size_t start = page.starts_with(marker) ? 0 : page.find("\n" + marker);
  if (start == std::string_view::npos) return {};
  start = page.find('\n', start + (page[start] == '\n' ? 1 : 0)) + 1;
  const std::size_t end = page.find("\n## ", start);
  std::string_view body = page.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  while (!body.empty() && (body.front() == '\n' || body.back() == '\n'))
    body = body.front() == '\n' ? body.substr(1) : body.substr(0, body.size() - 1);
  return body;
}

std::string markdown_html(std::string_view markdown) {
  // CMARK_OPT_SAFE is the default since cmark 0.29 and kept explicit for older ones.
  const std::unique_ptr<char, decltype(&std::free)> html(
      cmark_markdown_to_html(markdown.data(), markdown.size(), CMARK_OPT_SAFE | CMARK_OPT_SMART), &std::free);
  return html ? std::string(html.get()) : std::string();
}

} // namespace bp::report
