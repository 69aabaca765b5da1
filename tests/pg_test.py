#!/usr/bin/env python3
"""The knowledge base in PostgreSQL: a real PostgreSQL 15 on 127.0.0.1
(tests/pg_server.py), against which the store and the API give what they
give on SQLite. The shared dev documents ingested into both: every query
command and export answers byte for byte the same, before and after an update; a
second ingest finds them unchanged; results stored with ingest --results
give the same; `attache serve` answers the same from a pool of connections,
also to 8 clients at once; databases that are not attache's, or a newer
attache's, are refused. Four ingests of overlapping documents at once store
every document once, and give what one sequential ingest gives in their
commit order.

    pg_test.py ATTACHE SHARED_DIR
"""
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_server import PostgresServer  # noqa: E402
from tally import check, finish  # noqa: E402

ATTACHE, SHARED = os.path.abspath(sys.argv[1]), sys.argv[2]
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")


def run(*args, **kw):
    return subprocess.run([ATTACHE, *args], capture_output=True, text=True, env=ENV, **kw)


QUERIES = [["stats"], ["partners"], ["events"], ["events", "--partner", "JP", "--type", "talks"],
           ["events", "--since", "2019", "--until", "2019-12"], ["events", "--mechanism", "ADMM-PLUS"],
           ["events", "--area", "peacekeeping"], ["events", "--person", "nguyen chi vinh"],
           ["events", "--limit", "7"], ["people"], ["people", "--partner", "FR"],
           ["person", "nguyen chi vinh"], ["agreements"], ["agreements", "--partner", "FR"],
           ["agreements", "--since", "2018", "--until", "2020-06"], ["figures"],
           ["figures", "--metric", "defense_partners"], ["partner", "FR"], ["partner", "JP"], ["partner", "NO"],
           ["search", "quoc phong"], ["search", "QUỐC PHÒNG"], ["search", "dai tuong phung quang thanh"],
           ["search", "Florence Parly"], ["search", "' OR 1=1 --"], ["event", "1"], ["event", "42"],
           ["event", "abc"], ["source", "002_398e8338239bd2b4"], ["source", "none"], ["review"],
           ["review", "--limit", "7"], ["history"]]


# Fewer, for the later comparisons (each query is a process, slow under the sanitizers).
SOME = [["stats"], ["events"], ["people"], ["person", "nguyen chi vinh"], ["partner", "FR"], ["agreements"],
        ["figures"], ["search", "quoc phong"]]


def answers(db, queries=QUERIES):
    """What every query command says of `db` (exit code and JSON)."""
    out = {}
    for q in queries:
        r = run(*q, "--db", db, "--format", "json")
        out[" ".join(q)] = (r.returncode, r.stdout, r.stderr.replace(db, "DB"))
    return out


def same(a, b, what):
    differ = [q for q in a if a[q] != b.get(q)]
    check(not differ, f"{what}: {len(differ)} answers differ, first {differ[:1]}: "
                      f"{str(a[differ[0]])[:300] if differ else ''} / {str(b[differ[0]])[:300] if differ else ''}")


def serve(db):
    p = subprocess.Popen([ATTACHE, "serve", "--db", db, "--port", "0", "--threads", "4"], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True)
    base = p.stdout.readline().strip().split(" at ")[-1].rstrip("/")
    return p, base


def fetch(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


with PostgresServer() as pg, tempfile.TemporaryDirectory() as tmp:
    corpus = [os.path.join(SHARED, "eval", "docs", n) for n in ("seeds.jsonl", "dev-vi.jsonl", "dev-en.jsonl")]
    lite = os.path.join(tmp, "kb.db")
    pg.create("kb")
    url = pg.url("kb")
    r = run("ingest", "--db", lite, *corpus)
    check(r.returncode == 0, f"SQLite ingest: {r.stderr}")
    started = time.monotonic()
    r = run("ingest", "--db", url, *corpus)
    check(r.returncode == 0 and "106 new" in r.stderr, f"PostgreSQL ingest: {r.stderr}")
    print(f"PostgreSQL ingest: 106 documents in {time.monotonic() - started:.1f} s")
    expected = answers(lite)
    failing = [q for q, (code, _, _) in list(expected.items())[:25] if code != 0]
    check(not failing, f"the queries answer on SQLite: {failing}")
    same(expected, answers(url), "PostgreSQL and SQLite")
    # Exports read PostgreSQL as they read SQLite.
    for fmt in (["--format", "csv"], ["--format", "graphml"], ["--format", "plover"],
                ["--format", "csv", "--table", "offices", "--partner", "JP"]):
        a, b = run("export", "--db", lite, *fmt), run("export", "--db", url, *fmt)
        check(a.returncode == 0 and a.stdout and (a.returncode, a.stdout) == (b.returncode, b.stdout),
              f"export {fmt}: {b.stderr[:300]}")
    # $ATTACHE_DB names the database when --db does not.
    r = subprocess.run([ATTACHE, "stats", "--format", "json"], capture_output=True, text=True,
                       env=dict(ENV, ATTACHE_DB=url), cwd=tmp)
    check(r.stdout == expected["stats"][1], f"ATTACHE_DB: {r.stderr}")

    # Idempotent; a changed document replaces its own records, as in SQLite.
    r = run("ingest", "--db", url, *corpus)
    check("106 unchanged" in r.stderr, f"second ingest: {r.stderr}")
    changed = os.path.join(tmp, "changed.jsonl")
    with open(changed, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "003_ea0952f7d2949dcf", "text": "Sáng 6/11, Đại tướng Ngô Xuân Lịch đã tiếp Đại sứ "
                            "Ấn Độ Pranay Verma."}, ensure_ascii=False) + "\n")
    for db in (lite, url):
        r = run("ingest", "--db", db, changed)
        check("1 updated" in r.stderr, f"update: {r.stderr}")
    same(answers(lite, SOME), answers(url, SOME), "after an update")

    # Results extracted elsewhere, stored in PostgreSQL.
    results = os.path.join(tmp, "results.jsonl")
    with open(results, "w", encoding="utf-8") as f:
        subprocess.run([ATTACHE, "extract", "--with-text", *corpus], stdout=f, check=True, env=ENV)
    pg.create("loaded")
    r = run("ingest", "--db", pg.url("loaded"), "--results", results)
    check(r.returncode == 0 and "106 new" in r.stderr, f"ingest --results into PostgreSQL: {r.stderr}")
    same({" ".join(q): expected[" ".join(q)] for q in SOME}, answers(pg.url("loaded"), SOME),
         "ingest --results into PostgreSQL")

    # Not ours, too new, missing: refused with a clear message, left as they were.
    pg.create("other")
    pg.sql("other", "CREATE TABLE notes(x text)")
    r = run("ingest", "--db", pg.url("other"), corpus[0])
    check(r.returncode == 3 and "not an attache database" in r.stderr, f"foreign database: {r.stderr}")
    check(pg.sql("other", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").strip() == "1",
          "a foreign database is left as it was")
    pg.sql("loaded", "UPDATE attache_meta SET schema_version = 99")
    r = run("events", "--db", pg.url("loaded"))
    check(r.returncode == 3 and "newer than this attache" in r.stderr, f"newer database: {r.stderr}")
    r = run("events", "--db", pg.url("missing"))
    check(r.returncode == 3 and "cannot open database" in r.stderr and "missing" in r.stderr,
          f"missing database: {r.stderr}")
    r = run("ingest", "--db", "postgresql://postgres:secret@127.0.0.1:1/x", corpus[0])
    check(r.returncode == 3 and "secret" not in r.stderr, f"a password is not shown: {r.stderr}")

    # The API from a pool of connections: the same answers as from SQLite, also 8 clients at once.
    events = json.loads(expected["events"][1])["events"]
    paths = ["/api/stats", "/api/partners", "/api/partners/FR", "/api/events?partner=JP&type=talks&since=2015",
             "/api/events?limit=7", "/api/people?partner=FR", "/api/agreements?partner=FR",
             "/api/figures?metric=defense_partners", "/api/search?q=quoc%20phong", "/api/sources/002_398e8338239bd2b4",
             "/api/events/999999", "/api/events/abc", "/api/people/1", "/api/countries",
             "/api/review?limit=25", "/api/review?limit=25&cursor=25"]
    paths += [f"/api/events/{e['id']}" for e in events[:40]]
    paths += [f"/api/events?person={urllib.parse.quote(p)}" for p in ("nguyen chi vinh", "Florence Parly")]
    lite_server, lite_base = serve(lite)
    pg_server, pg_base = serve(url)
    try:
        want = {p: fetch(lite_base, p) for p in paths}
        got = {p: fetch(pg_base, p) for p in paths}
        differ = [p for p in paths if want[p] != got[p]]
        check(pg_base.startswith("http://127.0.0.1:") and not differ,
              f"API on PostgreSQL: {len(differ)} answers differ, first {differ[:1]}")
        answers_at_once, lock = [], threading.Lock()

        def client(seed):
            order = paths[:]
            random.Random(seed).shuffle(order)
            mine = {p: fetch(pg_base, p) for p in order}
            with lock:
                answers_at_once.append(mine)

        clients = [threading.Thread(target=client, args=(i,)) for i in range(8)]
        for t in clients:
            t.start()
        for t in clients:
            t.join()
        differing = sum(1 for mine in answers_at_once for p in paths if mine[p] != want[p])
        check(len(answers_at_once) == 8 and differing == 0, f"8 clients at once: {differing} answers differ")
    finally:
        for p in (lite_server, pg_server):
            p.send_signal(signal.SIGTERM)
            check(p.wait(timeout=20) == 0, "the server stops cleanly")

    # Four ingests at once of overlapping documents: each document stored
    # once, and the database what one sequential ingest gives in commit order.
    docs = [json.loads(line) for n in corpus for line in open(n, encoding="utf-8")]
    docs = [dict(docs[i % len(docs)], id=f"doc-{i}") for i in range(240)]
    parts = []
    for k in range(4):
        part = os.path.join(tmp, f"part{k}.jsonl")
        with open(part, "w", encoding="utf-8") as f:
            for d in docs[k * 60:k * 60 + 120] + docs[:20]:  # each half with the next, and the first 20 in all
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        parts.append(part)
    pg.create("race")
    race = pg.url("race")
    started = time.monotonic()
    procs = [subprocess.Popen([ATTACHE, "ingest", "-q", "--db", race, part], env=ENV, stderr=subprocess.PIPE,
                              text=True) for part in parts]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    check(all(p.returncode == 0 for p in procs), f"four ingests at once: {errors}")
    print(f"four ingests at once: {4 * 140} documents in {time.monotonic() - started:.1f} s")
    stored = pg.sql("race", "SELECT id FROM sources ORDER BY xmin::text::bigint").split()
    check(len(stored) == len(set(stored)) == 240, f"every document once: {len(stored)} stored")
    by_id = {d["id"]: d for d in docs}
    ordered = os.path.join(tmp, "ordered.jsonl")
    with open(ordered, "w", encoding="utf-8") as f:
        for i in stored:
            f.write(json.dumps(by_id[i], ensure_ascii=False) + "\n")
    sequential = os.path.join(tmp, "sequential.db")
    run("ingest", "-q", "--db", sequential, ordered)
    same(answers(sequential, SOME), answers(race, SOME), "four ingests at once against one sequential ingest")
    dup = pg.sql("race", "SELECT count(*) FROM (SELECT name_key FROM people GROUP BY name_key HAVING count(*) > 1) d")
    check(dup.strip() == "0", "no person twice")

finish("postgresql tests")
