#!/usr/bin/env python3
"""The checklist read back by real parsers: CSV with Python's csv module (commas,
quotes, newlines, Chinese, formula injection, the BOM option) and HTML with
html.parser (one checkbox per Markdown item, hostile labels stay text).
Usage: checklist_formats_test.py BLUEPRINT SOURCE_DIR WORK_DIR"""

import csv
import html.parser
import io
import os
import pathlib
import re
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from support import Checks  # noqa: E402



check = Checks()


def run(binary, *args, cwd=None):
    return subprocess.run([binary, *args], check=True, capture_output=True, cwd=cwd).stdout


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.checkboxes, self.text = [], 0, []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "input" and ("type", "checkbox") in attrs:
            self.checkboxes += 1

    def handle_data(self, data):
        self.text.append(data)


# As the report has it, less `img-src data:`: the checklist has no images.
CSP = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'

HOSTILE = '''blueprint "Audit, \\"quoted\\" | *bold* <script>x</script>" {
  role lead "Lead, shift"
  standard fast "=HYPERLINK(\\"http://evil\\",\\"click\\")" {
    dimension responsiveness kind hard measure "+1 minute, or -2" target <= 2min owner lead
  }
  stage s "取餐, \\"pickup\\"" {
    evidence e "Shelf\\nlabel"
    customer c "Collect <img src=x onerror=alert(1)> | pipe" takes 1min { moment "@moment" meets fast }
    frontstage f "Hand over" by lead takes 30s {
      fail "Wrong cup, \\"again\\"" { recovery "Remake it\\nat once" owner lead severity high }
    }
  }
  flow c <-> f
}
'''


# Control characters around formulas, C1 controls (U+009B is a terminal's CSI,
# U+0085 a line break), in a file whose name starts with \x01= and is not UTF-8.
CONTROLS = r'''blueprint "T \u{9B}2J" {
  stage s "S \u{85}x" {
    customer a "A" { fail "\u{1}=HYPERLINK(\"http://evil.example/\",\"Open\")" }
    frontstage f "F \u{9B}2J" { fail "\u{9B}@SUM(A1)" { recovery "\u{7F}-2" } }
  }
  flow a -> f
}
'''
CONTROL_NAME = b"\x01=\xff\xfe.blueprint"


def raw_controls(text):
    """C0 controls other than tab, LF and CR, DEL and C1 controls in `text`."""
    return [c for c in text if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0]


def utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def check_controls(binary, work):
    path = work / "controls"
    path.mkdir(exist_ok=True)
    source = path / os.fsdecode(CONTROL_NAME)  # the bytes survive as surrogate escapes
    source.write_text(CONTROLS, encoding="utf-8")
    shown = "\ufffd\ufffd.blueprint"
    for fmt in ("md", "html", "csv"):
        # Named as given, so the location of a finding row starts with the name.
        data = run(str(pathlib.Path(binary).resolve()), "checklist", source.name, "--format", fmt, cwd=path)
        check(utf8(data), f"controls {fmt}: the output is UTF-8 (the file name's bytes are not)")
        text = data.decode("utf-8", errors="replace")
        check(not raw_controls(text), f"controls {fmt}: no C0, DEL or C1 controls ({raw_controls(text)[:5]})")
        check(shown in text, f"controls {fmt}: the file name's bad bytes show as U+FFFD")
        if fmt != "csv":
            continue
        rows = list(csv.reader(io.StringIO(text, newline="")))
        for r in rows:
            for cell in r:
                check(not cell or cell[0] not in "=+-@", f"controls: cell {cell[:30]!r} cannot run as a formula")
        cells = [c for r in rows for c in r]
        check("'=HYPERLINK(\"http://evil.example/\",\"Open\")" in cells, "controls CSV: \\x01= is neutralised")
        check("'@SUM(A1)" in cells and "'-2" in cells, "controls CSV: a C1 or DEL before @ or - is neutralised")
        locations = [r[9] for r in rows if r[1] == "finding"]
        check(locations and all(s.startswith("'=" + shown + ":") for s in locations),
              f"controls CSV: the file name \\x01= is neutralised in every location ({locations[:2]})")


# Bare URLs in every kind of text, the file name and a finding message: GFM's
# extended autolinks must not make links of them. (Bare e-mail addresses still
# link; docs/security.md says why.)
URLS = r'''blueprint "See https://evil.example/a" {
  owner "www.evil.example"
  standard fast "Fast, ftp://evil.example/b" {
    dimension responsiveness kind hard measure "WWW.evil.example/c" target <= 2min
  }
  stage s "Stage (www.evil.example/d)" {
    evidence e "E"
    customer a "A *www.evil.example/e*" { meets fast fail "see https://evil.example/f" }
    frontstage f "x_www.evil.example/g" { wait "http://evil.example/h" }
  }
  flow a -> f
}
'''


def check_autolinks(binary, work):
    if not shutil.which("cmark-gfm"):
        check(False, "cmark-gfm is not installed (scripts/install-deps installs it)")
        return
    path = work / "www.evil.example.blueprint"
    path.write_text(URLS, encoding="utf-8")
    md = run(binary, "checklist", str(path))
    page = subprocess.run(["cmark-gfm", "-e", "autolink", "-e", "table", "-e", "tasklist"], input=md,
                          capture_output=True, check=True).stdout.decode()
    links = re.findall(r'<a href="(?!mailto:)[^"]*"', page)
    check(not links, f"Markdown: no bare URL becomes a link under GFM ({links[:3]})")
    for text in ("https://evil.example/f", "ftp://evil.example/b", "WWW.evil.example/c", "www.evil.example/g"):
        check(text in page, f"Markdown: {text!r} shows as written")


def main():
    binary, source_dir, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    hostile = work / "hostile.blueprint"
    hostile.write_text(HOSTILE, encoding="utf-8")
    examples = sorted((source_dir / "examples").glob("*.blueprint"))

    for path in examples + [hostile]:
        md = run(binary, "checklist", str(path)).decode()
        page = run(binary, "checklist", str(path), "--format", "html").decode()
        parser = Collector()
        parser.feed(page)
        boxes = md.count("- [ ] ")
        check(parser.checkboxes == boxes and boxes > 0, f"{path.name}: one HTML checkbox per Markdown item ({parser.checkboxes} vs {boxes})")
        check("script" not in parser.tags and "img" not in parser.tags, f"{path.name}: no injected elements in HTML")
        check(CSP in page.split("</head>")[0], f"{path.name}: the HTML carries the Content-Security-Policy")

        data = run(binary, "checklist", str(path), "--format", "csv")
        rows = list(csv.reader(io.StringIO(data.decode(), newline="")))
        check(rows[0] == ["stage", "section", "step", "item", "detail", "target", "owner", "category", "status",
                          "location", "audit", "notes"], f"{path.name}: CSV header")
        check(all(len(r) == 12 for r in rows), f"{path.name}: every CSV row has twelve fields")
        check(len(rows) - 1 >= boxes - 1, f"{path.name}: a CSV row for every item")
        check(all(r[10] == "" and r[11] == "" for r in rows[1:]), f"{path.name}: the audit and notes columns are empty")
        for r in rows:
            for cell in r:
                check(not cell or cell[0] not in "=+-@", f"{path.name}: cell {cell[:30]!r} cannot run as a formula")

    page = run(binary, "checklist", str(hostile), "--format", "html").decode()
    parser = Collector()
    parser.feed(page)
    shown = "".join(parser.text)
    check("Collect <img src=x onerror=alert(1)> | pipe" in shown, "hostile: the label shows as text in HTML")

    rows = list(csv.reader(io.StringIO(run(binary, "checklist", str(hostile), "--format", "csv").decode(), newline="")))
    cells = [c for r in rows for c in r]
    check('取餐, "pickup"' in cells, "CSV: commas, quotes and Chinese survive")
    check("Remake it\nat once" in cells, "CSV: a newline inside a field survives")
    check("'=HYPERLINK(\"http://evil\",\"click\")" in cells, "CSV: a formula is neutralised")
    check("'@moment" in cells, "CSV: an @ cell is neutralised")

    with_bom = run(binary, "checklist", str(hostile), "--format", "csv", "--bom")
    check(with_bom.startswith(b"\xef\xbb\xbf"), "CSV: --bom writes a byte order mark")
    check(not run(binary, "checklist", str(hostile), "--format", "csv").startswith(b"\xef\xbb\xbf"), "CSV: no BOM by default")

    md = run(binary, "checklist", str(hostile)).decode()
    table = [line for line in md.splitlines() if line.startswith("| responsiveness")]
    check(len(table) == 1 and table[0].count(" | ") + 2 == 4 + table[0].count("\\|"), "Markdown: a | in a label keeps the table's columns")
    check(not re.search(r"(?<!\\)<(img|script)", md), "Markdown: every `<` of a tag is escaped")
    if shutil.which("cmark-gfm"):
        rendered = subprocess.run(["cmark-gfm", "-e", "table", "-e", "tasklist"], input=md.encode(),
                                  capture_output=True, check=True).stdout.decode()
        check("<img" not in rendered and "<script" not in rendered, "Markdown: no raw HTML once rendered")
    coffee = run(binary, "checklist", str(source_dir / "examples" / "coffee-bar.blueprint")).decode()
    check("Target: <= 3s for 95%" in coffee and "&lt;" not in coffee, "Markdown: a target reads `<=` as written, not as an entity")

    check_controls(binary, work)
    check_autolinks(binary, work)
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
