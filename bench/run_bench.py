#!/usr/bin/env python3
"""`make bench`: time every stage, the command line and Graphviz alone, then print
the tables and write docs/performance.md.

    run_bench.py BUILD_DIR [--smoke] [--out FILE]

BUILD_DIR holds `blueprint`, `bench/blueprint_bench` and `bench/blueprint_generate`.
--smoke runs small sizes quickly and writes BUILD_DIR/bench/performance.md (for CI:
it checks the harness works end to end and asserts nothing about time).
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = [  # (benchmark name, column heading)
    ("parse", "parse"),
    ("model", "model"),
    ("checks", "checks"),
    ("check", "check (all)"),
    ("layout", "layout"),
    ("dot", "scene + DOT"),
    ("graphviz_svg", "Graphviz SVG"),
    ("checklist", "checklist"),
]
# The targets of issue 7, measured on the largest sizes run.
CHECK_MB_PER_S = 50.0
SCALING_LIMIT = 12.0  # 10x the steps -> at most 12x the time
MEMORY_FACTOR = 30.0  # peak memory of `check` <= 30x the file
RENDER_STEPS = 3000
RENDER_SECONDS = 0.25
RENDER_FLOOR_RATIO = 2.0


class Settings:
    def __init__(self, smoke):
        self.smoke = smoke
        self.sizes = [100, 1000] if smoke else [100, 1000, 3000, 10000, 100000]
        self.max_graphviz_steps = 1000 if smoke else 10000
        self.min_time = "0.01" if smoke else "0.5"
        self.runs = 1 if smoke else 5  # command-line runs per size; the median is kept
        # Instruction counts under callgrind (about 50x slower than a run).
        self.counted_check = [100, 1000] if smoke else [1000, 10000, 100000]
        self.counted_render = [100, 1000] if smoke else [1000, 10000]


def run_stage_benchmarks(build, settings, out_json):
    command = [
        str(build / "bench" / "blueprint_bench"),
        "--sizes=" + ",".join(map(str, settings.sizes)),
        f"--max-graphviz-steps={settings.max_graphviz_steps}",
        f"--benchmark_min_time={settings.min_time}",
        f"--benchmark_out={out_json}",
        "--benchmark_out_format=json",
    ]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True, stdout=sys.stderr)
    data = json.loads(out_json.read_text())
    results = {}
    for b in data["benchmarks"]:
        name, steps = b["name"].split("/")
        results[(name, int(steps))] = b
    return results, data["context"]


def timed(command, stdout=subprocess.DEVNULL):
    """Wall seconds and peak resident memory (bytes) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss * 1024, code, stderr


def median_run(command, runs, ok_codes=(0,)):
    seconds, rss = [], []
    for _ in range(runs):
        s, r, code, stderr = timed(command)
        if code not in ok_codes:
            sys.exit(f"run_bench: `{' '.join(command)}` exited {code}:\n{stderr}")
        seconds.append(s)
        rss.append(r)
    return statistics.median(seconds), max(rss)


def measure_command_line(build, settings, corpus):
    blueprint = str(build / "blueprint")
    generate = str(build / "bench" / "blueprint_generate")
    # The process's resident memory before any blueprint: code, libraries, stacks.
    tiny = corpus / "generated-1.blueprint"
    with open(tiny, "wb") as out:
        subprocess.run([generate, "1"], check=True, stdout=out)
    _, baseline = median_run([blueprint, "check", "--format", "gcc", str(tiny)], settings.runs)
    rows = []
    for steps in settings.sizes:
        path = corpus / f"generated-{steps}.blueprint"
        with open(path, "wb") as out:
            subprocess.run([generate, str(steps)], check=True, stdout=out)
        row = {"steps": steps, "bytes": path.stat().st_size, "baseline_rss": baseline}
        # `check` exits 0: the generated blueprints have warnings and notes only.
        row["check_s"], row["check_rss"] = median_run([blueprint, "check", "--format", "gcc", str(path)], settings.runs)
        if steps <= settings.max_graphviz_steps:
            svg, dot, neato_svg = (corpus / f"generated-{steps}{ext}" for ext in (".svg", ".dot", ".neato.svg"))
            row["render_s"], row["render_rss"] = median_run([blueprint, "render", str(path), "-o", str(svg)], settings.runs)
            subprocess.run([blueprint, "render", str(path), "-o", str(dot)], check=True, stderr=subprocess.DEVNULL)
            row["neato_s"], _ = median_run(["neato", "-n2", "-Tsvg", str(dot), "-o", str(neato_svg)], settings.runs)
        rows.append(row)
        print(f"command line, {steps} steps: done", file=sys.stderr, flush=True)
    return rows


def instructions(command):
    """Instructions the whole process executes, counted by callgrind: the same for
    the same binary and input whatever else the machine does, so its ratios show
    the algorithm's growth without the noise of caches and clocks."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + command,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in done.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1])
    sys.exit(f"run_bench: callgrind gave no count for `{' '.join(command)}`:\n{done.stderr}")


def count_instructions(build, settings, corpus):
    blueprint = str(build / "blueprint")
    counts = {"check": {}, "render": {}}
    for steps in settings.counted_check:
        path = corpus / f"generated-{steps}.blueprint"
        counts["check"][steps] = instructions([blueprint, "check", "--format", "gcc", str(path)])
    for steps in settings.counted_render:
        path = corpus / f"generated-{steps}.blueprint"
        out = corpus / f"counted-{steps}.dot"
        counts["render"][steps] = instructions([blueprint, "render", str(path), "-o", str(out)])
    print("instruction counts: done", file=sys.stderr, flush=True)
    return counts


# Formatting -----------------------------------------------------------------------


def ms(seconds):
    return f"{seconds * 1000:,.1f}" if seconds < 10 else f"{seconds * 1000:,.0f}"


def size(n):
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.1f} kB"


def table(headings, rows):
    lines = ["| " + " | ".join(headings) + " |", "|" + "|".join("---:" for _ in headings) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def stage_seconds(results, name, steps):
    b = results.get((name, steps))
    return None if b is None else b["real_time"] / 1000.0  # the harness reports ms


def stage_table(results, settings):
    headings = ["steps", "file"] + [h + " ms" for _, h in STAGES] + ["check MB/s", "check peak heap", "heap / file"]
    rows = []
    for steps in settings.sizes:
        check = results[("check", steps)]
        file_bytes = check["file_bytes"]
        row = [f"{steps:,}", size(file_bytes)]
        for name, _ in STAGES:
            s = stage_seconds(results, name, steps)
            row.append("—" if s is None else ms(s))
        row.append(f"{check['bytes_per_second'] / 1e6:.1f}")
        row.append(size(check["max_bytes_used"]))
        row.append(f"{check['max_bytes_used'] / file_bytes:.1f}×")
        rows.append(row)
    return table(headings, rows)


def scaling_pairs(settings):
    return [(a, b) for a in settings.sizes for b in settings.sizes if b == 10 * a]


def scaling_table(results, settings):
    pairs = scaling_pairs(settings)
    headings = ["stage"] + [f"{a:,} → {b:,}" for a, b in pairs]
    rows = []
    for name, heading in STAGES:
        row = [heading]
        for a, b in pairs:
            ta, tb = stage_seconds(results, name, a), stage_seconds(results, name, b)
            row.append("—" if ta is None or tb is None else f"{tb / ta:.1f}×")
        rows.append(row)
    return table(headings, rows)


def command_table(rows):
    headings = ["steps", "file", "`check` ms", "`check` MB/s", "`check` max RSS", "RSS growth / file",
                "`render` SVG ms", "`neato -n2` ms", "render / neato"]
    out = []
    for r in rows:
        line = [f"{r['steps']:,}", size(r["bytes"]), ms(r["check_s"]), f"{r['bytes'] / r['check_s'] / 1e6:.1f}",
                size(r["check_rss"]), f"{growth(r) / r['bytes']:.1f}×"]
        if "render_s" in r:
            line += [ms(r["render_s"]), ms(r["neato_s"]), f"{r['render_s'] / r['neato_s']:.2f}×"]
        else:
            line += ["—", "—", "—"]
        out.append(line)
    return table(headings, out)


def instruction_table(counts):
    headings = ["command", "steps", "instructions", "× the previous size"]
    rows = []
    for name, label in (("check", "`check --format gcc`"), ("render", "`render --format dot`")):
        previous = None
        for steps, n in sorted(counts[name].items()):
            ratio = "—" if previous is None else f"{n / previous[1]:.2f}× for {steps / previous[0]:.0f}× the steps"
            rows.append([label, f"{steps:,}", f"{n:,}", ratio])
            previous = (steps, n)
    return table(headings, rows)


def growth(row):
    """Resident memory `check` took for the blueprint: its peak over the baseline."""
    return max(0, row["check_rss"] - row["baseline_rss"])


def verdict(met, miss):
    return "met" if met else f"**missed**: {miss}"


def targets(results, rows, settings):
    """Each target of issue 7 against the largest measurement that applies."""
    out = []
    largest = max(settings.sizes)
    big = next(r for r in rows if r["steps"] == largest)
    mbps = big["bytes"] / big["check_s"] / 1e6
    out.append(["`check` throughput", f"≥ {CHECK_MB_PER_S:.0f} MB/s", f"{mbps:.1f} MB/s at {largest:,} steps",
                verdict(mbps >= CHECK_MB_PER_S, f"{CHECK_MB_PER_S / mbps:.1f}× too slow")])
    worst = max(((stage_seconds(results, "check", b) / stage_seconds(results, "check", a), a, b)
                 for a, b in scaling_pairs(settings)), default=None)
    if worst:
        ratio, a, b = worst
        out.append(["`check` scaling", f"10× steps → ≤ {SCALING_LIMIT:.0f}× time", f"worst {ratio:.1f}× ({a:,} → {b:,})",
                    verdict(ratio <= SCALING_LIMIT, f"{ratio / SCALING_LIMIT:.2f}× over")])
    heap = results[("check", largest)]["max_bytes_used"] / results[("check", largest)]["file_bytes"]
    rss = growth(big) / big["bytes"]
    out.append(["`check` peak memory", f"≤ {MEMORY_FACTOR:.0f}× the file",
                f"heap {heap:.1f}×, RSS growth {rss:.1f}× at {largest:,} steps",
                verdict(max(heap, rss) <= MEMORY_FACTOR, f"{max(heap, rss) / MEMORY_FACTOR:.2f}× over")])
    render_row = next((r for r in rows if r["steps"] == RENDER_STEPS and "render_s" in r), None)
    if render_row:
        s, floor = render_row["render_s"], render_row["neato_s"]
        out.append([f"`render` {RENDER_STEPS:,} steps to SVG", f"≤ {RENDER_SECONDS} s wall", f"{s:.3f} s",
                    verdict(s <= RENDER_SECONDS, f"{s / RENDER_SECONDS:.1f}× too slow")])
        out.append(["`render` over the Graphviz floor", f"≤ {RENDER_FLOOR_RATIO:.0f}× `neato -n2 -Tsvg`",
                    f"{s / floor:.2f}× ({floor:.3f} s floor)",
                    verdict(s / floor <= RENDER_FLOOR_RATIO, f"{s / floor / RENDER_FLOOR_RATIO:.2f}× over")])
    for name, heading in STAGES:
        ratios = [stage_seconds(results, name, b) / stage_seconds(results, name, a)
                  for a, b in scaling_pairs(settings)
                  if stage_seconds(results, name, a) and stage_seconds(results, name, b)]
        if ratios and name != "check":
            worst = max(ratios)
            out.append([f"{heading} scaling", f"10× steps → ≤ {SCALING_LIMIT:.0f}× time", f"worst {worst:.1f}×",
                        verdict(worst <= SCALING_LIMIT, f"{worst / SCALING_LIMIT:.2f}× over")])
    return table(["target", "goal", "measured", "verdict"], out)


def machine(context):
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip() or "unknown"
    graphviz = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    return (f"{cpu}, {context['num_cpus']} cores, {platform.system()} {platform.release()}; {graphviz}; "
            f"commit `{commit}`, {datetime.date.today().isoformat()}")


def document(results, context, rows, counts, settings):
    notes = (ROOT / "bench" / "performance_notes.md").read_text()
    tables = f"""## Results

Measured by `make bench` on {machine(context)}. Each stage figure is Google Benchmark's mean over
repeated runs of that stage alone, in process, on a generated blueprint of N steps and about 1.6N flows
(`bench/blueprint_generator.cpp`); "check (all)" is what `blueprint check --format gcc` does: parse,
model, checks and printing the diagnostics. Peak heap is the most memory the stage's C++ code held at
once, counted by the harness's `operator new`. Throughput is always in bytes of blueprint text.

### Time per stage (ms)

{stage_table(results, settings)}

### Scaling: time at 10× the steps over time at N

Linear is 10×; the target allows 12×.

{scaling_table(results, settings)}

### The command line, and Graphviz alone

`blueprint check` and `blueprint render` as users run them (process start included, median of
{settings.runs} runs; RSS is the process's peak resident memory, and its growth is that peak less the
{size(rows[0]["baseline_rss"])} of checking a one-step blueprint: code, libraries and stacks), next to Graphviz
alone drawing the DOT that `blueprint render --format dot` emits, with every position and route fixed
(`neato -n2 -Tsvg`): the floor for any renderer built on Graphviz.

{command_table(rows)}

### Work done: instructions

Wall time at large sizes also measures the memory hierarchy: 100,000 steps' model no longer fits in
the caches. Instruction counts (callgrind, whole process) measure the algorithms alone; linear
growth is 10× the instructions for 10× the steps.

{instruction_table(counts)}

### Targets

{targets(results, rows, settings)}
"""
    title, _, body = notes.partition("\n<!-- results -->\n")
    return title.rstrip() + "\n\n" + tables + "\n" + body.lstrip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build", type=Path)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    settings = Settings(args.smoke)
    work = args.build / "bench" / ("smoke" if args.smoke else "full")
    work.mkdir(parents=True, exist_ok=True)
    out = args.out or (work / "performance.md" if args.smoke else ROOT / "docs" / "performance.md")

    results, context = run_stage_benchmarks(args.build, settings, work / "stages.json")
    rows = measure_command_line(args.build, settings, work)
    counts = count_instructions(args.build, settings, work)
    text = document(results, context, rows, counts, settings)
    # Written whole, then renamed: an interrupted run leaves the old file.
    tmp = out.with_suffix(".md.tmp")
    tmp.write_text(text)
    tmp.replace(out)
    print(text.partition("## Results")[2].partition("\n## ")[0])
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
