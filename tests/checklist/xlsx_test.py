#!/usr/bin/env python3
"""The checklist as an Excel workbook, read back by openpyxl (Debian's
python3-openpyxl): every item of the CSV is a row, the header is frozen and
filtered, gaps are marked, the audit column is a drop-down, the sheet is set up
for printing, text that looks like a formula stays text, and the same blueprint
gives the same bytes.
Usage: xlsx_test.py BLUEPRINT SOURCE_DIR WORK_DIR (run with the python3 that has openpyxl)"""

import csv
import io
import pathlib
import subprocess
import sys

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from support import Checks  # noqa: E402

check = Checks()

HEADER = ["Stage", "Section", "Step", "Item", "Detail", "Target", "Owner", "Category", "Status", "Location",
          "Audit", "Notes"]
GAP_FILL = "FCE4D6"

HOSTILE = r'''blueprint "Audit & co, =1+1" {
  role lead "Lead"
  standard fast "=HYPERLINK(\"http://evil\",\"click\")" { dimension responsiveness kind hard measure "@SUM(A1)" }
  stage s "取餐 \u{1}" {
    customer c "Collect" takes 1min { meets fast fail "+cmd|' /C calc'!A0" }
    frontstage f "Hand over" by lead takes 30s { fail "Wrong cup" { recovery "Remake it\nat once" owner lead } }
  }
  flow c -> f
}
'''


def run(binary, *args):
    return subprocess.run([binary, *args], check=True, capture_output=True).stdout


def same_text(csv_cell, xlsx_cell):
    """The CSV neutralises a formula with a leading apostrophe (and drops
    controls before it); the workbook keeps the text as written."""
    x = "" if xlsx_cell is None else str(xlsx_cell)
    return csv_cell == x or (csv_cell.startswith("'") and x.endswith(csv_cell[1:]))


def check_workbook(binary, path, out):
    run(binary, "checklist", str(path), "-o", str(out))
    book = openpyxl.load_workbook(out)
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    expected = list(csv.reader(io.StringIO(run(binary, "checklist", str(path), "--format", "csv").decode(), newline="")))
    name = path.name
    check(list(rows[0]) == HEADER, f"{name}: header {rows[0]}")
    check(len(rows) == len(expected), f"{name}: a row for every checklist item ({len(rows)} vs {len(expected)})")
    for n, (got, want) in enumerate(zip(rows[1:], expected[1:]), start=2):
        check(all(same_text(w, g) for w, g in zip(want, got)), f"{name}: row {n} holds the CSV's row: {got} vs {want}")
    check(sheet.freeze_panes == "A2", f"{name}: the header row is frozen ({sheet.freeze_panes})")
    check(sheet.auto_filter.ref == f"A1:L{len(rows)}", f"{name}: filters over every row ({sheet.auto_filter.ref})")
    validations = sheet.data_validations.dataValidation
    check(len(validations) == 1 and validations[0].type == "list" and validations[0].formula1 == '"done,not met,n.a."'
          and str(validations[0].sqref) == f"K2:K{len(rows)}", f"{name}: the audit column is a drop-down")
    check(all(r[10] is None and r[11] is None for r in rows[1:]), f"{name}: audit and notes are left empty")
    check(sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth in (None, 1)
          and sheet.page_setup.fitToHeight == 0 and sheet.sheet_properties.pageSetUpPr.fitToPage,
          f"{name}: printed landscape, one page wide")
    check(sheet.print_title_rows == "$1:$1", f"{name}: the header repeats on every printed page")
    check("&P" in sheet.oddFooter.center.text, f"{name}: the page number in the footer")
    for r in range(2, len(rows) + 1):
        status = sheet.cell(row=r, column=9)
        gap = status.fill.fgColor.rgb.endswith(GAP_FILL) if status.fill and status.fill.fgColor.rgb else False
        row_says_gap = expected[r - 1][8] not in ("ok", "covered", "within tolerance", "within budget", "kept",
                                                  "no budget set", "")
        check(gap == row_says_gap, f"{name}: row {r} status {status.value!r} marked as a gap: {gap}")
    return book


def main():
    binary, source_dir, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    examples = sorted((source_dir / "examples").glob("*.blueprint"))
    check(len(examples) >= 4, "the examples are found")
    for path in examples:
        check_workbook(binary, path, work / (path.stem + ".xlsx"))

    hostile = work / "hostile.blueprint"
    hostile.write_text(HOSTILE, encoding="utf-8")
    book = check_workbook(binary, hostile, work / "hostile.xlsx")
    sheet = book.active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    check(all(c.data_type == "s" for c in cells), "hostile: every cell is text, none a formula")
    values = [c.value for c in cells]
    check('=HYPERLINK("http://evil","click")' in values and "+cmd|' /C calc'!A0" in values,
          "hostile: formula-like text shows as written")
    check("@SUM(A1)" in values, "hostile: an @ cell shows as written")
    check(not any("_x000" in str(v) or "\x01" in str(v) for v in values), "hostile: control characters are dropped")
    check("Remake it\nat once" in values, "hostile: a line break inside a cell survives")
    check(book.properties.title == "Audit & co, =1+1", f"hostile: the workbook's title ({book.properties.title})")
    check(sheet.oddHeader.left.text.endswith("Audit && co, =1+1"), "hostile: `&` in the page header is doubled")
    status = {c.value for c in sheet["I"][1:]}
    check("no recovery, no owner" in status, f"hostile: a fail point without recovery or owner says so ({status})")

    first, again = work / "first.xlsx", work / "again.xlsx"
    run(binary, "checklist", str(examples[0]), "-o", str(first))
    run(binary, "checklist", str(examples[0]), "--format", "xlsx", "-o", str(again))
    check(first.read_bytes() == again.read_bytes(), "the same blueprint gives the same bytes")
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
