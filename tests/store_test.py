#!/usr/bin/env python3
"""The knowledge base end to end, through the CLI: ingest the shared corpus,
ask the questions analysts ask and check the answers; ingest twice and compare
full dumps; kill ingests at random points and check the database survives and
a re-run completes it; refuse databases that are not ours or too new. (A full
disk, concurrent ingests and read-only databases: store_faults_test.py.)

    store_test.py ATTACHE SHARED_DIR
"""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dbtools import dump, undo_deferred_index, undo_event_places  # noqa: E402
from tally import check, finish  # noqa: E402

ATTACHE, SHARED = sys.argv[1], sys.argv[2]
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")


def run(*args, **kw):
    return subprocess.run([ATTACHE, *args], capture_output=True, text=True, env=ENV, **kw)


def query(db, *args):
    r = run(*args, "--db", db, "--format", "json")
    check(r.returncode == 0, f"query {args}: exit {r.returncode} {r.stderr}")
    return json.loads(r.stdout) if r.returncode == 0 else {}


corpus = [os.path.join(SHARED, "eval", "docs", n) for n in ("seeds.jsonl", "dev-vi.jsonl", "dev-en.jsonl")]

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "kb.db")
    r = run("ingest", "--db", db, *corpus)
    check(r.returncode == 0, f"ingest: {r.stderr}")
    check("0 failed" in r.stderr and "new" in r.stderr, f"ingest summary: {r.stderr}")

    # partner FR: the framework, the 27 March talks with Florence Parly, the letter of intent.
    fr = query(db, "partner", "FR")
    check(fr.get("partner", [{}])[0].get("framework") == "strategic_partnership", "FR framework")
    talks = [e for e in fr.get("events", []) if e["type"] == "talks" and (e["date"] or "").endswith("-03-27")]
    check(talks and "Florence Parly" in talks[0]["participants"], "FR 27 March talks with Florence Parly")
    check(any(a["kind"] == "letter_of_intent" for a in fr.get("agreements", [])), "FR letter of intent")

    # How the number of defense partners moved: more than 80 (told by two
    # sources), then more than 100.
    figs = query(db, "figures", "--metric", "defense_partners")["figures"]
    moves = [(f["value"], f["qualifier"]) for f in figs]
    moves = [m for i, m in enumerate(moves) if i == 0 or m != moves[i - 1]]
    check(moves[:2] == [(80, "more_than"), (100, "more_than")], f"defense_partners over time: {figs}")

    # Search ignores case and tone marks and marks what it found.
    hits = query(db, "search", "dai tuong phung quang thanh")["matches"]
    check(hits and all("«Đại tướng Phùng Quang Thanh»" in h["sentence"] for h in hits), f"search: {hits[:1]}")
    check(query(db, "search", "QUỐC PHÒNG") == query(db, "search", "quoc phong"), "search folds case and marks")

    # One person across articles (Vietnamese and English), with the office held
    # at each date; ranks are as written, so any spelling of the grade he held
    # (data/ranks.tsv): G3 from 2013 on, G2 in a story that tells him still a
    # lieutenant general (dev-en has one, undated).
    person = query(db, "person", "nguyen chi vinh")
    check(person["person"] and person["person"][0]["name"] == "Nguyễn Chí Vịnh", "person found without marks")
    ranks_tsv = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "ranks.tsv")
    def grade(g):
        return {line.split("\t")[0] for line in open(ranks_tsv, encoding="utf-8") if f"\t{g}\t" in line}
    g2, g3 = grade("G2"), grade("G3")
    dated = [o for o in person["offices"] if (o["date"] or "X")[0].isdigit() and o["date"] >= "2013"]
    check(len(person["offices"]) >= 3 and len(dated) >= 3
          and all(o["rank"] in g2 | g3 | {None} for o in person["offices"])
          and all(o["rank"] in g3 | {None} for o in dated),
          f"person offices: {person['offices']}")

    # Filters.
    ev = query(db, "events", "--partner", "JP", "--type", "talks")["events"]
    check(ev and all(e["type"] == "talks" and "JP" in e["countries"].split() for e in ev), "events filters")
    since = query(db, "events", "--since", "2019", "--until", "2019-12")["events"]
    # an event is placed by its own date, or by its reports' when it has no year
    placed = [e["date"] if e["date"] and not e["date"].startswith("X") else e["reported"] for e in since]
    check(since and all(p.startswith("2019") for p in placed), f"events --since/--until: {placed}")
    check(query(db, "events", "--mechanism", "ADMM-PLUS")["events"], "events --mechanism")
    for bad in ("2019-02-31", "2019-02-29", "2019-13"):  # not days or months of the calendar
        r = run("events", "--db", db, "--since", bad)
        check(r.returncode == 2 and f'--since must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "{bad}"' in r.stderr,
              f"events --since {bad}: exit {r.returncode} {r.stderr}")
    partners = {p["partner"]: p for p in query(db, "partners")["partners"]}
    check(partners.get("BY", {}).get("framework") == "traditional_friendship", "partners list")
    stats = {s["what"]: s["count"] for s in query(db, "stats")["stats"]}
    check(stats["sources"] == 106 and stats["events"] > 100, f"stats: {stats}")
    for fmt in ("table", "csv", "jsonl"):
        r = run("events", "--db", db, "--format", fmt, "--limit", "3")
        check(r.returncode == 0 and r.stdout.strip(), f"--format {fmt}")

    # Idempotent: the same corpus again changes nothing at all.
    before = dump(db)
    r = run("ingest", "--db", db, *corpus)
    check("106 unchanged" in r.stderr, f"second ingest: {r.stderr}")
    check(dump(db) == before, "second ingest changed the database")

    # A changed document replaces its own records.
    changed = os.path.join(tmp, "changed.jsonl")
    with open(changed, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "003_ea0952f7d2949dcf", "text": "Sáng 6/11, Đại tướng Ngô Xuân Lịch đã tiếp Đại sứ "
                            "Ấn Độ Pranay Verma."}, ensure_ascii=False) + "\n")
    r = run("ingest", "--db", db, changed)
    check("1 updated" in r.stderr, f"update: {r.stderr}")
    check(not any(a["kind"] == "plan" and "2019" in a["title"] for a in query(db, "agreements", "--partner", "BY")
                  ["agreements"]), "old records of an updated document are gone")

    # Search finds what the documents hold now, also when one ingest stores a
    # document twice (its first sentences were never indexed: the index is
    # written when the ingest's transaction ends) and when a later ingest
    # replaces one (its indexed sentences leave the index). Invented texts.
    search_db = os.path.join(tmp, "search.db")
    first, second = os.path.join(tmp, "first.jsonl"), os.path.join(tmp, "second.jsonl")
    with open(first, "w", encoding="utf-8") as f:
        for doc_id, word in (("s-a", "zephyrine"), ("s-b", "quillon"), ("s-a", "marigold")):
            f.write(json.dumps({"id": doc_id, "text": f"The {word} report was read aloud."}) + "\n")
    with open(second, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "s-b", "text": "The tamarind report was read aloud."}) + "\n")
    run("ingest", "--db", search_db, first)
    run("ingest", "--db", search_db, second)
    found = {w: len(query(search_db, "search", w).get("matches", []))
             for w in ("zephyrine", "marigold", "quillon", "tamarind", "report")}
    check(found == {"zephyrine": 0, "marigold": 1, "quillon": 0, "tamarind": 1, "report": 2},
          f"search after documents stored twice and replaced: {found}")
    check(dump(search_db).endswith("search index: matches the sentences"), "search index sound")
    con = sqlite3.connect(search_db)
    check(con.execute("SELECT count(*) FROM fts_deferred").fetchone()[0] == 0, "no deferred indexing left behind")
    con.close()

    # A document changed and changed back in one stream: ingest's reading
    # thread finds the second version already stored (its connection does
    # not see the open batch, which holds the first change), and the thread
    # that stores looks again, so the database ends with the second version.
    back = os.path.join(tmp, "back.jsonl")
    with open(back, "w", encoding="utf-8") as f:
        for word in ("saffron", "marigold"):
            f.write(json.dumps({"id": "s-a", "text": f"The {word} report was read aloud."}) + "\n")
    r = run("ingest", "--db", search_db, back)
    check("2 updated, 0 unchanged" in r.stderr, f"changed and changed back: {r.stderr}")
    found = {w: len(query(search_db, "search", w).get("matches", [])) for w in ("saffron", "marigold")}
    check(found == {"saffron": 0, "marigold": 1}, f"changed and changed back, what is stored: {found}")

    # One happening reported in Vietnamese and in English (articles written for
    # this test): one event with both sources, one person with the marked name.
    pair_db = os.path.join(tmp, "pair.db")
    pair = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store", "same-happening-vi-en.jsonl")
    r = run("ingest", "--db", pair_db, pair)
    check(r.returncode == 0 and "2 new" in r.stderr, f"ingest of the pair: {r.stderr}")
    receptions = [e for e in query(pair_db, "events", "--type", "reception")["events"]]
    check(len(receptions) == 1 and receptions[0]["sources"] == 2 and receptions[0]["date"] == "2025-03-12"
          and set(receptions[0]["countries"].split()) == {"VN", "AU"},
          f"one reception from both languages: {receptions}")
    names = sorted(p["name"] for p in query(pair_db, "people")["people"])
    check(names == ["Hoàng Xuân Chiến", "Mark Hammond"], f"one person per name across languages: {names}")
    event = query(pair_db, "event", str(receptions[0]["id"])) if receptions else {}
    check({s["source"] for s in event.get("sources", [])} == {"vi-pair", "en-pair"},
          f"attache event shows both reports: {event.get('sources')}")
    missing = run("event", "--db", pair_db, "999")
    check(missing.returncode == 1 and "no event 999" in missing.stderr, f"attache event of no event: {missing.stderr}")
    sources = {o["source"] for o in query(pair_db, "person", "hoang xuan chien")["offices"]}
    check(sources == {"vi-pair", "en-pair"}, f"the person's offices cite both articles: {sources}")

    # Not ours, or too new: refused, and left as they were.
    other = os.path.join(tmp, "other.db")
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes(x)")
    con.commit()
    con.close()
    r = run("ingest", "--db", other, corpus[0])
    check(r.returncode == 3 and "not an attache database" in r.stderr, f"foreign database: {r.stderr}")
    newer = os.path.join(tmp, "newer.db")
    run("ingest", "--db", newer, corpus[0])
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    r = run("events", "--db", newer)
    check(r.returncode == 3 and "newer than this attache" in r.stderr, f"newer database: {r.stderr}")
    r = run("events", "--db", os.path.join(tmp, "missing.db"))
    check(r.returncode == 3 and "no such database" in r.stderr, "missing database")

    # A database of schema 3 (before events said where their date came from):
    # queries ask for it to be opened for writing once; an ingest migrates it
    # in place, keeping what it held.
    older = os.path.join(tmp, "older.db")
    run("ingest", "--db", older, corpus[0])
    before = len(query(older, "events")["events"])
    con = sqlite3.connect(older)
    undo_event_places(con)
    con.execute("ALTER TABLE events DROP COLUMN date_source")
    undo_deferred_index(con)  # a later step
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    r = run("events", "--db", older)
    check(r.returncode == 3 and "schema version 3 is older than this attache" in r.stderr, f"older database: {r.stderr}")
    r = run("ingest", "--db", older, corpus[0])
    check(r.returncode == 0, f"ingest migrates an older database: {r.stderr}")
    con = sqlite3.connect(older)
    version = con.execute("PRAGMA user_version").fetchone()[0]
    columns = [row[1] for row in con.execute("PRAGMA table_info(events)")]
    con.close()
    check(version >= 5 and "date_source" in columns, f"migrated to {version}: {columns}")
    check(len(query(older, "events")["events"]) == before, "the migrated database keeps its events")

    # kill -9 at random points: the database stays sound and a re-run completes it
    # into exactly what an uninterrupted ingest gives.
    many = os.path.join(tmp, "many.jsonl")
    docs = [json.loads(l) for n in corpus for l in open(n, encoding="utf-8")]
    with open(many, "w", encoding="utf-8") as f:
        for i in range(600):
            f.write(json.dumps(dict(docs[i % len(docs)], id=f"doc-{i}"), ensure_ascii=False) + "\n")
    whole = os.path.join(tmp, "whole.db")
    start = time.monotonic()
    run("ingest", "--db", whole, many)
    duration = time.monotonic() - start
    expected = dump(whole)
    killed = os.path.join(tmp, "killed.db")
    rng = random.Random(7)
    kills = 0
    for attempt in range(60):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(killed + suffix):
                os.remove(killed + suffix)
        p = subprocess.Popen([ATTACHE, "ingest", "-q", "--db", killed, many], env=ENV,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.02, duration * 0.9))
        if p.poll() is not None:
            continue
        p.send_signal(signal.SIGKILL)
        p.wait()
        kills += 1
        con = sqlite3.connect(killed)
        check(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"integrity after kill {kills}")
        con.close()
        run("ingest", "--db", killed, many)
        check(dump(killed) == expected, f"re-run after kill {kills} differs from an uninterrupted ingest")
        if kills >= 20:
            break
    check(kills >= 20, f"only {kills} ingests were killed mid-way")

finish("store tests")
