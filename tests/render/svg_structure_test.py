#!/usr/bin/env python3
"""Renders every example to SVG, PNG and PDF and checks the SVG's structure with a
real XML parser: every step present, lane bands top to bottom in contract order,
stage columns left to right, one F per fail point, the three lines (visibility
dashed), no two step boxes overlapping, labels kept as text. Hostile labels must
stay text. Usage: svg_structure_test.py BLUEPRINT SOURCE_DIR OUT_DIR"""

import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from support import Checks  # noqa: E402
import xml.etree.ElementTree as ET

NS = {"svg": "http://www.w3.org/2000/svg"}
LANES = ["evidence", "customer", "frontstage", "backstage", "support"]


check = Checks()


def render(binary, source, out, fmt):
    subprocess.run([binary, "render", str(source), "-o", str(out), "--format", fmt], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def numbers(text):
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", text)]


def bbox(group):
    """Bounding box of a node's first shape: polygon points or path data."""
    shape = group.find(".//svg:polygon", NS)  # shapes with a tooltip sit inside <a>
    values = numbers(shape.get("points")) if shape is not None else numbers(group.find(".//svg:path", NS).get("d"))
    xs, ys = values[0::2], values[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def nodes(root):
    out = {}
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        if g.get("class") == "node":
            out[g.find("svg:title", NS).text] = g
    return out


def edges(root):
    return {g.find("svg:title", NS).text: g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "edge"}


def check_example(binary, path, out_dir):
    text = path.read_text(encoding="utf-8")
    svg = render(binary, path, out_dir / (path.stem + ".svg"), "svg")
    for fmt, magic in (("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF")):
        data = render(binary, path, out_dir / f"{path.stem}.{fmt}", fmt).read_bytes()
        check(data.startswith(magic) and len(data) > 20000, f"{path.name}: {fmt} rendered")
    root = ET.parse(svg).getroot()
    by_title = nodes(root)

    steps = re.findall(r"^\s*(?:evidence|customer|frontstage|backstage|support)\s+(\w+)\s+\"", text, re.M)
    for step in steps:
        check(f"step-{step}" in by_title, f"{path.name}: step {step} drawn")

    lane_y = [bbox(by_title[f"lane-{lane}"])[1] for lane in LANES if f"lane-{lane}" in by_title]
    check(len(lane_y) == 5 and lane_y == sorted(lane_y), f"{path.name}: five lane bands top to bottom")

    stages = re.findall(r"^\s*stage\s+(\w+)\s+\"", text, re.M)
    stage_x = [bbox(by_title[f"stage-{s}"])[0] for s in stages if f"stage-{s}" in by_title]
    check(len(stage_x) == len(stages) and stage_x == sorted(stage_x), f"{path.name}: stages left to right")

    fails = len(re.findall(r"^\s*fail\s+\"", text, re.M)) + len(re.findall(r"[{ ]fail\s+\"", text)) \
        - len(re.findall(r"^\s*fail\s+\"", text, re.M))
    markers = [t for t in by_title if t.startswith("fail-")]
    check(len(markers) == fails, f"{path.name}: one F per fail point ({len(markers)} markers, {fails} fail points)")
    for t in markers:
        label = by_title[t].find(".//svg:text", NS)
        check(label is not None and label.text == "F", f"{path.name}: {t} shows F")

    by_edge = edges(root)
    for i in range(3):
        line = [g for title, g in by_edge.items() if title.startswith(f"line-{i}-from")]
        check(len(line) == 1, f"{path.name}: line {i} drawn")
        if line and i == 1:
            dashed = line[0].find(".//svg:path", NS).get("stroke-dasharray")
            check(dashed is not None, f"{path.name}: the line of visibility is dashed")

    boxes = sorted(bbox(by_title[f"step-{s}"]) for s in steps if f"step-{s}" in by_title)
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]
    check(not overlaps, f"{path.name}: no step boxes overlap")

    texts = "".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    check(len(texts) > 200, f"{path.name}: labels are SVG text")


def check_hostile(binary, out_dir):
    source = out_dir / "hostile.blueprint"
    # As written in the blueprint: \" is a quote, \\ a backslash.
    labels = ['<script>alert(1)</script>', 'Tom & Jerry \\"quoted\\"', 'back\\\\slash \\\\N \\\\G',
              "<img src=x onerror=alert(1)>"]
    steps = "\n".join(f'    customer c{i} "{label}"' for i, label in enumerate(labels))
    source.write_text(f'blueprint "<b>bold</b> & co" {{\n  stage s "S \\"1\\"" {{\n{steps}\n  }}\n}}\n', encoding="utf-8")
    svg = render(binary, source, out_dir / "hostile.svg", "svg")
    root = ET.parse(svg).getroot()  # raises if the SVG is not well-formed XML
    check(not list(root.iter("{http://www.w3.org/2000/svg}script")), "hostile: no script element")
    check(not [e for e in root.iter() if e.tag.endswith("img")], "hostile: no img element")
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    expected = ["<script>alert(1)</script>", "Tom & Jerry", '"quoted"', "back\\slash \\N \\G", "<b>bold</b> & co"]
    for text in expected:
        check(text in texts, f"hostile: {text!r} shown as text")
    # Our DOT read back by Graphviz's own parser keeps the same text.
    dot = render(binary, source, out_dir / "hostile.dot", "dot")
    redrawn = subprocess.run(["neato", "-n2", "-Tsvg", str(dot)], check=True, capture_output=True).stdout
    texts = " ".join(t.text or "" for t in ET.fromstring(redrawn).iter("{http://www.w3.org/2000/svg}text"))
    for text in expected:
        check(text in texts, f"hostile DOT: {text!r} survives neato -n2")


def check_controls(binary, out_dir):
    """C1 controls (U+009B CSI, U+0085 NEL) are drawn as U+FFFD, like C0 controls and DEL."""
    source = out_dir / "controls.blueprint"
    source.write_text('blueprint "T" {\n  stage s "S \\u{85}x" {\n    customer c "F \\u{9B}2J \\u{1B}[1m"\n  }\n}\n',
                      encoding="utf-8")
    for fmt in ("svg", "dot"):
        text = render(binary, source, out_dir / f"controls.{fmt}", fmt).read_text(encoding="utf-8")
        raw = [c for c in text if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0]
        check(not raw, f"controls {fmt}: no C0, DEL or C1 controls ({raw[:5]})")
        check("F \ufffd2J \ufffd[1m" in text and "S \ufffdx" in text, f"controls {fmt}: controls drawn as U+FFFD")


def check_glyphs(binary, source_dir, out_dir):
    """Chinese, Japanese and emoji are drawn with real fonts, not boxes."""
    jp = out_dir / "japanese-emoji.blueprint"
    jp.write_text('blueprint "絵文字 😀" {\n  stage s "駅 🚉" {\n    customer c "切符を買う 🎫"\n  }\n}\n', encoding="utf-8")
    for path in (source_dir / "examples" / "clinic-visit-zh.blueprint", jp):
        pdf = render(binary, path, out_dir / (path.stem + ".pdf"), "pdf").read_bytes()
        check(b"NotoSansCJK" in pdf, f"{path.name}: PDF embeds a CJK font")
        png = render(binary, path, out_dir / (path.stem + ".png"), "png").read_bytes()
        check(png.startswith(b"\x89PNG"), f"{path.name}: PNG rendered")


def main():
    binary, source_dir, out_dir = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted((source_dir / "examples").glob("*.blueprint")):
        check_example(binary, path, out_dir)
    check_hostile(binary, out_dir)
    check_controls(binary, out_dir)
    check_glyphs(binary, source_dir, out_dir)
    print(f"diagrams in {out_dir}")
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
