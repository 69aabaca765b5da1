#!/usr/bin/env python3
"""tools/calibration.py runs on the dev sets (the studied part of dev2 only)
and attache's confidence is calibrated and monotone: records of a higher
confidence band are not less often right than those of a lower band (by more
than MARGIN, between bands of at least MIN_RECORDS), and the mean distance
between confidence and being right stays under MAX_ERROR.

    calibration_test.py ATTACHE SHARED_DIR
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from scores import read_jsonl, unread  # noqa: E402
from tally import check, finish  # noqa: E402

MARGIN = 0.10
MIN_RECORDS = 10
MAX_ERROR = 0.10
TOOL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools", "calibration.py")


def main():
    attache, shared = sys.argv[1:3]
    out = subprocess.run([sys.executable, TOOL, attache, "--shared", shared, "--json"], check=True,
                         capture_output=True, text=True, timeout=600).stdout
    result = json.loads(out)
    sets = result["sets"]
    check(sorted(sets) == ["dev-en", "dev-vi", "dev2-en studied", "dev2-vi studied", "seeds"],
          f"the five dev sets are read: {sets}")
    for name in ("dev2-vi", "dev2-en"):
        docs = read_jsonl(os.path.join(shared, "eval", "docs", name + ".jsonl"))
        studied = sum(1 for d in docs if not unread(d["id"]))
        check(sets[name + " studied"] == studied,
              f"{name}: only the studied documents: {sets[name + ' studied']} read, {studied} studied")
    table, by_kind = result["attache"]
    check(table["records"] > 500, f"hundreds of records: {table['records']}")
    for kind in ("event", "participant", "agreement", "figure", "relation"):
        check(by_kind[kind]["records"] > 0, f"{kind}s have a confidence")
    bands = [b for b in table["bands"] if b["records"] >= MIN_RECORDS]
    check(len(bands) >= 2, f"two bands or more hold {MIN_RECORDS} records: {table['bands']}")
    for low, high in zip(bands, bands[1:]):
        check(high["share_right"] + MARGIN >= low["share_right"],
              f"band {high['band']} ({high['share_right']}) less right than {low['band']} ({low['share_right']})")
    check(table["calibration_error"] < MAX_ERROR,
          f"calibration error {table['calibration_error']} not under {MAX_ERROR}")
    for b in table["bands"]:
        print(f"{b['band']}: {b['records']} records, share right {b['share_right']}")
    finish("calibration")


if __name__ == "__main__":
    main()
