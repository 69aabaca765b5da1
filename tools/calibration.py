#!/usr/bin/env python3
"""How often records of each confidence band are right, on the annotated
dev sets, and the fit of the confidence weights (data/confidence.tsv).

    tools/calibration.py [ATTACHE] [--shared DIR] [--json] [--fit] [--folds N]

Sets: seeds, dev-vi, dev-en, and the studied part of dev2-vi and dev2-en
(never the unread quarter, whose documents are kept out of every fit). Each
predicted record is matched to the gold the way ../shared/eval/score.py
matches (its own functions): an event or agreement is right when the scorer
pairs it with a gold one; a participant when its event is paired and the gold
event names the same person; a figure or relation when the gold document
holds the same key.

--fit fits the weights by logistic regression (L2, Newton's method) on the
features `attache extract --explain` reports for each record, writes them to
data/confidence.tsv, and prints the table of cross-validated confidences
(each document's records scored by weights fitted on the other folds) beside
the table of the fitted weights on the sets they were fitted on.
"""
import argparse
import importlib.util
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scores import ROOT, SETS, parts, extract  # noqa: E402

BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.0)]
KINDS = ["event", "participant", "agreement", "figure", "relation"]
WEIGHTS = os.path.join(ROOT, "data", "confidence.tsv")
L2 = 3.0  # the prior that keeps a feature seen on a handful of records near 0
L2_INTERCEPT = 0.1


def load_scorer(shared):
    spec = importlib.util.spec_from_file_location("score", os.path.join(shared, "eval", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def labelled_records(sc, gold_doc, pred_doc):
    """(kind, confidence, features, right) for every record of one document."""
    out = []
    ge, pe = gold_doc.get("events") or [], pred_doc.get("events") or []
    paired = {id(p): g for g, p in sc.greedy_match(ge, pe, sc.event_affinity)}
    for ev in pe:
        g = paired.get(id(ev))
        out.append(("event", ev["confidence"], ev["explain"]["features"], g is not None))
        names = {sc.norm(x.get("name")) for x in (g or {}).get("participants") or []}
        for p in ev.get("participants") or []:
            out.append(("participant", p["confidence"], p["explain"]["features"], sc.norm(p.get("name")) in names))
    ga, pa = gold_doc.get("agreements") or [], pred_doc.get("agreements") or []
    right = {id(p) for _, p in sc.greedy_match(ga, pa, sc.agreement_affinity)}
    for a in pa:
        out.append(("agreement", a["confidence"], a["explain"]["features"], id(a) in right))
    keys = {sc.figure_key(x) for x in gold_doc.get("figures") or []}
    for f in pred_doc.get("figures") or []:
        out.append(("figure", f["confidence"], f["explain"]["features"], sc.figure_key(f) in keys))
    keys = {sc.relation_key(x) for x in gold_doc.get("relations") or []}
    for r in pred_doc.get("relations") or []:
        out.append(("relation", r["confidence"], r["explain"]["features"], sc.relation_key(r) in keys))
    return out


def collect(attache, shared):
    """{set name: [(doc id, [records])]} over the studied documents."""
    sc = load_scorer(shared)
    by_set = {}
    for name in SETS:
        label, docs, gold = parts(shared, name)[0]  # the studied part comes first
        if "unread" in label:
            sys.exit("calibration.py: refusing an unread quarter")
        pred = {p["id"]: p for p in extract(attache, docs, "--explain")}
        by_set[label] = [(g["id"], labelled_records(sc, g, pred.get(g["id"], {}))) for g in gold]
    return by_set


def band_of(c):
    for i, (lo, hi) in enumerate(BANDS):
        if c < hi or (i == len(BANDS) - 1):
            return i
    return len(BANDS) - 1


def table(rows):
    """Per band: records, right, share right, mean confidence; and overall figures."""
    bands = [{"band": f"{lo:.2f}-{hi:.2f}", "records": 0, "right": 0, "sum": 0.0} for lo, hi in BANDS]
    brier = 0.0
    for conf, right in rows:
        b = bands[band_of(conf)]
        b["records"] += 1
        b["right"] += right
        b["sum"] += conf
        brier += (conf - right) ** 2
    for b in bands:
        n = b["records"]
        b["share_right"] = round(b["right"] / n, 3) if n else None
        b["mean_confidence"] = round(b.pop("sum") / n, 3) if n else None
    n = len(rows)
    ece = sum(abs(b["right"] - b["mean_confidence"] * b["records"]) for b in bands if b["records"]) / max(1, n)
    return {"bands": bands, "records": n, "right": sum(r for _, r in rows),
            "brier": round(brier / max(1, n), 4), "calibration_error": round(ece, 4)}


def print_table(title, t, by_kind):
    print(f"# {title}")
    print(f"{'confidence':12}{'records':>9}{'right':>7}{'share right':>13}{'mean conf':>11}   "
          + " ".join(f"{k[:5]:>11}" for k in KINDS))
    for i, b in enumerate(t["bands"]):
        share = f"{b['share_right']:.3f}" if b["records"] else "-"
        mean = f"{b['mean_confidence']:.3f}" if b["records"] else "-"
        kinds = []
        for k in KINDS:
            kb = by_kind[k]["bands"][i]
            kinds.append(f"{kb['right']}/{kb['records']}" if kb["records"] else "-")
        print(f"{b['band']:12}{b['records']:9d}{b['right']:7d}{share:>13}{mean:>11}   "
              + " ".join(f"{c:>11}" for c in kinds))
    print(f"all {t['records']} records, {t['right']} right; Brier score {t['brier']:.4f}, "
          f"calibration error {t['calibration_error']:.4f}")


def summarize(records):
    """records: [(kind, confidence, right)] -> the overall table and one per kind."""
    return (table([(c, r) for _, c, r in records]),
            {k: table([(c, r) for kind, c, r in records if kind == k]) for k in KINDS})


# ---- fitting ----------------------------------------------------------------

def solve(a, b):
    """Solves a x = b (a symmetric positive definite) by Gaussian elimination."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(samples):
    """L2-regularised logistic regression over binary features by Newton's
    method. samples: [(feature names, right)] -> {feature: weight}."""
    names = sorted({f for fs, _ in samples for f in fs})
    index = {f: i for i, f in enumerate(names)}
    rows = [([index[f] for f in fs], 1.0 if right else 0.0) for fs, right in samples]
    w = [0.0] * len(names)
    # The prior holds the features; a kind's own rate (its intercept:
    # "event", "figure") is held only lightly, so that the records of that
    # kind decide it (and a kind right every time stays finite).
    prior = [L2_INTERCEPT if ":" not in name else L2 for name in names]
    for _ in range(30):
        grad = [k * x for k, x in zip(prior, w)]
        hess = [[prior[i] if i == j else 0.0 for j in range(len(names))] for i in range(len(names))]
        for idx, y in rows:
            p = 1.0 / (1.0 + math.exp(-sum(w[i] for i in idx)))
            for i in idx:
                grad[i] += p - y
                for j in idx:
                    hess[i][j] += p * (1 - p)
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return dict(zip(names, w))


def predict(weights, features):
    z = sum(weights.get(f, 0.0) for f in features)
    return round(1.0 / (1.0 + math.exp(-z)), 2)


def write_weights(weights):
    """Rewrites data/confidence.tsv's values, keeping its comments and rows;
    a feature fitted that has no row yet gets one at the end."""
    lines = open(WEIGHTS, encoding="utf-8").read().splitlines()
    out, seen = [], set()
    for line in lines:
        cols = line.split("\t")
        if line.startswith("#") or cols[0] == "phrase" or len(cols) < 3:
            out.append(line)
            continue
        seen.add(cols[0])
        cols[1] = f"{weights.get(cols[0], 0.0):.3f}"
        out.append("\t".join(cols))
    out += [f"{name}\t{weights[name]:.3f}\texact\t" for name in sorted(weights) if name not in seen]
    with open(WEIGHTS, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def cross_validated(by_set, folds):
    """Each document's records scored by weights fitted on the other folds."""
    docs = [recs for rows in by_set.values() for _, recs in rows]
    order = list(range(len(docs)))
    random.Random(13).shuffle(order)
    out = []
    for k in range(folds):
        held = set(order[k::folds])
        weights = fit([(fs, r) for i, recs in enumerate(docs) if i not in held for _, _, fs, r in recs])
        out += [(kind, predict(weights, fs), r) for i in held for kind, _, fs, r in docs[i]]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("attache", nargs="?", default=os.path.join(ROOT, "build", "attache"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--json", action="store_true", help="print the tables as JSON")
    ap.add_argument("--fit", action="store_true", help="fit data/confidence.tsv's weights on the dev sets")
    ap.add_argument("--folds", type=int, default=5, help="folds of the cross-validation with --fit (default 5)")
    args = ap.parse_args()

    by_set = collect(args.attache, args.shared)
    records = [r for rows in by_set.values() for _, recs in rows for r in recs]
    result = {"sets": {name: len(rows) for name, rows in by_set.items()}}
    if args.fit:
        weights = fit([(fs, r) for _, _, fs, r in records])
        write_weights(weights)
        result["cross-validated"] = summarize(cross_validated(by_set, args.folds))
        result["fitted"] = summarize([(k, predict(weights, fs), r) for k, _, fs, r in records])
    else:
        result["attache"] = summarize([(k, c, r) for k, c, _, r in records])
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print("documents: " + ", ".join(f"{name} {n}" for name, n in result["sets"].items()))
    for key, title in (("attache", "attache's confidence (data/confidence.tsv)"),
                       ("cross-validated", f"cross-validated ({args.folds} folds by document)"),
                       ("fitted", "fitted weights, on the sets they were fitted on")):
        if key in result:
            print_table(title, *result[key])


if __name__ == "__main__":
    main()
