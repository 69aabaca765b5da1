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

    r = run("review", "--db", db, "--format", "json")
    check(r.returncode == 0, f"review --json: {r.stderr}")
    out = json.loads(r.stdout) if r.returncode == 0 else {}
    records = out.get("records", [])
    confidences = [x["confidence"] for x in records]
    check(confidences and all(isinstance(c, float) and 0 < c < 1 for c in confidences),
          f"every record has a confidence from 0 to 1: {confidences}")
    check(confidences == sorted(confidences), f"records by rising confidence: {confidences}")
    check({x["kind"] for x in records} == {"event", "participant"}, f"kinds: {[x['kind'] for x in records]}")
    # Sentence 0 is each fixture's "title", read as its headline; the body's
    # one sentence, 1, tells the happening in full and is the evidence.
    check(all(x["source"].startswith("rv-") and x["sentence"] == 1 and x["evidence"] for x in records),
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
    r = run("events", "--db", db, "--format", "json")
    listed = json.loads(r.stdout)["events"] if r.returncode == 0 else []
    check(listed and all(isinstance(e["confidence"], float) for e in listed), f"events list confidence: {listed[:1]}")

    # Reviewed: a change in effect takes a record out of the queue; its undo
    # puts it back.
    first_event = next(x for x in records if x["kind"] == "event")
    r = run("edit", "event", first_event["id"], "date=2024-04-11", "--note", "checked", "--db", db)
    check(r.returncode == 0 and r.stdout.startswith("change "), f"edit: {r.stdout} {r.stderr}")
    change = r.stdout.split()[1].rstrip(":") if r.returncode == 0 else "0"
    r = run("review", "--db", db, "--format", "json")
    queue = json.loads(r.stdout)["records"] if r.returncode == 0 else []
    check(("event", first_event["id"]) not in {(x["kind"], x["id"]) for x in queue}
          and len(queue) == len(records) - 1, f"the edited event left the queue: {len(queue)} of {len(records)}")
    r = run("undo", change, "--db", db)
    check(r.returncode == 0, f"undo: {r.stderr}")
    r = run("review", "--db", db, "--format", "json")
    check(r.returncode == 0 and json.loads(r.stdout)["records"] == records, "after the undo, the queue as before")

    # The whole table, as an analyst sees it.
    r = run("review", "--db", db)
    want = open(EXPECTED, encoding="utf-8").read()
    check(r.returncode == 0 and r.stdout == want, "review table differs from tests/review/review.expected.txt:\n"
          + r.stdout)

    # Accept and distinct, the review's own changes: an accepted record leaves
    # the queue, a pair said to be distinct leaves the likely duplicates;
    # each is in the history, survives a changed version of its documents and
    # a database rebuilt (its ids in another order) plus corrections import,
    # and undo puts it back.
    def review():
        r = run("review", "--db", db, "--format", "json")
        check(r.returncode == 0, f"review: {r.stderr}")
        return json.loads(r.stdout) if r.returncode == 0 else {}

    def stable(out):
        """The queue and the pairs by what they are, not by row ids."""
        return (sorted((x["kind"], x["source"], x["what"]) for x in out.get("records", [])),
                {(e["type"], e["partner"], e["days"]) for e in out.get("duplicate_events", [])},
                {frozenset((p["name"], p["other_name"])) for p in out.get("duplicate_people", [])})

    def change_of(r):
        return r.stdout.split()[1].rstrip(":") if r.returncode == 0 else "0"

    before = review()
    participant = next(x for x in before["records"] if x["kind"] == "participant")
    event = next(x for x in before["records"] if x["kind"] == "event")
    r = run("accept", "participant", participant["id"], "--note", "rank and name checked", "--author", "minh",
            "--db", db)
    check(r.returncode == 0 and r.stdout.startswith("change "), f"accept participant: {r.stdout} {r.stderr}")
    accepted = change_of(r)
    r = run("accept", "event", event["id"], "--db", db)
    check(r.returncode == 0, f"accept event: {r.stderr}")
    talks = next(e for e in before["duplicate_events"] if e["type"] == "talks")
    r = run("distinct", "event", str(talks["other"]), str(talks["event"]), "--note", "two meetings", "--db", db)
    check(r.returncode == 0 and r.stdout.strip().endswith(f"distinct event {talks['other']} {talks['event']}"),
          f"distinct event: {r.stdout} {r.stderr}")
    distinct_events = change_of(r)
    carters = next(p for p in before["duplicate_people"] if p["other_name"] == "Ashton Carter")
    r = run("distinct", "person", str(carters["person"]), str(carters["other"]), "--db", db)
    check(r.returncode == 0, f"distinct person: {r.stderr}")

    after = review()
    queue = {(x["kind"], x["id"]) for x in after["records"]}
    check(("participant", participant["id"]) not in queue and ("event", event["id"]) not in queue
          and len(after["records"]) == len(before["records"]) - 2, f"the accepted records left the queue: {queue}")
    check([(e["event"], e["other"]) for e in after["duplicate_events"]]
          == [(e["event"], e["other"]) for e in before["duplicate_events"] if e["type"] != "talks"],
          f"the distinct events left the likely duplicates: {after['duplicate_events']}")
    check([p["other_name"] for p in after["duplicate_people"]] == ["Risát Mác-lơ"],
          f"the distinct people left the likely duplicates: {after['duplicate_people']}")
    r = run("history", "participant", participant["id"], "--db", db, "--format", "json")
    h = json.loads(r.stdout)["history"] if r.returncode == 0 else []
    check([(x["op"], x["author"], x["note"], x["record"]) for x in h]
          == [("accept", "minh", "rank and name checked", participant["id"])], f"the accept's history: {h}")
    for one in (talks["event"], talks["other"]):
        r = run("history", "event", str(one), "--db", db, "--format", "json")
        h = json.loads(r.stdout)["history"] if r.returncode == 0 else []
        check([(x["op"], x["note"], x["record"]) for x in h if x["op"] == "distinct"]
              == [("distinct", "two meetings", f"{talks['other']} {talks['event']}")],
              f"the distinct is in the history of event {one}: {h}")
    reviewed = stable(after)

    # a changed version of every document (a paragraph before it: new row ids,
    # sentences moved): the accepts and distincts hold
    changed = os.path.join(tmp, "changed.jsonl")
    with open(FIXTURE, encoding="utf-8") as f, open(changed, "w", encoding="utf-8") as out:
        for line in f:
            doc = json.loads(line)
            doc["text"] = "Phóng viên thường trú đưa tin.\n\n" + doc["text"]
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    r = run("ingest", "--db", db, changed)
    check(r.returncode == 0 and "5 updated" in r.stderr, f"the changed versions: {r.stderr}")
    again = review()
    check(stable(again) == reviewed, f"accepts and distincts survive a changed version: {stable(again)}")
    r = run("history", "--orphaned", "--db", db, "--format", "json")
    check(r.returncode == 0 and json.loads(r.stdout)["history"] == [], f"none orphaned: {r.stdout}")

    # a database rebuilt, its documents ingested in the other order (other
    # ids), plus the exported changes
    exported = os.path.join(tmp, "review-changes.jsonl")
    r = run("corrections", "export", exported, "--db", db)
    lines = [json.loads(line) for line in open(exported, encoding="utf-8")] if r.returncode == 0 else []
    lines = [x for x in lines if x["op"] in ("accept", "distinct")]  # (the edit and undo above are there too)
    check([x["op"] for x in lines] == ["accept", "accept", "distinct", "distinct"]
          and all(isinstance(x["target"], dict) and "id" not in x["target"] for x in lines)
          and isinstance(lines[2]["other"], dict), f"the export names records by their identity: {lines}")
    reversed_docs = os.path.join(tmp, "reversed.jsonl")
    with open(changed, encoding="utf-8") as f:
        docs = f.read().splitlines()
    with open(reversed_docs, "w", encoding="utf-8") as out:
        out.write("\n".join(reversed(docs)) + "\n")
    rebuilt = b.database("rebuilt")
    check(run("ingest", "--db", rebuilt, reversed_docs).returncode == 0, "ingest the rebuilt database")
    r = run("corrections", "import", exported, "--db", rebuilt)
    check(r.returncode == 0 and f"imported {len(lines) + 2} new" in r.stdout, f"import: {r.stdout} {r.stderr}")
    r = run("review", "--db", rebuilt, "--json")
    out = json.loads(r.stdout) if r.returncode == 0 else {}
    check(stable(out) == stable(again), f"the rebuilt database's review is the same: {stable(out)}")
    r = run("history", "--db", rebuilt, "--format", "json")
    pair = [x["record"] for x in json.loads(r.stdout)["history"] if x["op"] == "distinct" and x["kind"] == "event"]
    check(len(pair) == 1 and pair[0] not in ("orphaned", f"{talks['other']} {talks['event']}"),
          f"the distinct found its two events under their new ids: {pair}")

    # undo: the record is back in the queue, the pair in the likely duplicates
    check(run("undo", accepted, "--db", db).returncode == 0 and run("undo", distinct_events, "--db", db).returncode == 0,
          "undo the accept and the distinct")
    undone = review()
    check(len(undone["records"]) == len(again["records"]) + 1
          and {x["kind"] for x in undone["records"]} - {x["kind"] for x in again["records"]} <= {"participant"}
          and any(x["kind"] == "participant" and x["source"] == participant["source"]
                  and x["what"] == participant["what"] for x in undone["records"]),
          f"undo puts the accepted participant back in the queue: {undone['records']}")
    check({e["type"] for e in undone["duplicate_events"]} == {"talks", "reception"},
          f"undo puts the pair back in the likely duplicates: {undone['duplicate_events']}")

    # bad input: exit 2 naming it, nothing recorded
    n = len(json.loads(run("history", "--db", db, "--format", "json").stdout)["history"])
    one = next(x["id"] for x in undone["records"] if x["kind"] == "event")
    for args, named in [(("distinct", "event", one, one), "given twice"),
                        (("distinct", "agreement", "1", "2"), "KIND"),
                        (("distinct", "event", "3"), "KIND ID ID"),
                        (("accept", "event", "999999"), "no event 999999"),
                        (("accept", "participant", "3"), "EVENT:PERSON"),
                        (("accept", "event", "3", "4"), "unexpected argument")]:
        r = run(*args, "--db", db)
        check(r.returncode == 2 and named in r.stderr, f"{args}: exit {r.returncode}, {r.stderr.strip()!r}")
    check(len(json.loads(run("history", "--db", db, "--format", "json").stdout)["history"]) == n, "nothing recorded")

    # A database of schema version 1 (before confidence): queries refuse it
    # until an ingest upgrades it; its records keep no confidence and come last.
    # (SQLite's: an old database made by editing the file.)
    old = os.path.join(tmp, "old.db")
    if BACKEND == "sqlite":
        r = run("ingest", "--db", old, FIXTURE)
        con = sqlite3.connect(old)
        newest = con.execute("PRAGMA user_version").fetchone()[0]
        undo_event_places(con)  # later steps' (first: their triggers read the columns dropped below)
        for table in ("event_sources", "participants", "agreements", "figures", "relations"):
            con.execute(f"ALTER TABLE {table} DROP COLUMN confidence")
        for table in ("corrections", "correction_effects", "person_names", "api_tokens"):  # step 2 -> 3
            con.execute(f"DROP TABLE {table}")
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
