#!/usr/bin/env python3
"""Runs `attache extract` on the shared evaluation sets, scores it with the
shared scorer, and fails if a score drops below the figure the README records
(lines like "seeds   overall F1: 0.9656" in its Measured section), or if the
seeds fall below the 0.9 floor of the contract.

    score_regression.py ATTACHE SHARED_DIR README.md
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from record_scores import figure, score  # noqa: E402


def main():
    attache, shared, readme = sys.argv[1:4]
    recorded = {}
    for line in open(readme, encoding="utf-8"):
        m = re.match(r"^\s*(seeds|dev-vi|dev-en|dev2-vi|dev2-en)\s+(.+?):\s+([0-9.]+)\s*$", line)
        if m:
            recorded.setdefault(m.group(1), {})[m.group(2)] = float(m.group(3))
    if "seeds" not in recorded:
        sys.exit("README.md records no seeds figure")
    failed = 0
    results = {name: score(attache, shared, name) for name in recorded}
    for name, figures in sorted(recorded.items()):
        for key, want in figures.items():
            got = figure(results[name], key)
            status = "ok" if got + 1e-9 >= want else "DROPPED"
            failed += status != "ok"
            print(f"{name:7} {key:32} {got:.4f} (README {want:.4f}) {status}")
    if results["seeds"]["overall_f1"] < 0.9:
        print("seeds overall F1 below 0.9")
        failed += 1
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
