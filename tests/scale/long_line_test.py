#!/usr/bin/env python3
"""A whole blueprint on one line with 100,000 errors, in every output format.

Each run must finish and say the right thing. Printing is linear in the number of
diagnostics; when it was quadratic (every diagnostic re-scanned its line) this
took over half an hour, so the ctest TIMEOUT on this test is what catches a
regression. Nothing here measures time.

usage: long_line_test.py BLUEPRINT WORKDIR
"""
import json
import os
import subprocess
import sys

ERRORS = 100_000
PREFIX = 'blueprint "T" { stage s "S" { customer a "A" } '
FLOW = "flow a -> zz "


def main() -> int:
    binary, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, "one-line.blueprint")
    with open(path, "w", encoding="utf-8") as f:
        f.write(PREFIX + FLOW * ERRORS + "}\n")
    last_column = len(PREFIX) + len(FLOW) * (ERRORS - 1) + len("flow a -> ") + 1
    failures = []

    def run(*args):
        result = subprocess.run([binary, *args], capture_output=True, text=True)
        if result.returncode != 1:
            failures.append(f"{' '.join(args)}: exit {result.returncode}, expected 1")
        return result

    human = run("check", path).stdout
    if not human.endswith(f"one-line.blueprint: {ERRORS} errors, 0 warnings, 0 notes\n"):
        failures.append("human: wrong summary line")
    if human.count("error[BP003 unknown-reference]") != ERRORS:
        failures.append("human: wrong number of diagnostics")
    if f"one-line.blueprint:1:{last_column}\n" not in human:
        failures.append("human: the last diagnostic's column is wrong")

    gcc = run("check", "--format", "gcc", path).stdout.splitlines()
    if len(gcc) != ERRORS or not gcc[-1].startswith(f"{path}:1:{last_column}: error:"):
        failures.append("gcc: wrong lines")

    doc = json.loads(run("check", "--format", "json", path).stdout)
    if len(doc["diagnostics"]) != ERRORS or doc["diagnostics"][-1]["column"] != last_column:
        failures.append("json: wrong diagnostics")

    sarif = json.loads(run("check", "--format", "sarif", path).stdout)
    results = sarif["runs"][0]["results"]
    region = results[-1]["locations"][0]["physicalLocation"]["region"]
    if len(results) != ERRORS or region["startColumn"] != last_column:
        failures.append("sarif: wrong results")

    # The back ends print the same diagnostics on standard error, in both formats.
    for command in (["render", "--format", "svg", "-o", os.path.join(work, "x.svg")],
                    ["checklist", "-o", os.path.join(work, "x.md")],
                    ["report", "-o", os.path.join(work, "x.html")]):
        for message_format in ("human", "json"):
            result = run(*command[:1], path, *command[1:], "--message-format", message_format)
            if result.stderr.count("BP003") < ERRORS:
                failures.append(f"{command[0]} --message-format {message_format}: diagnostics missing")

    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
