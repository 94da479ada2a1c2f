#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the benchmarks' output (ctest -V) on stdin and prints one table: each result beside
its bar, and the anchor it was measured against. Exit status 1 when any result is over its bar."""
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
    verdict = "within bar" if result.endswith("within bar") else "OVER BAR"
    over |= verdict == "OVER BAR"
    pairs = re.findall(r"(\w+)=([\d.]+)", result)
    # Pairs come as (measure, value), (bar, value)...: one row per measure.
    measure = None
    for key, value in pairs:
        if key == "bar" and measure:
            rows.append((measure[0], measure[1], value, verdict))
            measure = None
        else:
            measure = (key, value)
    detail = benches.get(i, "")
    rows.append(("", "", "", "  " + detail) if detail else ("", "", "", ""))

width = max([len(r[0]) for r in rows] + [len("measure")])
print(f"{'measure':<{width}}  {'result':>10}  {'bar':>8}  verdict / what it was measured against")
print("-" * (width + 70))
for name, value, bar, text in rows:
    if name:
        print(f"{name:<{width}}  {value:>10}  {bar:>8}  {text}")
    elif text.strip():
        print(f"{'':<{width}}  {'':>10}  {'':>8}{text}")
sys.exit(1 if over else 0)
