#!/usr/bin/env python3
"""The report in a real browser. For every example and a blueprint full of
hostile labels: the HTML parses, headless Chromium loads it, and the DOM it
builds (--dump-dom) holds no script, no injected element or event handler and
no external reference; the hostile labels show as text. A screenshot of each
report is kept in WORK_DIR for people to look at. Printed from Chromium to PDF,
the report puts each part of the diagram on an A3 sheet with no text under 6 pt.
Usage: browser_test.py BLUEPRINT SOURCE_DIR WORK_DIR"""

import html.parser
import os
import pathlib
import re
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from support import Checks  # noqa: E402
import tempfile

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]
HOSTILE = '''blueprint "<img src=x onerror=alert(1)> report" {
  owner "<script>alert('owner')</script>"
  version "1\\" onmouseover=\\"alert(2)"
  standard fast "<iframe src=//evil.example></iframe>" {
    dimension responsiveness kind hard measure "<b>bold</b> & \\"quoted\\"" target <= 2min owner lead
  }
  role lead "<svg onload=alert(3)>"
  stage s "<style>body{display:none}</style>" {
    evidence e "<a href=javascript:alert(4)>click</a>"
    customer c "<img src=x onerror=alert(1)>" takes 1min { moment "</title><script>alert(5)</script>" meets fast }
    frontstage f "Hand over" by lead takes 30s {
      fail "<object data=evil></object>" { owner lead severity high }
    }
  }
  flow c <-> f "<script>alert(6)</script>"
}
'''


check = Checks()


class Inspector(html.parser.HTMLParser):
    """Collects tags, attributes and text of a document."""

    def __init__(self):
        super().__init__()
        self.tags, self.attributes, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def inspect(document):
    parser = Inspector()
    parser.feed(document)
    parser.close()
    return parser


def check_safe(doc, name):
    for tag in ("script", "iframe", "object", "embed", "img", "link", "style"):
        allowed = 1 if tag == "style" else 0  # the report's own stylesheet
        check(doc.tags.count(tag) == allowed, f"{name}: {doc.tags.count(tag)} <{tag}> elements")
    handlers = [k for k, _ in doc.attributes if k.lower().startswith("on")]
    check(not handlers, f"{name}: no event-handler attributes ({handlers[:3]})")
    external = [v for k, v in doc.attributes if k in ("href", "src", "xlink:href", "action") and v
                and not v.startswith("#") and not v.startswith("data:")]
    check(not external, f"{name}: no external references ({external[:3]})")


def chromium(args, profile):
    return subprocess.run(["timeout", "120", "chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, check=True)


# C1 controls (U+009B CSI, U+0085 NEL) in labels, in a file whose name is not UTF-8.
CONTROLS = r'''blueprint "T \u{9B}2J" {
  stage s "S \u{85}x" {
    customer a "A \u{1B}[2J" { fail "\u{9B}@SUM(A1)" }
  }
}
'''


def check_controls(binary, work):
    """The report is UTF-8 with no raw controls, whatever the labels and the file name hold."""
    source = work / os.fsdecode(b"controls-\xff\xfe.blueprint")
    source.write_text(CONTROLS, encoding="utf-8")
    report = work / "controls-report.html"
    subprocess.run([binary, "report", str(source), "-o", str(report)], check=True, capture_output=True)
    data = report.read_bytes()
    try:
        data.decode("utf-8")
        check(True, "controls: the report is UTF-8")
    except UnicodeDecodeError as e:
        check(False, f"controls: the report is UTF-8 ({e})")
    text = data.decode("utf-8", errors="replace")
    raw = [c for c in text if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0]
    check(not raw, f"controls: no C0, DEL or C1 controls in the report ({raw[:5]})")
    check("controls-\ufffd\ufffd.blueprint" in text, "controls: the file name's bad bytes show as U+FFFD")


# Noto Sans's line box is 1.362 em: pdftotext's word boxes are that tall.
NOTO_LINE = 1.362


def page_sizes(pdf):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, check=True).stdout.decode()
    return [tuple(float(v) for v in m) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def words_on(pdf, page):
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, check=True).stdout.decode()
    return [tuple(float(v) for v in m) for m in
            re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', out)]


def check_print(binary, work, path, profile, min_parts):
    """Printed from the browser: the diagram's parts on A3 sheets, one each, the
    text pages on the printer's paper, no diagram text under 6 pt and nothing past the margins."""
    report = work / f"{path.stem}-print.html"
    subprocess.run([binary, "report", str(path), "-o", str(report)], check=True, capture_output=True)
    parts = report.read_text(encoding="utf-8").count('<figure class="print-part ')
    pdf = work / f"{path.stem}-report.pdf"
    chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri()], profile)
    sizes = page_sizes(pdf)
    a3 = [n + 1 for n, (w, h) in enumerate(sizes) if round(max(w, h)) == 1191]
    check(parts >= min_parts, f"{path.name}: the diagram is cut into {parts} parts (at least {min_parts})")
    check(len(a3) == parts, f"{path.name}: one A3 sheet per part ({len(a3)} of {len(sizes)} pages)")
    # The text pages take the printer's paper (Chromium's default here is Letter).
    check(all(round(max(w, h)) in (792, 842) for n, (w, h) in enumerate(sizes) if n + 1 not in a3),
          f"{path.name}: the other pages are A4 or Letter")
    for page in a3:
        width = sizes[page - 1][0]
        words = words_on(pdf, page)
        smallest = min(y1 - y0 for _, y0, _, y1 in words) / NOTO_LINE
        check(smallest >= 5.95, f"{path.name}: page {page}: the smallest text is {smallest:.1f} pt, not under 6")
        check(max(x1 for _, _, x1, _ in words) <= width - 30, f"{path.name}: page {page}: nothing past the margin")
    shots = work / f"{path.stem}-print"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", str(a3[0]), "-l", str(a3[-1]), str(pdf), str(shots)],
                   check=True, capture_output=True)


def main():
    binary, source_dir, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]).resolve()
    work.mkdir(parents=True, exist_ok=True)
    if not shutil.which("chromium"):
        print("FAILED: chromium is not installed (scripts/install-deps installs it)")
        return 1
    check_controls(binary, work)
    hostile = work / "hostile.blueprint"
    hostile.write_text(HOSTILE, encoding="utf-8")
    blueprints = sorted((source_dir / "examples").glob("*.blueprint")) + [hostile]
    with tempfile.TemporaryDirectory() as profile:
        for path in blueprints:
            report = work / f"{path.stem}-report.html"
            subprocess.run([binary, "report", str(path), "-o", str(report)], check=True, capture_output=True)
            source = report.read_text(encoding="utf-8")
            check_safe(inspect(source), f"{path.name} (HTML)")
            dom = chromium(["--dump-dom", report.as_uri()], profile).stdout.decode()
            check("<main>" in dom and "Standards checklist" in dom, f"{path.name}: Chromium rendered the report")
            check_safe(inspect(dom), f"{path.name} (DOM)")
            shot = work / f"{path.stem}-report.png"
            chromium([f"--screenshot={shot}", "--window-size=1400,2400", report.as_uri()], profile)
            check(shot.exists() and shot.stat().st_size > 30000, f"{path.name}: screenshot taken")
        # Five stages and four: both cut into parts that print readably on A3.
        check_print(binary, work, source_dir / "examples" / "hotel-stay.blueprint", profile, 2)
        check_print(binary, work, source_dir / "examples" / "practitioners" / "car-repair.blueprint", profile, 2)
        text = " ".join(inspect(chromium(["--dump-dom", (work / "hostile-report.html").as_uri()], profile)
                                .stdout.decode()).text)
    for label in ["<img src=x onerror=alert(1)>", "<script>alert('owner')</script>", "<b>bold</b> & \"quoted\"",
                  "<iframe src=//evil.example></iframe>", "<object data=evil></object>"]:
        check(label in text, f"hostile: {label!r} shows as text")
    print(f"screenshots in {work}")
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
