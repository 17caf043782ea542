#include "compiler/diag/human_printer.hpp"

#include "compiler/diag/quote.hpp"
#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace bp::diag {

namespace {

namespace msg = wording::msg;
using fmt::arg;

// Lines longer than this are shown as a window around the underlined text.
constexpr std::size_t window_before = 60;
constexpr std::size_t window_after = 100;

struct Paint {
  bool on;
  std::string operator()(std::string_view text, const char* code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

const char* severity_color(Severity s) {
  return s == Severity::error ? "1;31" : s == Severity::warning ? "1;33" : "1;36";
}

// The severity as a reader's word ("error"); JSON and SARIF keep the protocol's.
std::string_view severity_label(Severity s) {
  return wording::text(s == Severity::error     ? msg::diag_severity_error
                       : s == Severity::warning ? msg::diag_severity_warning
                                                : msg::diag_severity_note);
}

// One source line made safe for a terminal, and the underline below it. Widths
// follow the terminal: wide CJK characters take two columns, tabs four.
struct Snippet {
  std::string text;
  std::string marks;
};

// The start of the code point before `pos` in valid UTF-8.
std::size_t previous_code_point(std::string_view line, std::size_t pos) {
  while (pos > 0 && (static_cast<unsigned char>(line[--pos]) & 0xC0) == 0x80) {
  }
  return pos;
}

// What the printer learnt of the line it showed last: a long line is scanned
// once, and each diagnostic on it costs its window, not the whole line.
struct LineScan {
  const source::SourceFile* file = nullptr; // whose line it is: related spans may be in an imported file
  std::size_t line = 0;                     // 1-based; 0 before the first
  bool is_text = false;                     // no NUL byte, valid UTF-8
  bool long_line = false;
  std::size_t cursor = 0;    // a byte offset in the line, counted up to
  std::size_t cursor_cp = 0; // code points before `cursor`

  void start(std::size_t number, std::string_view text) {
    line = number;
    // A line with NUL bytes or invalid UTF-8 is not text (a link to a device or
    // /proc file, a binary): say where, but do not echo its bytes.
    is_text = text.find('\0') == std::string_view::npos && source::find_invalid_utf8(text) == std::string_view::npos;
    long_line = source::count_code_points(text) > window_before + window_after;
    cursor = cursor_cp = 0;
  }

  // Code points before byte `at`, counting on from the last question when it was
  // earlier on the line (diagnostics come in text order).
  std::size_t code_points_before(std::string_view text, std::size_t at) {
    if (at < cursor) cursor = cursor_cp = 0;
    cursor_cp += source::count_code_points(text.substr(cursor, at - cursor));
    cursor = at;
    return cursor_cp;
  }
};

Snippet snippet(std::string_view line, std::size_t from, std::size_t to, char mark, LineScan& scan) {
  Snippet out;
  const std::size_t begin_cp = scan.code_points_before(line, from);
  const bool long_line = scan.long_line;
  const std::size_t first_cp = long_line && begin_cp > window_before ? begin_cp - window_before : 0;
  if (first_cp > 0) out.text += "…", out.marks += " ";
  std::size_t pos = std::min(from, line.size());
  for (std::size_t back = begin_cp - first_cp; back > 0; --back)
    pos = previous_code_point(line, pos);
  for (std::size_t cp = first_cp; pos < line.size(); ++cp) {
    const source::Decoded d = source::decode(line, pos);
    if (long_line && cp >= std::max(begin_cp, window_before) + window_after) {
      out.text += "…";
      break;
    }
    const bool marked = pos >= from && pos < to;
    int width = 1;
    if (d.code_point == '\t') {
      out.text += "    ", width = 4;
    } else if (!d.valid || is_terminal_control(d.code_point)) {
      out.text += "\xEF\xBF\xBD"; // U+FFFD: never send raw control bytes to a terminal
    } else {
      out.text.append(line.substr(pos, d.length));
      width = source::display_width(d.code_point);
    }
    out.marks.append(static_cast<std::size_t>(width), marked ? mark : ' ');
    pos += d.length;
  }
  if (from >= to || from >= line.size()) out.marks += mark; // an empty span or the end of the line
  while (!out.marks.empty() && out.marks.back() == ' ')
    out.marks.pop_back();
  return out;
}

class Printer {
public:
  Printer(const FileReport& report, HumanStyle style) : report_(report), paint_{style.color} {}

  void diagnostic(const Diagnostic& d, std::string& out) {
    const source::Location at = report_.file_at(d.span.begin).location(d.span.begin);
    std::size_t gutter = std::to_string(at.line).size();
    for (const Related& r : d.related)
      gutter = std::max(gutter, std::to_string(report_.file_at(r.span.begin).location(r.span.begin).line).size());

    const std::string heading = wording::format(msg::diag_heading, arg("severity", severity_label(d.severity)),
                                                arg("code", d.code), arg("name", name_of(d.code)));
    out += paint_(heading, severity_color(d.severity));
    out += paint_(fmt::format(": {}", escape_controls(d.message)), "1") + "\n";
    location(d.span, gutter, '^', severity_color(d.severity), {}, out);
    for (const Related& r : d.related) {
      out += fmt::format("{}{}\n", std::string(gutter + 1, ' '), paint_("|", "1;34"));
      location(r.span, gutter, '-', "1;34", r.message, out);
    }
    if (!d.hint.empty()) {
      out += fmt::format("{}{} {}\n", std::string(gutter + 1, ' '), paint_(wording::text(msg::diag_hint_label), "1;32"),
                         escape_controls(d.hint));
    }
    out += "\n";
  }

private:
  void location(source::Span span, std::size_t gutter, char mark, const char* color, std::string_view label,
                std::string& out) {
    const source::SourceFile& file = report_.file_at(span.begin);
    const source::Location at = file.location(span.begin);
    const std::string pad(gutter + 1, ' ');
    out += fmt::format("{}{} {}:{}:{}\n", std::string(gutter, ' '), paint_("-->", "1;34"), escape_controls(file.name()),
                       at.line, at.column);
    const std::string_view line = file.line_text(at.line);
    LineScan& scan = mark == '^' ? primary_ : related_;
    if (scan.line != at.line || scan.file != &file) scan.start(at.line, line), scan.file = &file;
    if (!scan.is_text) return;
    const std::size_t line_start = file.line_start(at.line);
    const std::size_t from = span.begin - line_start;
    const std::size_t to = std::min<std::size_t>(span.end - line_start, line.size());
    const Snippet s = snippet(line, from, to, mark, scan);
    const std::string bar = paint_("|", "1;34");
    out += fmt::format("{}{}\n", pad, bar);
    out += fmt::format("{} {} {}\n", paint_(fmt::format("{:>{}}", at.line, gutter), "1;34"), bar, s.text);
    out += fmt::format("{}{} {}", pad, bar, paint_(s.marks, color));
    if (!label.empty()) out += " " + paint_(escape_controls(label), color);
    out += "\n";
  }

  const FileReport& report_;
  Paint paint_;
  // Primary and related locations each keep their own place on the line.
  LineScan primary_;
  LineScan related_;
};

} // namespace

std::string print_human(const std::vector<FileReport>& reports, HumanStyle style) {
  std::string out;
  for (const FileReport& report : reports) {
    Printer printer(report, style);
    for (const Diagnostic& d : report.diagnostics)
      printer.diagnostic(d, out);
    // With several files, each closes with its own count; the total comes last.
    if (reports.size() > 1)
      out += fmt::format("{}: {}\n\n", escape_controls(report.source->name()), summary_line(count(report.diagnostics)));
  }
  const std::size_t files = reports.size();
  if (files == 0) return out;
  const std::string subject =
      files == 1 ? escape_controls(reports[0].source->name()) : wording::format(msg::diag_files, arg("n", files));
  out += fmt::format("{}: {}\n", subject, summary_line(count(reports)));
  return out;
}

} // namespace bp::diag
