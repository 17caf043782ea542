#!/usr/bin/env python3
"""The module graph of compiler/modules.txt, held against the code.

Every `#include "compiler/X/..."` or `#include "grammar/..."` in a module must
name the module itself or one of its edges; the graph has no cycle; every
module folder is in the table; and every .cpp of a folder is in its
CMakeLists.txt source list (the lists are explicit, so a file left out would
silently not build). A copy of the tree with a planted bad include must fail.

Usage: include_graph_test.py REPO
"""

import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from support import Checks  # noqa: E402

INCLUDE = re.compile(r'^\s*#\s*include\s+"((?:compiler/([a-z_]+)|(grammar))/[^"]+)"', re.M)


def read_table(repo):
    table = {}
    for line in (repo / "compiler" / "modules.txt").read_text().splitlines():
        match = re.match(r"^([a-z_]+):(.*)$", line)
        if match:
            table[match.group(1)] = match.group(2).split()
    return table


def folder(repo, module):
    return repo / "grammar" if module == "grammar" else repo / "compiler" / module


def bad_includes(repo, table):
    """(file, line, included module) for each include across a missing edge."""
    out = []
    for module, edges in table.items():
        for path in sorted(folder(repo, module).rglob("*")):
            if path.suffix not in (".hpp", ".cpp", ".inc"):
                continue
            text = path.read_text(encoding="utf-8")
            for match in INCLUDE.finditer(text):
                used = match.group(2) or match.group(3)
                if used != module and used not in edges:
                    line = text.count("\n", 0, match.start()) + 1
                    out.append((path.relative_to(repo), line, used))
    return out


def cycle(table):
    """A cycle as a list of modules, or None."""
    state = {}

    def visit(module, trail):
        state[module] = "open"
        for used in table.get(module, []):
            if state.get(used) == "open":
                return trail[trail.index(used):] + [used] if used in trail else [module, used]
            if used not in state:
                found = visit(used, trail + [used])
                if found:
                    return found
        state[module] = "done"
        return None

    for module in table:
        if module not in state:
            found = visit(module, [module])
            if found:
                return found
    return None


def transitive_reduction(table):
    """The edges not implied by others: what docs/architecture.md draws."""
    def reachable(start, skip):
        seen, todo = set(), [x for x in table[start] if (start, x) != skip]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo += table.get(x, [])
        return seen
    return {(a, b) for a, deps in table.items() for b in deps if b not in reachable(a, (a, b))}


def drawn_edges(repo):
    text = (repo / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(.*?)```", text, re.S)
    return set(re.findall(r"^\s*([a-z_]+) --> ([a-z_]+)\s*$", block.group(1), re.M)) if block else set()


def unlisted_sources(repo, table):
    out = []
    for module in table:
        lists = folder(repo, module) / "CMakeLists.txt"
        listed = lists.read_text() if lists.exists() else ""
        for path in sorted(folder(repo, module).glob("*.cpp")):
            if not re.search(rf"(^|\s){re.escape(path.name)}(\s|\))", listed):
                out.append(path.relative_to(repo))
    return out


def main():
    repo = Path(sys.argv[1]).resolve()
    check = Checks()
    table = read_table(repo)

    check(len(table) >= 15, f"the table lists the modules ({len(table)} found)")
    for module, edges in table.items():
        check(folder(repo, module).is_dir(), f"module `{module}` has a folder")
        for used in edges:
            check(used in table, f"`{module}` uses `{used}`, which is in the table")
    for path in sorted((repo / "compiler").iterdir()):
        if path.is_dir():
            check(path.name in table, f"folder compiler/{path.name} is in compiler/modules.txt")

    found = cycle(table)
    check(found is None, f"the module graph has no cycle: {' -> '.join(found or [])}")
    check(cycle({"a": ["b"], "b": ["a"]}) is not None, "a planted cycle is found")

    for path, line, used in bad_includes(repo, table):
        check(False, f"{path}:{line} includes `{used}`, not an edge of its module in compiler/modules.txt")
    check(True, "every include follows an edge")

    for path in unlisted_sources(repo, table):
        check(False, f"{path} is not in its folder's CMakeLists.txt")

    drawn, wanted = drawn_edges(repo), transitive_reduction(table)
    check(drawn == wanted, f"docs/architecture.md draws the graph: missing {sorted(wanted - drawn)}, extra {sorted(drawn - wanted)}")

    # The test itself: a planted include from layout up into the driver fails.
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "repo"
        shutil.copytree(repo / "compiler", copy / "compiler")
        shutil.copytree(repo / "grammar", copy / "grammar")
        planted = copy / "compiler" / "layout" / "planted.cpp"
        planted.write_text('#include "compiler/driver/compile.hpp"\n')
        bad = bad_includes(copy, read_table(copy))
        check(any(str(p).endswith("planted.cpp") and used == "driver" for p, _, used in bad),
              "a planted include across a missing edge is refused")
        check(any(str(p).endswith("planted.cpp") for p in unlisted_sources(copy, read_table(copy))),
              "a planted source missing from CMakeLists.txt is refused")

    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
