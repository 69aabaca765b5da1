#!/usr/bin/env python3
"""`attache review` and the stored confidence, through the CLI, on invented
articles written for this test (tests/review/review.jsonl): the records by
rising confidence less those an analyst's change names, likely duplicate
events (one partner and type, days apart, a person or place in common) and
people (a short form, a spelling),
the whole table output against tests/review/review.expected.txt, and the
schema step that adds the confidence columns to a database of version 1
(SQLite's, by its own means). It runs on SQLite or on PostgreSQL (a server of
its own, tests/backend.py), with the same checks.

    review_test.py ATTACHE [sqlite|postgresql]
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from backend import backend  # noqa: E402
from dbtools import undo_deferred_index, undo_event_places  # noqa: E402
from tally import check, finish  # noqa: E402

ATTACHE = sys.argv[1]
BACKEND = sys.argv[2] if len(sys.argv) > 2 else "sqlite"
FIXTURE = os.path.join(HERE, "review", "review.jsonl")
EXPECTED = os.path.join(HERE, "review", "review.expected.txt")


def run(*args):
    return subprocess.run([ATTACHE, *args], capture_output=True, text=True, timeout=60)


with tempfile.TemporaryDirectory() as tmp, backend(BACKEND, tmp) as b:
    db = b.database("kb")
    r = run("ingest", "--db", db, FIXTURE)
    check(r.returncode == 0, f"ingest: {r.stderr}")

    r = run("review", "--db", db, "--json")
    check(r.returncode == 0, f"review --json: {r.stderr}")
    out = json.loads(r.stdout) if r.returncode == 0 else {}
    records = out.get("records", [])
    confidences = [x["confidence"] for x in records]
    check(confidences and all(isinstance(c, float) and 0 < c < 1 for c in confidences),
          f"every record has a confidence from 0 to 1: {confidences}")
    check(confidences == sorted(confidences), f"records by rising confidence: {confidences}")
    check({x["kind"] for x in records} == {"event", "participant"}, f"kinds: {[x['kind'] for x in records]}")
    check(all(x["source"].startswith("rv-") and x["sentence"] == 0 and x["evidence"] for x in records),
          "each record names its source, sentence and evidence")
    events = {(e["type"], e["partner"], e["days"], e["in_common"]) for e in out.get("duplicate_events", [])}
    check(events == {("reception", "US", 2, "Lê Văn An"), ("talks", "AU", 1, "Singapore")},
          f"duplicate events: {events}")
    people = {(p["name"], p["other_name"], p["why"]) for p in out.get("duplicate_people", [])}
    check(people == {("Ash Carter", "Ashton Carter", "short form"), ("Ri-sát Mác-lơ", "Risát Mác-lơ", "spelling")},
          f"duplicate people (not Lê Văn An and Lê Văn Anh): {people}")

    r = run("review", "--db", db, "--limit", "3", "--format", "json")
    limited = json.loads(r.stdout) if r.returncode == 0 else {}
    check(limited.get("records") == records[:3], "--limit 3: the three least sure records")

    # The confidence shown where records are listed.
    r = run("events", "--db", db, "--json")
    listed = json.loads(r.stdout)["events"] if r.returncode == 0 else []
    check(listed and all(isinstance(e["confidence"], float) for e in listed), f"events list confidence: {listed[:1]}")

    # Reviewed: a change in effect takes a record out of the queue; its undo
    # puts it back.
    first_event = next(x for x in records if x["kind"] == "event")
    r = run("edit", "event", first_event["id"], "date=2024-04-11", "--note", "checked", "--db", db)
    check(r.returncode == 0 and r.stdout.startswith("change "), f"edit: {r.stdout} {r.stderr}")
    change = r.stdout.split()[1].rstrip(":") if r.returncode == 0 else "0"
    r = run("review", "--db", db, "--json")
    queue = json.loads(r.stdout)["records"] if r.returncode == 0 else []
    check(("event", first_event["id"]) not in {(x["kind"], x["id"]) for x in queue}
          and len(queue) == len(records) - 1, f"the edited event left the queue: {len(queue)} of {len(records)}")
    r = run("undo", change, "--db", db)
    check(r.returncode == 0, f"undo: {r.stderr}")
    r = run("review", "--db", db, "--json")
    check(r.returncode == 0 and json.loads(r.stdout)["records"] == records, "after the undo, the queue as before")

    # The whole table, as an analyst sees it.
    r = run("review", "--db", db)
    want = open(EXPECTED, encoding="utf-8").read()
    check(r.returncode == 0 and r.stdout == want, "review table differs from tests/review/review.expected.txt:\n"
          + r.stdout)

    # A database of schema version 1 (before confidence): queries refuse it
    # until an ingest upgrades it; its records keep no confidence and come last.
    # (SQLite's: an old database made by editing the file.)
    old = os.path.join(tmp, "old.db")
    if BACKEND == "sqlite":
        r = run("ingest", "--db", old, FIXTURE)
        con = sqlite3.connect(old)
        newest = con.execute("PRAGMA user_version").fetchone()[0]
        for table in ("event_sources", "participants", "agreements", "figures", "relations"):
            con.execute(f"ALTER TABLE {table} DROP COLUMN confidence")
        for table in ("corrections", "correction_effects", "person_names", "api_tokens"):  # step 2 -> 3
            con.execute(f"DROP TABLE {table}")
        undo_event_places(con)  # a later step's: version 1 had none
        con.execute("ALTER TABLE events DROP COLUMN date_source")  # a later step's column: version 1 had none
        undo_deferred_index(con)  # and a later step's search indexing
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("DELETE FROM sources WHERE id = 'rv-5'")  # with its sentences and records
        con.execute("PRAGMA user_version = 1")
        con.commit()
        con.close()
        r = run("events", "--db", old)
        check(r.returncode == 3 and "older than this attache" in r.stderr, f"query of a version 1 database: {r.stderr}")
        r = run("ingest", "--db", old, FIXTURE)
        check(r.returncode == 0 and "1 new" in r.stderr, f"ingest upgrades a version 1 database: {r.stderr}")
        con = sqlite3.connect(old)
        check(con.execute("PRAGMA user_version").fetchone()[0] == newest, f"upgraded to version {newest}")
        con.close()
        r = run("review", "--db", old, "--json")
        rows = json.loads(r.stdout)["records"] if r.returncode == 0 else []
        known = [x for x in rows if x["confidence"] is not None]
        check([x["source"] for x in known] == ["rv-5"] * len(known) and known,
              f"only the document ingested after the upgrade has confidences: {rows}")
        check(rows and rows[-1]["confidence"] is None and rows[0]["confidence"] is not None,
              "records without a confidence come last")

    # Results written by an attache without confidence (ingest --results):
    # stored as unknown (NULL), not as 0, the least sure of all.
    r = run("extract", "--with-text", FIXTURE)
    results = os.path.join(tmp, "results.jsonl")
    with open(results, "w", encoding="utf-8") as f:
        for line in r.stdout.splitlines():
            doc = json.loads(line)
            for key in ("events", "agreements", "figures", "relations"):
                for rec in doc.get(key, []):
                    rec.pop("confidence", None)
                    for p in rec.get("participants", []):
                        p.pop("confidence", None)
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    loaded = b.database("loaded")
    r = run("ingest", "--results", results, "--db", loaded)
    check(r.returncode == 0, f"ingest --results: {r.stderr}")
    r = run("review", "--db", loaded, "--json")
    rows = json.loads(r.stdout)["records"] if r.returncode == 0 else []
    check(rows and all(x["confidence"] is None for x in rows), f"no confidence in the results, none stored: {rows[:1]}")

finish(f"review tests ({BACKEND})")
