#include "compiler/diag/sarif_printer.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

namespace bp::diag {

namespace {

using json = nlohmann::ordered_json;

const char* sarif_level(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note";
}
const char* sarif_level(Level l) { return l == Level::error ? "error" : l == Level::warning ? "warning" : "note"; }

json region(const source::SourceFile& file, source::Span span) {
  const source::Location begin = file.location(span.begin);
  const source::Location end = file.location(span.end);
  return json{
      {"startLine", begin.line}, {"startColumn", begin.column}, {"endLine", end.line}, {"endColumn", end.column}};
}

json location(const FileReport& report, source::Span span) {
  const source::SourceFile& file = report.file_at(span.begin);
  return json{{"physicalLocation",
               {{"artifactLocation", {{"uri", path_to_uri(file.name())}}}, {"region", region(file, span)}}}};
}

// The explanation's one-sentence summary, the paragraph after its title.
std::string first_paragraph(std::string_view page, std::string_view fallback) {
  const std::size_t start = page.find("\n\n");
  if (start == std::string_view::npos) return std::string(fallback);
  const std::size_t end = page.find("\n\n", start + 2);
  std::string text(page.substr(start + 2, end == std::string_view::npos ? std::string_view::npos : end - start - 2));
  for (char& c : text)
    c = c == '\n' ? ' ' : c;
  return text;
}

json rules() {
  json out = json::array();
  for (const CheckInfo& check : all_checks()) {
    const std::string_view help = explanation(check);
    out.push_back({{"id", check.code},
                   {"name", check.name},
                   {"shortDescription", {{"text", check.summary()}}},
                   {"fullDescription", {{"text", first_paragraph(help, check.summary())}}},
                   {"help", {{"text", help}, {"markdown", help}}},
                   {"defaultConfiguration", {{"level", sarif_level(check.default_level)}}}});
  }
  return out;
}

std::size_t rule_index(std::string_view code) {
  std::size_t i = 0;
  for (const CheckInfo& check : all_checks()) {
    if (check.code == code) return i;
    ++i;
  }
  return 0;
}

json result(const FileReport& file, const Diagnostic& d) {
  std::string text = d.message;
  if (!d.hint.empty()) text += "\n" + wording::format(wording::msg::diag_sarif_hint, fmt::arg("hint", d.hint));
  json out{{"ruleId", d.code},
           {"ruleIndex", rule_index(d.code)},
           {"level", sarif_level(d.severity)},
           {"message", {{"text", text}}},
           {"locations", json::array({location(file, d.span)})}};
  if (!d.related.empty()) {
    json related = json::array();
    int id = 0;
    for (const Related& r : d.related) {
      json entry = location(file, r.span);
      entry["id"] = id++;
      entry["message"] = {{"text", r.message}};
      related.push_back(std::move(entry));
    }
    out["relatedLocations"] = std::move(related);
  }
  return out;
}

} // namespace

json to_sarif(const std::vector<FileReport>& reports) {
  json results = json::array();
  for (const FileReport& report : reports) {
    for (const Diagnostic& d : report.diagnostics)
      results.push_back(result(report, d));
  }
  json driver{{"name", "blueprint"}, {"version", BLUEPRINT_VERSION}, {"rules", rules()}};
  json run{
      {"tool", {{"driver", std::move(driver)}}}, {"results", std::move(results)}, {"columnKind", "unicodeCodePoints"}};
  return json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({std::move(run)})}};
}

std::string print_sarif(const std::vector<FileReport>& reports) {
  return to_sarif(reports).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace bp::diag
