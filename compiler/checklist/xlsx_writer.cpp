#include "compiler/checklist/rows.hpp"
#include "compiler/checklist/writers.hpp"

#include "compiler/escape/escape.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace bp::checklist {

namespace {

namespace msg = wording::msg;

std::string words(const wording::Message& message) { return std::string(wording::text(message)); }

// libxlsxwriter writes to a file by name: a private temporary file, removed
// whatever happens, whose bytes become the output (so the CLI writes the
// workbook as it writes every other output, atomically).
class TemporaryFile {
public:
  TemporaryFile() {
    std::string name = (std::filesystem::temp_directory_path() / "blueprint-checklist-XXXXXX.xlsx").string();
    const int fd = mkstemps(name.data(), 5);
    if (fd < 0) return;
    close(fd);
    path_ = std::move(name);
  }
  ~TemporaryFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return path_; }
  std::string bytes() const {
    std::ifstream in(path_, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }

private:
  std::string path_;
};

// Excel holds at most 32,767 characters in a cell; a longer text keeps its
// start. Control characters are dropped, as in every other format (the file
// format would keep them as `_x0001_`, which most readers show as written).
constexpr std::size_t max_cell_chars = 32767;

std::string fit_cell(std::string_view raw) {
  const std::string text = escape::printable(raw);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++chars == max_cell_chars) return text.substr(0, i) + "…";
  }
  return text;
}

// In a page header, `&` starts a code: a name's ampersands are doubled.
std::string header_text(const std::string& name) {
  std::string out;
  for (char c : name)
    out += c == '&' ? std::string("&&") : std::string(1, c);
  return out.size() > 200 ? out.substr(0, 200) : out;
}

// The file's creation date: the blueprint's `updated` day when it has one, else
// a fixed day, so the same blueprint gives the same bytes.
std::time_t created_at(const model::Blueprint& b) {
  std::tm day{};
  day.tm_year = 100, day.tm_mday = 1; // 2000-01-01
  if (b.updated) {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(b.updated->c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && y >= 1980 && y < 3000 && m >= 1 && m <= 12 &&
        d >= 1 && d <= 31)
      day.tm_year = y - 1900, day.tm_mon = m - 1, day.tm_mday = d;
  }
  return timegm(&day);
}

struct Formats {
  lxw_format *header, *cell, *gap, *audit;
};

Formats add_formats(lxw_workbook* book) {
  Formats f{};
  f.header = workbook_add_format(book);
  format_set_bold(f.header);
  format_set_font_color(f.header, 0xFFFFFF);
  format_set_bg_color(f.header, 0x1F3A5F);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(f.header, LXW_BORDER_THIN);
  f.cell = workbook_add_format(book);
  format_set_text_wrap(f.cell);
  format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f.cell, LXW_BORDER_THIN);
  format_set_border_color(f.cell, 0xBFBFBF);
  f.gap = workbook_add_format(book);
  format_set_text_wrap(f.gap);
  format_set_align(f.gap, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f.gap, LXW_BORDER_THIN);
  format_set_border_color(f.gap, 0xBFBFBF);
  format_set_bold(f.gap);
  format_set_font_color(f.gap, 0x9C2B00);
  format_set_bg_color(f.gap, 0xFCE4D6);
  f.audit = workbook_add_format(book);
  format_set_align(f.audit, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f.audit, LXW_BORDER_THIN);
  format_set_border_color(f.audit, 0xBFBFBF);
  format_set_bg_color(f.audit, 0xFFF8E1);
  return f;
}

// Column widths in characters, in column order.
constexpr double widths[column_count] = {18, 12, 16, 42, 42, 20, 18, 16, 18, 24, 11, 30};

// A header for people: "Stage", not the CSV's "stage" (a script's key).
std::string capitalised(std::string name) {
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

lxw_error write_sheet(lxw_worksheet* sheet, const Formats& f, const std::vector<Row>& rows) {
  const auto names = column_names();
  for (lxw_col_t c = 0; c < column_count; ++c) {
    worksheet_set_column(sheet, c, c, widths[c], nullptr);
    if (lxw_error e = worksheet_write_string(sheet, 0, c, capitalised(names[c]).c_str(), f.header)) return e;
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto at = static_cast<lxw_row_t>(r + 1);
    for (lxw_col_t c = 0; c < column_count; ++c) {
      const auto column = static_cast<Column>(c);
      lxw_format* format = column == Column::audit || column == Column::notes ? f.audit
                           : column == Column::status && rows[r].gap          ? f.gap
                                                                              : f.cell;
      const std::string& text = rows[r].cells[c];
      // Strings, never formulas: a cell that starts with `=` shows as written.
      lxw_error e = text.empty() ? worksheet_write_blank(sheet, at, c, format)
                                 : worksheet_write_string(sheet, at, c, fit_cell(text).c_str(), format);
      if (e) return e;
    }
  }
  return LXW_NO_ERROR;
}

// The auditor's column: a drop-down of done / not met / n.a.
lxw_error add_audit_choices(lxw_worksheet* sheet, lxw_row_t last_row) {
  const std::vector<std::string> choices = audit_choices();
  std::vector<const char*> list;
  for (const std::string& c : choices)
    list.push_back(c.c_str());
  list.push_back(nullptr);
  const std::string title = words(msg::checklist_audit_prompt_title), prompt = words(msg::checklist_audit_prompt);
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = const_cast<char**>(list.data());
  v.input_title = const_cast<char*>(title.c_str());
  v.input_message = const_cast<char*>(prompt.c_str());
  v.error_title = const_cast<char*>(title.c_str());
  v.error_message = const_cast<char*>(prompt.c_str());
  const auto column = static_cast<lxw_col_t>(Column::audit);
  return worksheet_data_validation_range(sheet, 1, column, last_row, column, &v);
}

// Landscape, the columns on one page's width, the header row on every page,
// the blueprint's name at the top and the page number at the foot.
void set_up_printing(lxw_worksheet* sheet, const std::string& name) {
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9); // A4
  worksheet_set_margins(sheet, 0.5, 0.5, 0.75, 0.75);
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_repeat_rows(sheet, 0, 0);
  worksheet_gridlines(sheet, LXW_HIDE_ALL_GRIDLINES);
  worksheet_set_header(sheet, ("&L&\"-,Bold\"" + header_text(name)).c_str());
  worksheet_set_footer(sheet, ("&C" + words(msg::checklist_page_footer)).c_str());
}

} // namespace

diag::Result<std::string> write_xlsx(const Checklist& checklist) {
  const model::Blueprint& b = *checklist.blueprint;
  TemporaryFile file;
  if (file.path().empty())
    return diag::failure(wording::format(msg::checklist_xlsx_failed, fmt::arg("reason", "no temporary file")));
  lxw_workbook* book = workbook_new(file.path().c_str());
  if (!book) return diag::failure(wording::format(msg::checklist_xlsx_failed, fmt::arg("reason", "out of memory")));
  const std::string title = fit_cell(b.name), subject = words(msg::checklist_subject);
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str()); // printable: the blueprint's name
  properties.subject = const_cast<char*>(subject.c_str());
  properties.created = created_at(b);
  workbook_set_properties(book, &properties);

  const std::vector<Row> rows = rows_of(checklist);
  if (rows.size() >= LXW_ROW_MAX) {
    workbook_close(book);
    return diag::failure(wording::format(msg::checklist_xlsx_too_many_rows, fmt::arg("rows", rows.size()),
                                         fmt::arg("max", LXW_ROW_MAX - 1)));
  }
  const Formats formats = add_formats(book);
  lxw_worksheet* sheet = workbook_add_worksheet(book, words(msg::checklist_sheet_name).c_str());
  lxw_error error = write_sheet(sheet, formats, rows);
  const auto last_row = static_cast<lxw_row_t>(rows.size());
  if (!error && !rows.empty()) error = add_audit_choices(sheet, last_row);
  if (!error) error = worksheet_autofilter(sheet, 0, 0, last_row, column_count - 1);
  worksheet_freeze_panes(sheet, 1, 0);
  set_up_printing(sheet, fit_cell(b.name));
  const lxw_error closed = workbook_close(book); // frees the workbook whatever happened
  if (error || closed)
    return diag::failure(
        wording::format(msg::checklist_xlsx_failed, fmt::arg("reason", lxw_strerror(error ? error : closed))));
  return file.bytes();
}

} // namespace bp::checklist
