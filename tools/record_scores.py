#!/usr/bin/env python3
"""Rewrites the scores block of README.md from fresh scorer runs, so the
figures the regression test guards are the measured ones. The test
(tests/score_regression.py) scores and reads figures with the same functions.

    tools/record_scores.py ATTACHE SHARED_DIR README.md
"""
import json
import os
import re
import subprocess
import sys

FIELDS = {
    "seeds": (["events", "participants"], []),
    "dev-vi": (["events", "events (exact type)", "participants", "agreements", "figures", "relations",
                "event areas"], ["event date", "participant position", "event location country"]),
    "dev-en": (["events", "participants", "agreements", "figures", "relations", "event areas"],
               ["event date", "event location country"]),
    "dev2-vi": (["events", "participants", "agreements", "figures", "relations"], ["event date"]),
    "dev2-en": (["events", "participants", "agreements", "figures", "relations"], ["event date"]),
}


def score(attache, shared, name):
    docs = os.path.join(shared, "eval", "docs", name + ".jsonl")
    gold = os.path.join(shared, "eval", "gold", name + ".jsonl")
    pred = subprocess.run([attache, "extract", docs], check=True, capture_output=True).stdout
    out = subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), gold, "/dev/stdin", "--json"],
                         input=pred, check=True, capture_output=True).stdout.decode()
    return json.loads(out.strip().splitlines()[-2])


def figure(result, key):
    """The figure a README line names: "overall F1", "events F1" or "event date" (an accuracy)."""
    if key == "overall F1":
        return result["overall_f1"]
    if key.endswith(" F1"):
        return result.get(key[:-3], {}).get("f1", 0.0)
    return result.get(key, {}).get("acc") or 0.0


def main():
    attache, shared, readme = sys.argv[1:4]
    lines = []
    for name, (f1s, accs) in FIELDS.items():
        r = score(attache, shared, name)
        keys = ["overall F1"] + [k + " F1" for k in f1s] + accs
        lines += [f"{name:7} {k}: {figure(r, k):.4f}" for k in keys]
    text = open(readme, encoding="utf-8").read()
    text = re.sub(r"```\nseeds   overall F1:.*?```", "```\n" + "\n".join(lines) + "\n```", text, flags=re.S)
    open(readme, "w", encoding="utf-8").write(text)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
