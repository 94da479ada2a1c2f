#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the benchmarks' output (ctest -V) on stdin and prints one table: each result beside
its bar, the anchor it was measured against in the same run (when it has one) and its own
verdict, with each benchmark's BENCH line below its results. Exit status 1 when any result is
over its bar.

A RESULT line is `measure=value bar=value [anchor=value] ...` then "within bar" or "OVER
BAR": a measure is followed by its bar (one without is shown for information, with no
verdict), and may be followed by its anchor: the time, with its unit (`anchor=2.1s`), of what
it was compared with in the same run. Every bar is an upper bound."""
import re
import sys

benches, results = {}, []
for line in sys.stdin:
    line = re.sub(r"^\d+: ", "", line.rstrip())
    if line.startswith("BENCH "):
        benches[len(results)] = line[len("BENCH "):]
    elif line.startswith("RESULT "):
        results.append(line[len("RESULT "):])

rows, over = [], False
for i, result in enumerate(results):
    measures = []  # [name, value, bar, anchor]
    for key, value in re.findall(r"(\w+)=([\d.]+[a-z]*)", result):
        if key == "bar" and measures:
            measures[-1][2] = value
        elif key == "anchor" and measures:
            measures[-1][3] = value
        else:
            measures.append([key, value, "", ""])
    for name, value, bar, anchor in measures:
        if bar == "":
            rows.append((name, value, "-", anchor or "-", "(no bar: for information)"))
            continue
        within = float(value) <= float(bar)
        over |= not within
        rows.append((name, value, bar, anchor or "-", "within bar" if within else "OVER BAR"))
    # A line that says it is over its bar is, whatever its numbers say.
    over |= not result.endswith("within bar")
    rows.append(("", "", "", "", "  " + benches.get(i, "")))

width = max([len(r[0]) for r in rows] + [len("measure")])
print(f"{'measure':<{width}}  {'result':>10}  {'bar':>8}  {'anchor':>8}  verdict / what it was measured against")
print("-" * (width + 80))
for name, value, bar, anchor, text in rows:
    if name:
        print(f"{name:<{width}}  {value:>10}  {bar:>8}  {anchor:>8}  {text}")
    elif text.strip():
        print(f"{'':<{width}}  {'':>10}  {'':>8}  {'':>8}{text}")
sys.exit(1 if over else 0)
