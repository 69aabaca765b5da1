#!/usr/bin/env python3
"""Extraction and storing apart: `attache extract --with-text` on one side,
`attache ingest --results` on the other give exactly the database a direct
ingest of the same documents gives (full dump, stats and query answers);
either way round, a second ingest finds every document unchanged; a result
that does not hold together is an error naming the file, the line and the
field, and the other results are still stored.

    results_test.py ATTACHE SHARED_DIR SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dbtools import dump  # noqa: E402
from tally import check, finish  # noqa: E402

ATTACHE, SHARED, SOURCE = sys.argv[1], sys.argv[2], sys.argv[3]
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")


def run(*args, **kw):
    return subprocess.run([ATTACHE, *args], capture_output=True, text=True, env=ENV, **kw)


def answers(db):
    """What the query commands say of the database, as text."""
    out = []
    for q in (["stats"], ["partners"], ["events"], ["people"], ["agreements"], ["figures"],
              ["partner", "FR"], ["person", "nguyen chi vinh"], ["search", "quoc phong"]):
        r = run(*q, "--db", db, "--format", "json")
        check(r.returncode == 0, f"{q}: {r.stderr}")
        out.append(r.stdout)
    return out


# The dev documents, and web pages (whose content hash is of the page, not of its article).
inputs = [os.path.join(SHARED, "eval", "docs", n) for n in ("seeds.jsonl", "dev-vi.jsonl", "dev-en.jsonl")]
pages = os.path.join(SOURCE, "tests", "html")
inputs += sorted(os.path.join(pages, n) for n in os.listdir(pages) if n.endswith(".html"))

with tempfile.TemporaryDirectory() as tmp:
    results = os.path.join(tmp, "results.jsonl")
    with open(results, "w", encoding="utf-8") as out:
        r = subprocess.run([ATTACHE, "extract", "--with-text", *inputs], stdout=out, stderr=subprocess.PIPE,
                           text=True, env=ENV)
    check(r.returncode == 0, f"extract --with-text: {r.stderr}")
    lines = open(results, encoding="utf-8").read().splitlines()
    first = json.loads(lines[0])
    check(isinstance(first["text"], str) and first["sentences"] and len(first["content_hash"]) == 16
          and all("sentence" in e for e in first["events"]), "a result carries the text, sentences and hash")
    # Without the option, the output is the contract's alone.
    plain = json.loads(run("extract", inputs[0]).stdout.splitlines()[0])
    check("text" not in plain and all("sentence" not in e for e in plain["events"]),
          "without --with-text, no text or sentence indexes")

    direct, loaded = os.path.join(tmp, "direct.db"), os.path.join(tmp, "loaded.db")
    r = run("ingest", "--db", direct, *inputs)
    check(r.returncode == 0, f"direct ingest: {r.stderr}")
    r = run("ingest", "--db", loaded, "--results", results)
    check(r.returncode == 0 and f"{len(lines)} new" in r.stderr, f"ingest --results: {r.stderr}")
    check(dump(direct) == dump(loaded), "ingest --results gives a database other than a direct ingest")
    check(answers(direct) == answers(loaded), "query answers differ between the two databases")

    # Either way round, the other ingest finds every document unchanged.
    r = run("ingest", "--db", direct, "--results", results)
    check(f"{len(lines)} unchanged" in r.stderr, f"results over a direct ingest: {r.stderr}")
    r = run("ingest", "--db", loaded, *inputs)
    check(f"{len(lines)} unchanged" in r.stderr, f"direct ingest over results: {r.stderr}")
    check(dump(direct) == dump(loaded), "a second ingest changed a database")

    # A changed document (another text under the same id) replaces its records.
    changed = os.path.join(tmp, "changed.jsonl")
    with open(changed, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": first["id"], "text": "Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản."},
                           ensure_ascii=False) + "\n")
    changed_results = run("extract", "--with-text", changed).stdout
    with open(changed + ".results", "w", encoding="utf-8") as f:
        f.write(changed_results)
    r = run("ingest", "--db", loaded, "--results", changed + ".results")
    check("1 updated" in r.stderr, f"a changed result: {r.stderr}")
    run("ingest", "--db", direct, changed)
    check(dump(direct) == dump(loaded), "a changed document is stored otherwise from its result")

    # Results that do not hold together: each reported with its line and field; the rest stored.
    good = next(json.loads(x) for x in lines if json.loads(x)["events"])
    bad = [
        (plain, "result text: missing: write the results with attache extract --with-text"),
        (dict(good, events=[dict(good["events"][0], sentence=len(good["sentences"]))]),
         "result events[0].sentence: not a whole number in range"),
        (dict(good, sentences=[[5, 2]]), "result sentences: a span outside the text"),
        (dict(good, published="2019-02-31"), "result published: not a date"),
        (dict(good, content_hash="nothex"), "result content_hash: not 16 hexadecimal digits"),
        (dict(good, figures=[{"metric": "m"}]), "result figures[0].qualifier: not a string"),
    ]
    mixed = os.path.join(tmp, "mixed.jsonl")
    with open(mixed, "w", encoding="utf-8") as f:
        for doc, _ in bad:
            f.write(json.dumps(dict(doc, id="bad-" + doc.get("id", "")), ensure_ascii=False) + "\n")
        f.write("not json\n")
        f.write(json.dumps(dict(good, id="fine"), ensure_ascii=False) + "\n")
    fresh = os.path.join(tmp, "fresh.db")
    r = run("ingest", "--db", fresh, "--results", mixed)
    check(r.returncode == 1 and "1 new" in r.stderr and f"{len(bad) + 1} failed" in r.stderr,
          f"bad results: exit {r.returncode} {r.stderr}")
    for line, (_, message) in enumerate(bad, 1):
        check(f"{mixed}:{line}: {message}" in r.stderr, f"line {line}: {message} not in {r.stderr}")
    check(f"{mixed}:{len(bad) + 1}: not JSON" in r.stderr, f"not JSON: {r.stderr}")
    check(run("source", "fine", "--db", fresh).returncode == 0, "the good result after bad ones is stored")

finish("results tests")
