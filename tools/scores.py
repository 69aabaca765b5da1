#!/usr/bin/env python3
"""Every evaluation set side by side, so a change that helps one set and hurts
another shows at once.

    tools/scores.py [ATTACHE] [--shared DIR] [--json] [--errors SET]

Rows: seeds, dev-vi, dev-en (studied), dev2-vi and dev2-en split into their
studied part and their unread quarter (documents whose id's sha1 is 0 mod 4),
and the events found on the unlabeled corpus. Columns: events P/R/F1 and the
F1 of participants, agreements, figures and relations, event date accuracy,
overall F1, and the events predicted on negative documents. The scorer counts
reception, talks, call, meeting and dialogue as one coarse type; "typed F1"
is events F1 when the type must be equal too.

--errors SET prints the scorer's errors for one set; the unread quarters are
refused: their errors are never read, so the distance between studied and
unread measures how far the rules are tuned to the studied sentences.
"""
import argparse
import contextlib
import hashlib
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = ["seeds", "dev-vi", "dev-en", "dev2-vi", "dev2-en"]
SPLIT = {"dev2-vi", "dev2-en"}


def unread(doc_id):
    """The quarter of dev2 whose errors are never looked at."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 4 == 0


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract(attache, docs, *options):
    """The predictions for a list of documents (`attache extract` with
    `options`), as JSON objects."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([attache, "extract", *options, "--jsonl", path], check=True, capture_output=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


@contextlib.contextmanager
def scorer_files(gold, pred):
    """The gold and the predictions as two temporary JSON Lines files, the
    shared scorer's arguments; removed afterwards."""
    paths = []
    try:
        for rows in (gold, pred):
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
                paths.append(f.name)
        yield paths
    finally:
        for p in paths:
            os.unlink(p)


def score(shared, gold, pred, errors=False):
    """Runs the shared scorer on in-memory gold and predictions."""
    with scorer_files(gold, pred) as paths:
        args = [sys.executable, os.path.join(shared, "eval", "score.py"), *paths]
        if errors:
            return subprocess.run(args + ["--show-errors"], check=True, capture_output=True, text=True).stdout
        out = subprocess.run(args + ["--json"], check=True, capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-2])


def parts(shared, name):
    """(row name, documents, gold) for a set, dev2 split into studied and unread."""
    docs = read_jsonl(os.path.join(shared, "eval", "docs", name + ".jsonl"))
    gold = read_jsonl(os.path.join(shared, "eval", "gold", name + ".jsonl"))
    if name not in SPLIT:
        return [(name, docs, gold)]
    return [(name + " " + label, [d for d in docs if unread(d["id"]) == hidden],
             [g for g in gold if unread(g["id"]) == hidden])
            for label, hidden in (("studied", False), ("unread", True))]


def negative_events(gold, pred):
    negatives = {g["id"] for g in gold if g.get("events") == []}
    return sum(len(p.get("events", [])) for p in pred if p.get("id") in negatives)


def corpus_events(attache, shared):
    counts = {}
    for lang in ("vi", "en"):
        docs = read_jsonl(os.path.join(shared, "corpus", f"unlabeled-{lang}.jsonl"))
        counts[lang] = sum(len(p.get("events", [])) for p in extract(attache, docs))
    return counts


def row(result, neg):
    ev = result["events"]
    f1 = lambda k: result.get(k, {}).get("f1", 0.0)  # noqa: E731
    acc = (result.get("event date") or {}).get("acc") or 0.0
    return {"docs": result["documents"], "events P": ev["p"], "events R": ev["r"], "events F1": ev["f1"],
            "typed F1": f1("events (exact type)"),
            "participants": f1("participants"), "agreements": f1("agreements"), "figures": f1("figures"),
            "relations": f1("relations"), "event date": acc, "overall": result["overall_f1"], "neg events": neg}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("attache", nargs="?", default=os.path.join(ROOT, "build", "attache"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    ap.add_argument("--errors", metavar="SET", help="show the errors of one set (seeds, dev-vi, dev-en, "
                    "dev2-vi, dev2-en: the studied part only)")
    args = ap.parse_args()

    if args.errors:
        if args.errors not in SETS:
            sys.exit(f"scores.py: --errors: unknown set {args.errors!r}")
        name, docs, gold = parts(args.shared, args.errors)[0]
        print(f"# errors of {name}", flush=True)
        print(score(args.shared, gold, extract(args.attache, docs), errors=True))
        return

    table = {}
    for name in SETS:
        for label, docs, gold in parts(args.shared, name):
            pred = extract(args.attache, docs)
            table[label] = row(score(args.shared, gold, pred), negative_events(gold, pred))
    corpus = corpus_events(args.attache, args.shared)
    if args.json:
        print(json.dumps({"sets": table, "unlabeled events": corpus}, indent=1))
        return
    cols = ["docs", "events P", "events R", "events F1", "typed F1", "participants", "agreements", "figures", "relations",
            "event date", "overall", "neg events"]
    print(f"{'set':17}" + "".join(f"{c:>13}" for c in cols))
    for label, r in table.items():
        cells = [f"{r[c]:13d}" if isinstance(r[c], int) else f"{r[c]:13.3f}" for c in cols]
        print(f"{label:17}" + "".join(cells))
    for name in sorted(SPLIT):
        gap = table[name + " studied"]["events F1"] - table[name + " unread"]["events F1"]
        print(f"{name} events F1, studied minus unread: {gap:+.3f}")
    print(f"events on the unlabeled corpus: vi {corpus['vi']}, en {corpus['en']}")


if __name__ == "__main__":
    main()
