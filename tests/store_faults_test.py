#!/usr/bin/env python3
"""The knowledge base when the database, not the input, is the trouble, through
the CLI: concurrent ingests into one database; a database that refuses one
document; a full disk mid-ingest; a database that can only be read.

    store_faults_test.py ATTACHE SHARED_DIR

What "equal" means for concurrent ingests: the documents are committed one
transaction each, in some interleaving; merging (one event told by several
articles, one person under several spellings) depends on the order in which
documents arrive, as it does in any sequential ingest. So the database must be
exactly (every row, every row id, the full-text index) what a sequential
ingest gives in the order the documents were committed, which is the order of
sources.rowid; and what belongs to each document alone (its sentences,
agreements, figures, relations) must equal a plain sequential ingest of the
files, whatever the order.

The full disk and the read-only database are real: a small tmpfs mounted for
the test, remounted read-only (root); else `ulimit -f` and file modes.
"""
import contextlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dbtools import dump  # noqa: E402
from tally import check, finish  # noqa: E402

ATTACHE, SHARED = sys.argv[1], sys.argv[2]
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
DOCS = os.path.join(SHARED, "eval", "docs")


def run(*args):
    return subprocess.run([ATTACHE, *args], capture_output=True, text=True, env=ENV)


def rows(db, sql):
    con = sqlite3.connect(db)
    out = con.execute(sql).fetchall()
    con.close()
    return out


def summary(stderr):
    """The counts of the summary line: {"new": n, "updated": n, ...}."""
    m = re.search(r"(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed", stderr)
    return dict(zip(("new", "updated", "unchanged", "failed"), map(int, m.groups()))) if m else {}


def reported(stderr):
    """The documents reported as not stored: {id: "file:line"}."""
    out = {}
    for m in re.finditer(r"^attache: error: (\S+:\d+): (?:cannot store document (\S+):|document (\S+) not stored)",
                         stderr, re.M):
        out[m.group(2) or m.group(3)] = m.group(1)
    return out


def per_document(db):
    """What belongs to each document alone, without row ids (order-free)."""
    sentence = "(SELECT s.source_id || '#' || s.idx FROM sentences s WHERE s.id = t.sentence_id)"
    return {
        "sources": sorted(rows(db, "SELECT * FROM sources")),
        "sentences": sorted(rows(db, "SELECT source_id, idx, start, end, text, folded FROM sentences")),
        "agreements": sorted(map(repr, rows(db, f"SELECT source_id, {sentence}, title, kind, date, period_from, "
                                                "period_to, status, (SELECT group_concat(country) FROM (SELECT country "
                                                "FROM agreement_parties WHERE agreement_id = t.id ORDER BY 1)) "
                                                "FROM agreements t"))),
        "figures": sorted(map(repr, rows(db, f"SELECT source_id, {sentence}, metric, label, value, qualifier, as_of, "
                                             "subject FROM figures t"))),
        "relations": sorted(map(repr, rows(db, f"SELECT source_id, {sentence}, country_a, country_b, framework, "
                                               "since, as_of FROM relations t"))),
    }


def jsonl_docs(*names):
    return [json.loads(line) for n in names for line in open(os.path.join(DOCS, n), encoding="utf-8")]


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


@contextlib.contextmanager
def tmpfs(path, size):
    """A real small file system at `path` (None when it cannot be mounted)."""
    os.makedirs(path, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path],
                      capture_output=True).returncode != 0:
        yield None
        return
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", path], capture_output=True)


def remount(path, options):
    return subprocess.run(["mount", "-o", f"remount,{options}", path], capture_output=True).returncode == 0


with tempfile.TemporaryDirectory() as tmp:
    names = ("seeds.jsonl", "dev-vi.jsonl", "dev-en.jsonl", "dev2-vi.jsonl", "dev2-en.jsonl")
    files = [os.path.join(DOCS, n) for n in names]
    by_id = {d["id"]: d for d in jsonl_docs(*names)}
    everyone = sorted(by_id)

    sequential = fresh(os.path.join(tmp, "sequential.db"))
    r = run("ingest", "-q", "--db", sequential, *files)
    check(r.returncode == 0, f"sequential ingest: {r.stderr}")
    alone = per_document(sequential)

    def replay_in_commit_order(db, first=(), first_docs=None):
        """A sequential ingest of what `db` holds, in its commit order, after
        the inputs `first` (what `db` held before the concurrent ingests)."""
        replay = fresh(db + ".replay")
        if first:
            run("ingest", "-q", "--db", replay, *first)
        before = {i for (i,) in rows(replay, "SELECT id FROM sources")} if first else set()
        docs = first_docs or by_id
        order = [i for (i,) in rows(db, "SELECT id FROM sources ORDER BY rowid")]
        ordered = os.path.join(tmp, "ordered.jsonl")
        write_jsonl(ordered, [docs[i] for i in order if i not in before or docs[i] != by_id.get(i)])
        r = run("ingest", "-q", "--db", replay, ordered)
        check(r.returncode == 0, f"replay: {r.stderr}")
        return replay

    def concurrently(db, commands):
        procs = [subprocess.Popen([ATTACHE, "ingest", "--db", db, *c], env=ENV, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) for c in commands]
        return [(p.wait(), p.stderr.read()) for p in procs]

    # Two ingests of the same files into a new database: the schema is made
    # once, each document is stored by exactly one of them, found unchanged by
    # the other, and nothing fails.
    for attempt in range(3):
        db = fresh(os.path.join(tmp, "two.db"))
        results = concurrently(db, [files, files])
        for code, err in results:
            check(code == 0 and "error" not in err, f"two ingests, round {attempt}: exit {code} {err[-400:]}")
        counts = [summary(err) for _, err in results]
        check(sum(c.get("new", 0) for c in counts) == len(everyone)
              and sum(c.get("unchanged", 0) for c in counts) == len(everyone),
              f"two ingests: each document stored once: {counts}")
        check(sorted(i for (i,) in rows(db, "SELECT id FROM sources")) == everyone, "two ingests: every document")
        check(dump(db) == dump(replay_in_commit_order(db)), f"two ingests, round {attempt}: the database differs "
              "from a sequential ingest in commit order")
        check(per_document(db) == alone, f"two ingests, round {attempt}: a document's records differ")

    # A new database whose write lock another connection holds at the moment
    # an ingest turns its journal into a WAL: SQLite says "database is locked"
    # at once there, not after its busy timeout, so the ingest must wait for
    # it itself (two ingests opening one new database met this about one run
    # in two).
    db = fresh(os.path.join(tmp, "locked.db"))
    open(db, "wb").close()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # as another ingest making the schema would
    ingest = subprocess.Popen([ATTACHE, "ingest", "-q", "--db", db, files[0]], env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        ingest.wait(timeout=0.5)
    except subprocess.TimeoutExpired:
        pass
    writer.execute("COMMIT")
    writer.close()
    code, err = ingest.wait(timeout=60), ingest.stderr.read()
    check(code == 0 and "error" not in err, f"an ingest waits for the new database's writer: exit {code} {err}")
    check(rows(db, "PRAGMA journal_mode") == [("wal",)], "the database is in WAL mode")

    # Four ingests of overlapping files into an existing database, one of
    # them updating a document stored before.
    base = [files[0], files[1]]
    changed_doc = dict(by_id["003_ea0952f7d2949dcf"], text="Sáng 6/11, Đại tướng Ngô Xuân Lịch đã tiếp Đại sứ "
                       "Ấn Độ Pranay Verma. Hai bên đã ký kết Bản ghi nhớ về hợp tác quân y.")
    changed = os.path.join(tmp, "changed.jsonl")
    write_jsonl(changed, [changed_doc])
    for attempt in range(2):
        db = fresh(os.path.join(tmp, "four.db"))
        run("ingest", "-q", "--db", db, *base)
        results = concurrently(db, [[files[2], files[3]], [files[4], files[3]], [files[1], files[4], changed],
                                    files[1:]])
        for code, err in results:
            check(code == 0 and "error" not in err, f"four ingests, round {attempt}: exit {code} {err[-400:]}")
        check(sorted(i for (i,) in rows(db, "SELECT id FROM sources")) == everyone, "four ingests: every document")
        check(sum(summary(err).get("updated", 0) for _, err in results) == 1, "four ingests: the update, once")
        after = dict(by_id, **{changed_doc["id"]: changed_doc})
        check(dump(db) == dump(replay_in_commit_order(db, base, after)),
              f"four ingests, round {attempt}: the database differs from a sequential ingest in commit order")
        expected = per_document(replay_in_commit_order(db, base, after))
        check(per_document(db) == expected, "four ingests: a document's records differ")
        check({k: v for k, v in per_document(db).items() if k != "sources"}
              != {k: v for k, v in alone.items() if k != "sources"}, "four ingests: the update is in")

    # One document the database refuses (here a unique index that its source
    # row breaks; in life a lock held too long): reported with its file and
    # line, and the rest of the stream is stored; a re-run stores it. (Not a
    # trigger: an ingest writes a document's rows with triggers off.)
    refusing = fresh(os.path.join(tmp, "refusing.db"))
    run("ingest", "-q", "--db", refusing, files[0])
    vi = jsonl_docs("dev-vi.jsonl")
    refused = {vi[10]["id"]: 11, vi[40]["id"]: 41}
    con = sqlite3.connect(refusing)
    con.execute("INSERT INTO sources(id, content_hash, ingested_at) VALUES ('refused-by-the-test', '', '')")
    con.execute("CREATE UNIQUE INDEX refuse ON sources(id IS NOT NULL) WHERE id IN ('refused-by-the-test', %s)"
                % ",".join("'%s'" % i for i in refused))
    con.commit()
    con.close()
    r = run("ingest", "--db", refusing, files[1])
    check(r.returncode == 1, f"refused documents: exit {r.returncode}")
    check(reported(r.stderr) == {i: f"{files[1]}:{n}" for i, n in refused.items()},
          f"refused documents reported with file and line: {r.stderr[-600:]}")
    check(summary(r.stderr) == {"new": len(vi) - 2, "updated": 0, "unchanged": 0, "failed": 2},
          f"refused documents: the summary: {r.stderr[-300:]}")
    check("2 of the failed documents were not stored because of the database" in r.stderr,
          f"refused documents: the summary says why: {r.stderr[-300:]}")
    con = sqlite3.connect(refusing)
    con.execute("DROP INDEX refuse")
    con.execute("DELETE FROM sources WHERE id = 'refused-by-the-test'")
    con.commit()
    con.close()
    r = run("ingest", "--db", refusing, files[1])
    check(r.returncode == 0 and summary(r.stderr) == {"new": 2, "updated": 0, "unchanged": len(vi) - 2, "failed": 0},
          f"refused documents stored by a re-run: {r.stderr[-300:]}")

    # A full disk mid-ingest (1400k: the database of the first ingest and its
    # write-ahead log take about 1.2 MB, and a few more documents fit): the
    # first document that does not fit is reported, the ones left are reported without being tried, each with its
    # file and line; nothing is half-stored; a re-run with room stores them,
    # and the database is what an ingest with room all along gives.
    text = open(os.path.join(SHARED, "seeds", "001_ce85fb96abd87df5.txt"), encoding="utf-8").read()
    big = os.path.join(tmp, "big.jsonl")
    write_jsonl(big, [{"id": f"big-{i}", "text": text} for i in range(200)])
    roomy = fresh(os.path.join(tmp, "roomy.db"))
    run("ingest", "-q", "--db", roomy, files[0], big)
    with tmpfs(os.path.join(tmp, "small"), "1400k") as small:
        if small:
            full = os.path.join(small, "kb.db")
            r = run("ingest", "--db", full, files[0])
            check(r.returncode == 0, f"full disk: the first ingest fits: {r.stderr}")
            r = run("ingest", "--db", full, big)
        else:  # not root: the file size limit stands for the disk
            full = fresh(os.path.join(tmp, "full.db"))
            run("ingest", "--db", full, files[0])
            r = subprocess.run(["sh", "-c", "trap '' XFSZ; ulimit -f 1200; exec \"$0\" ingest --db \"$1\" \"$2\"",
                                ATTACHE, full, big], capture_output=True, text=True, env=ENV)
        stored = {i for (i,) in rows(full, "SELECT id FROM sources WHERE id LIKE 'big-%'")}
        missing = {f"big-{i}": f"{big}:{i + 1}" for i in range(200) if f"big-{i}" not in stored}
        check(0 < len(stored) < 200, f"full disk: the disk filled mid-way ({len(stored)} stored)")
        check(r.returncode == 1, f"full disk: exit {r.returncode}")
        check(reported(r.stderr) == missing, f"full disk: exactly the documents not stored are reported, with file "
              f"and line: {len(reported(r.stderr))} reported, {len(missing)} missing: {r.stderr[-400:]}")
        check(summary(r.stderr) == {"new": len(stored), "updated": 0, "unchanged": 0, "failed": len(missing)},
              f"full disk: the summary counts them: {r.stderr[-400:]}")
        check(f"{len(missing)} of the failed documents were not stored because of the database" in r.stderr
              and "full" in r.stderr, f"full disk: the summary says why: {r.stderr[-300:]}")
        check(rows(full, "PRAGMA integrity_check") == [("ok",)], "full disk: integrity")
        check(rows(full, "SELECT count(*) FROM sentences WHERE source_id NOT IN (SELECT id FROM sources)") == [(0,)],
              "full disk: nothing half-stored")
        if small:
            remount(small, "size=64m")
            r = run("ingest", "--db", full, big)
        else:
            r = run("ingest", "--db", full, big)
        check(r.returncode == 0 and summary(r.stderr) == {"new": len(missing), "updated": 0,
                                                          "unchanged": len(stored), "failed": 0},
              f"full disk: a re-run stores the rest: {r.stderr[-300:]}")
        check(dump(full) == dump(roomy), "full disk: after the re-run, not what an ingest with room gives")

    # A database that can only be read: in a read-only directory (no -shm can
    # be made there) and as a read-only file; queries and the server read it,
    # an ingest is refused with a clear error.
    def readable(db, where):
        r = run("stats", "--db", db, "--format", "json")
        ok = r.returncode == 0 and {s["what"]: s["count"] for s in json.loads(r.stdout)["stats"]}["sources"] == 5
        check(ok, f"{where}: attache stats: exit {r.returncode} {r.stderr}")
        r = run("events", "--db", db, "--partner", "FR")
        check(r.returncode == 0 and "talks" in r.stdout, f"{where}: attache events: {r.stderr}")
        server = subprocess.Popen([ATTACHE, "serve", "--db", db, "--port", "0", "--threads", "2"], env=ENV,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            base_url = server.stdout.readline().strip().split(" at ")[-1].rstrip("/")
            check(base_url.startswith("http://127.0.0.1:"), f"{where}: attache serve: {server.stderr.read()[-300:]}"
                  if server.poll() is not None else f"{where}: attache serve did not start")
            if base_url.startswith("http"):
                with urllib.request.urlopen(base_url + "/api/stats", timeout=10) as resp:
                    stats = json.loads(resp.read())
                check({s["what"]: s["count"] for s in stats["stats"]}["sources"] == 5, f"{where}: /api/stats")
        finally:
            server.terminate()
            server.wait(timeout=20)
        r = run("ingest", "--db", db, files[1])
        check(r.returncode == 3 and "attache: error:" in r.stderr and "read-only" in r.stderr,
              f"{where}: ingest refused: exit {r.returncode} {r.stderr}")

    with tmpfs(os.path.join(tmp, "ro"), "8m") as ro:
        directory = ro or os.path.join(tmp, "ro")
        db = os.path.join(directory, "kb.db")
        run("ingest", "-q", "--db", db, files[0])
        check(not os.path.exists(db + "-wal"), "a finished ingest leaves no -wal")
        if ro:
            check(remount(ro, "ro"), "read-only remount")
        else:
            os.chmod(db, 0o444)
            os.chmod(directory, 0o555)
        readable(db, "read-only directory")
        if ro:
            # Changes still in a -wal with no -shm: they cannot be read there; said so.
            remount(ro, "rw")
            subprocess.run([sys.executable, "-c", "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                            "c.execute('PRAGMA wal_autocheckpoint=0'); c.execute(\"UPDATE sources SET title='x'\"); "
                            "c.commit(); os._exit(0)", db], check=True)
            os.remove(db + "-shm")
            remount(ro, "ro")
            r = run("stats", "--db", db)
            check(r.returncode == 3 and "kb.db-wal" in r.stderr, f"pending -wal in a read-only directory: {r.stderr}")
        else:
            os.chmod(directory, 0o755)

    rofile = fresh(os.path.join(tmp, "rofile.db"))
    run("ingest", "-q", "--db", rofile, files[0])
    bound = subprocess.run(["sh", "-c", 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0"', rofile],
                           capture_output=True).returncode == 0
    if not bound:
        os.chmod(rofile, 0o444)
    try:
        readable(rofile, "read-only file")
    finally:
        if bound:
            subprocess.run(["umount", rofile], capture_output=True)

finish("store fault tests")
