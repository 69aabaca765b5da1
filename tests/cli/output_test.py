#!/usr/bin/env python3
"""What the query commands write of stored text, which is untrusted: tables
show no terminal controls (escape sequences, C1, DEL, bidi overrides), CSV
cells that a spreadsheet would run as a formula are neutralised with a ' and
quoted, JSON Lines keep a string that looks like a number a string, and a
full output is an error with a message and exit 4.

    output_test.py ATTACHE
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tally import check, finish  # noqa: E402

ATTACHE = sys.argv[1]


# Documents written for this test: hostile titles and paragraphs.
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;Y2FsYw==\x07\x9b31m\x7f"
DOCS = [
    {"id": "hostile-1", "title": ESCAPES + "=HYPERLINK(\"http://example.invalid\",\"x\")", "url": "@evil",
     "text": "=cmd|' /C calc'!A0 is written here.\n\n@SUM(1+1) opens this paragraph.\n\n"
             "+1 and -2 start these lines.\n\nPlain \x1b[31mred\x1b[0m and \u202eevil\u202c text."},
    {"id": "title-2024", "title": "2024", "text": "Một câu bình thường về quốc phòng."},
]
CONTROLS = [chr(c) for c in range(0x20) if c != 0x0A] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)] + ["\u202e"]


def run(*args, stdout=subprocess.PIPE):
    return subprocess.run([ATTACHE, *args], stdout=stdout, stderr=subprocess.PIPE)


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "docs.jsonl")
    db = os.path.join(tmp, "kb.db")
    with open(src, "w", encoding="utf-8") as f:
        f.write("".join(json.dumps(d) + "\n" for d in DOCS))
    check(run("ingest", "-q", "--db", db, src).returncode == 0, "ingest the fixtures")

    # Tables: stored text never reaches the terminal as a control.
    for args in (["source", "hostile-1"], ["search", "written"], ["source", "hostile-1", "--format", "table"]):
        r = run(*args, "--db", db)
        text = r.stdout.decode("utf-8")
        bad = sorted({f"U+{ord(c):04X}" for c in text if c in CONTROLS})
        check(r.returncode == 0 and not bad, f"{' '.join(args)}: controls in the table: {bad}")
        check("pwned" in text and "\ufffd" in text, f"{' '.join(args)}: the text is still shown, controls replaced")
    # An error message quoting a stored or given id is made safe too.
    r = run("source", "no\x1b[2Jsuch", "--db", db)
    check(r.returncode == 1 and b"\x1b" not in r.stderr and b"no such" not in r.stdout, f"error message: {r.stderr!r}")

    # CSV: formulas neutralised, quoting intact, numbers left alone.
    r = run("source", "hostile-1", "--db", db, "--format", "csv")
    rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8"))))
    cells = [c for row in rows for c in row]
    check(r.returncode == 0 and rows[0][0] == "table", f"csv read back: {rows[:1]}")
    risky = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    check(not risky, f"cells a spreadsheet would run: {risky}")
    check("'=cmd|' /C calc'!A0 is written here." in cells and "'@SUM(1+1) opens this paragraph." in cells
          and "'+1 and -2 start these lines." in cells and "'@evil" in cells, f"neutralised cells: {cells}")
    check(any(c.startswith(ESCAPES + "=HYPERLINK") for c in cells), "a formula after other text is left as written")
    # sentence 0 is the given title, read as the story's headline
    check(["sentences", "1", "'=cmd|' /C calc'!A0 is written here."] in rows, "numbers stay plain")

    # JSON Lines and JSON: a string that looks like a number stays a string.
    for fmt in ("jsonl", "json"):
        r = run("source", "title-2024", "--db", db, "--format", fmt)
        lines = [json.loads(x) for x in r.stdout.decode("utf-8").splitlines()]
        if fmt == "json":
            lines = lines[0]["source"] + [dict(s, table="sentences") for s in lines[0]["sentences"]]
        titles = [x["title"] for x in lines if "title" in x]
        idx = [x["idx"] for x in lines if "idx" in x]
        check(titles == ["2024"] and idx == [0, 1], f"{fmt}: title {titles!r}, idx {idx!r}")  # headline, sentence

    # Plain text of a page (attache clean): lines kept, no control shown.
    hostile_page = os.path.join(tmp, "hostile.html")
    with open(hostile_page, "w", encoding="utf-8") as f:
        f.write("<html><head><title>T&#27;]0;pwned&#7;</title></head><body><article><p>First &#27;[2J paragraph "
                + "of the story, long enough to be the story. " * 3 + "</p><p>Second \u009b31m paragraph \u202e "
                + "of the same story, long enough as well. " * 3 + "</p></article></body></html>")
    r = run("clean", hostile_page)
    text = r.stdout.decode("utf-8")
    bad = sorted({f"U+{ord(c):04X}" for c in text if c in CONTROLS})
    check(r.returncode == 0 and not bad and "pwned" in text and "Second" in text and text.count("\n") >= 4,
          f"clean: controls {bad} in {text!r:.300}")

    # A full output: a message naming it, and exit 4.
    if os.path.exists("/dev/full"):
        page = os.path.join(tmp, "page.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write("<html><body><article><h1>A title</h1><p>" + "A paragraph of the story. " * 20
                    + "</p></article></body></html>")
        for args in (["events", "--db", db], ["source", "hostile-1", "--format", "csv", "--db", db],
                     ["stats", "--format", "json", "--db", db], ["extract", src], ["clean", page]):
            with open("/dev/full", "w") as full:
                r = run(*args, stdout=full)
            check(r.returncode == 4 and b"cannot write the output" in r.stderr,
                  f"{' '.join(args)} > /dev/full: exit {r.returncode}, {r.stderr!r}")

finish("output tests")
