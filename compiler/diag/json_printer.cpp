#include "compiler/diag/json_printer.hpp"

namespace bp::diag {

namespace {

using json = nlohmann::ordered_json;

void put_span(json& j, const FileReport& report, source::Span span) {
  const source::SourceFile& file = report.file_at(span.begin);
  const source::Location begin = file.location(span.begin);
  const source::Location end = file.location(span.end);
  j["file"] = file.name();
  j["line"] = begin.line;
  j["column"] = begin.column;
  j["end_line"] = end.line;
  j["end_column"] = end.column;
}

} // namespace

json to_json(const std::vector<FileReport>& reports) {
  json diagnostics = json::array();
  for (const FileReport& report : reports) {
    for (const Diagnostic& d : report.diagnostics) {
      json item;
      item["code"] = d.code;
      item["name"] = name_of(d.code);
      item["severity"] = to_string(d.severity);
      put_span(item, report, d.span);
      item["message"] = d.message;
      if (!d.hint.empty()) item["hint"] = d.hint;
      json related = json::array();
      for (const Related& r : d.related) {
        json entry;
        put_span(entry, report, r.span);
        entry["message"] = r.message;
        related.push_back(std::move(entry));
      }
      item["related"] = std::move(related);
      diagnostics.push_back(std::move(item));
    }
  }
  const Counts counts = count(reports);
  json out;
  out["version"] = 1;
  out["diagnostics"] = std::move(diagnostics);
  out["summary"] = {
      {"files", reports.size()}, {"errors", counts.errors}, {"warnings", counts.warnings}, {"notes", counts.notes}};
  return out;
}

std::string print_json(const std::vector<FileReport>& reports) {
  // Invalid UTF-8 never reaches here (the parser rejects it), but replace rather
  // than throw if it ever does.
  return to_json(reports).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace bp::diag
