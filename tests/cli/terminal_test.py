#!/usr/bin/env python3
"""How the CLI fits a terminal and says how far it has got:

- a query table fits the width it is given ($COLUMNS here, the terminal's
  otherwise): long cells are cut with '…', and columns that still do not fit
  are left out with a note on stderr; --wide prints every column whole; a
  pipe with no $COLUMNS gets every column as before;
- ingest and extract write progress lines to stderr also when it is not a
  terminal (every 1000 documents or 5 s), and --quiet silences them.

    terminal_test.py ATTACHE
"""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tally import check, finish  # noqa: E402

ATTACHE = sys.argv[1]
# Invented for this test: a reception with a long evidence sentence.
LONG = ("Sáng 6/11, tại Hà Nội, Thượng tướng Lê Văn An, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Pháp "
        "nhân dịp Đại sứ đến chào xã giao và trao đổi về hợp tác quốc phòng giữa hai nước trong thời gian tới.")


def width(line):
    return sum(0 if unicodedata.combining(c) else 1 for c in line)


def run(args, env_columns=None, **kw):
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if env_columns is not None:
        env["COLUMNS"] = str(env_columns)
    return subprocess.run([ATTACHE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, **kw)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "kb.db")
    doc = os.path.join(tmp, "long.txt")
    with open(doc, "w", encoding="utf-8") as f:
        f.write(LONG + "\n")
    check(run(["ingest", "-q", "--db", db, doc]).returncode == 0, "ingest the fixture")

    whole = run(["events", "--db", db])
    head = whole.stdout.decode().splitlines()[0].split()
    ncols = len(json.loads(run(["events", "--db", db, "--format", "json"]).stdout)["events"][0])
    check(head[-1] == "evidence" and len(head) == ncols, f"a pipe without COLUMNS gets every column: {head}")

    for cols in (60, 100, 140):
        r = run(["events", "--db", db], env_columns=cols)
        lines = r.stdout.decode().splitlines()
        too_wide = [ln for ln in lines if width(ln) > cols]
        check(r.returncode == 0 and lines and not too_wide, f"COLUMNS={cols}: lines wider: {too_wide[:1]}")
        shown = lines[0].split()
        if len(shown) < ncols:
            check(f"{ncols - len(shown)} of {ncols} columns left out" in r.stderr.decode() and "--wide" in r.stderr.decode(),
                  f"COLUMNS={cols}: the columns left out are not said: {r.stderr!r}")
        check(all(c in shown for c in ("id", "date", "type")), f"COLUMNS={cols}: the first columns stay: {shown}")
    r = run(["events", "--db", db], env_columns=220)
    check(r.stdout.decode().rstrip().endswith("…") and "Sáng 6/11, tại" in r.stdout.decode(),
          f"a cut cell ends with …: {r.stdout.decode()!r:.400}")

    wide = run(["events", "--db", db, "--wide"], env_columns=60)
    text = wide.stdout.decode()
    check(text.splitlines()[0].split()[-1] == "evidence" and LONG[:150] in text and wide.stderr == b"",
          "--wide prints every column whole")

    # Progress when stderr is not a terminal: a line per 1000 documents.
    stream = os.path.join(tmp, "many.jsonl")
    with open(stream, "w", encoding="utf-8") as f:
        for i in range(1001):
            f.write(json.dumps({"id": f"d{i}", "text": f"Bài số {i}."}) + "\n")
    r = run(["ingest", "--db", os.path.join(tmp, "many.db"), stream])
    err = r.stderr.decode()
    check(r.returncode == 0 and "attache: 1000 documents, " in err and "\r" not in err,
          f"ingest: a progress line on a stderr that is not a terminal: {err!r:.300}")
    r = run(["ingest", "-q", "--db", os.path.join(tmp, "many2.db"), stream])
    check(r.returncode == 0 and r.stderr == b"", f"ingest --quiet: nothing on stderr: {r.stderr!r:.200}")
    with open(os.path.join(tmp, "out.jsonl"), "wb") as out:
        r = subprocess.run([ATTACHE, "extract", stream], stdout=out, stderr=subprocess.PIPE)
    check(r.returncode == 0 and "attache: 1000 documents, " in r.stderr.decode(),
          f"extract: a progress line: {r.stderr!r:.300}")
    with open(os.path.join(tmp, "out.jsonl"), "wb") as out:
        r = subprocess.run([ATTACHE, "extract", "--quiet", stream], stdout=out, stderr=subprocess.PIPE)
    check(r.returncode == 0 and r.stderr == b"", f"extract --quiet: nothing on stderr: {r.stderr!r:.200}")

sys.exit(finish("terminal"))
