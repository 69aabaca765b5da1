#!/usr/bin/env python3
"""The bad-input suite: runs every case of cases.tsv through the attache
program and checks its exit code, its error message and (when given) its
output. Each case runs in a fresh directory holding good.txt and good.jsonl
(two documents that extract cleanly), with a 10-second limit: a hang is a
failure, as is a crash or any sanitizer report.

cases.tsv has one case per line, seven tab-separated columns (# starts a
comment line):

  name    a short unique name
  status  ok, or xfail: a known bug whose fix has not reached main. An xfail
          case that fails is reported and tolerated; one that passes fails
          the suite, so that it is flipped to ok.
  exit    the exit code wanted
  args    the command line after `attache`, split like a shell would; the
          escapes of `setup` apply (for file names that are not UTF-8)
  setup   steps separated by " ;; " that make the input before the run:
            file NAME BYTES      write BYTES (UTF-8 text with \\xNN, \\n, \\0 ...)
            repeat NAME N BYTES  write BYTES N times
            append NAME BYTES    add BYTES at the end of NAME
            gzip NAME BYTES      write BYTES gzip-compressed
            gzcut NAME N BYTES   the same without its last N bytes
            gzrepeat NAME N BYTES  BYTES N times, gzip-compressed
            dir NAME / fifo NAME / symlink NAME TARGET
            sqlite NAME SQL      run SQL on a new SQLite file
            ingest DB PATH...    `attache ingest -q --db DB PATH...` (must succeed)
            stdin BYTES          what standard input holds (else empty)
            stdout FILE          where standard output goes (e.g. /dev/full)
          or - for none
  stderr  a regular expression searched for in standard error (multi-line
          mode), or "(empty)" for nothing at all on standard error
  stdout  a regular expression that must be found in standard output, with a
          leading ! one that must not be, or - for no check

usage: run.py ATTACHE [CASES.TSV]
"""
import codecs
import gzip
import os
import re
import shlex
import sqlite3
import subprocess
import sys
import tempfile

GOOD_TEXT = "Sáng 6/11, Thượng tướng Lê Văn An đã tiếp Đại sứ Pháp tại Hà Nội.\n"
GOOD_JSONL = '{"id": "good-line", "text": "Chiều 7/11, Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản."}\n'
SANITIZER = re.compile(rb"runtime error:|ERROR: [A-Za-z]+Sanitizer|^SUMMARY: [A-Za-z]+Sanitizer", re.M)
TIMEOUT = 10


def words(text):
    """Splits like a shell, leaving backslash escapes for unescape()."""
    return [unescape(w) for w in shlex.split(text.replace("\\", "\\\\"))]


def unescape(text):
    """UTF-8 text with backslash escapes, as bytes."""
    return codecs.escape_decode(text.encode("utf-8"))[0]


class Case:
    def __init__(self, line_no, fields):
        if len(fields) != 7:
            raise ValueError(f"cases.tsv:{line_no}: {len(fields)} columns, want 7")
        self.line_no = line_no
        self.name, self.status, exit_code, self.args, self.setup, self.stderr, self.stdout = fields
        if self.status not in ("ok", "xfail"):
            raise ValueError(f"cases.tsv:{line_no}: status must be ok or xfail")
        self.exit = int(exit_code)


def prepare(case, attache, tmp):
    """Runs the setup steps in `tmp`; returns (stdin bytes, stdout path or None)."""
    with open(os.path.join(tmp, "good.txt"), "w", encoding="utf-8") as f:
        f.write(GOOD_TEXT)
    with open(os.path.join(tmp, "good.jsonl"), "w", encoding="utf-8") as f:
        f.write(GOOD_JSONL)
    stdin, stdout = b"", None
    if case.setup == "-":
        return stdin, stdout
    for step in case.setup.split(" ;; "):
        op, _, rest = step.partition(" ")

        def path(name):
            return os.path.join(tmp.encode(), unescape(name))

        if op in ("file", "append", "gzip"):
            name, _, data = rest.partition(" ")
            data = unescape(data)
            with open(path(name), "ab" if op == "append" else "wb") as f:
                f.write(gzip.compress(data, mtime=0) if op == "gzip" else data)
        elif op == "repeat":
            name, count, data = rest.split(" ", 2)
            with open(path(name), "wb") as f:
                f.write(unescape(data) * int(count))
        elif op == "gzrepeat":
            name, count, data = rest.split(" ", 2)
            with open(path(name), "wb") as f:
                f.write(gzip.compress(unescape(data) * int(count), mtime=0))
        elif op == "gzcut":
            name, cut, data = rest.split(" ", 2)
            with open(path(name), "wb") as f:
                f.write(gzip.compress(unescape(data), mtime=0)[: -int(cut)])
        elif op == "dir":
            os.makedirs(path(rest), exist_ok=True)
        elif op == "fifo":
            os.mkfifo(path(rest))
        elif op == "symlink":
            name, target = rest.split(" ", 1)
            os.symlink(unescape(target), path(name))
        elif op == "sqlite":
            name, sql = rest.split(" ", 1)
            db = sqlite3.connect(path(name).decode())
            db.executescript(sql)
            db.close()
        elif op == "ingest":
            done = subprocess.run([attache, b"ingest", b"-q", b"--db"] + words(rest), cwd=tmp, capture_output=True,
                                  timeout=TIMEOUT)
            if done.returncode != 0:
                raise RuntimeError(f"setup ingest failed: {done.stderr.decode(errors='replace')}")
        elif op == "stdin":
            stdin = unescape(rest)
        elif op == "stdout":
            stdout = rest
        else:
            raise ValueError(f"cases.tsv:{case.line_no}: unknown setup step {op!r}")
    return stdin, stdout


def run_case(case, attache):
    """Returns a list of what went wrong (empty: the case passed)."""
    with tempfile.TemporaryDirectory(prefix="attache-bad-") as tmp:
        try:
            stdin, stdout_path = prepare(case, attache, tmp)
            argv = [attache] + words(case.args)
            out_file = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
            try:
                done = subprocess.run(argv, cwd=tmp, input=stdin, stdout=out_file, stderr=subprocess.PIPE,
                                      timeout=TIMEOUT)
            finally:
                if stdout_path:
                    out_file.close()
        except subprocess.TimeoutExpired:
            return [f"no answer in {TIMEOUT} s (hangs)"]
        except (RuntimeError, OSError) as e:
            return [f"setup: {e}"]
        out, err = done.stdout or b"", done.stderr
        problems = []
        if done.returncode < 0:
            problems.append(f"killed by signal {-done.returncode}")
        elif done.returncode != case.exit:
            problems.append(f"exit {done.returncode}, want {case.exit}")
        if SANITIZER.search(err):
            problems.append("a sanitizer report")
        if case.stderr == "(empty)":
            if err:
                problems.append("stderr not empty")
        elif not re.search(case.stderr.encode("utf-8"), err, re.M):
            problems.append(f"stderr does not match /{case.stderr}/")
        if case.stdout != "-":
            absent = case.stdout.startswith("!")
            found = re.search(case.stdout[absent:].encode("utf-8"), out, re.M)
            if absent and found:
                problems.append(f"stdout matches /{case.stdout[1:]}/, which it must not")
            elif not absent and not found:
                problems.append(f"stdout does not match /{case.stdout}/")
        if problems:
            shown = err.decode("utf-8", errors="backslashreplace").strip()
            problems.append("stderr was: " + (shown[:600] or "(nothing)"))
        return problems


def load(path):
    cases, names = [], set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            case = Case(n, line.split("\t"))
            if case.name in names:
                raise ValueError(f"cases.tsv:{n}: case {case.name} given twice")
            names.add(case.name)
            cases.append(case)
    return cases


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    attache = os.path.abspath(sys.argv[1]).encode()
    cases = load(sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "cases.tsv"))
    failed, xfailed, xpassed = [], [], []
    for case in cases:
        problems = run_case(case, attache)
        if case.status == "xfail":
            if problems:
                xfailed.append(case.name)
                print(f"xfail {case.name}: {problems[0]}")
            else:
                xpassed.append(case.name)
                print(f"XPASS {case.name}: passes now; flip it to ok in cases.tsv")
        elif problems:
            failed.append(case.name)
            print(f"FAIL {case.name} (cases.tsv:{case.line_no}):")
            for p in problems:
                print("  " + p)
    passed = len(cases) - len(failed) - len(xfailed) - len(xpassed)
    print(f"bad inputs: {len(cases)} cases, {passed} passed, {len(xfailed)} expected failures (xfail), "
          f"{len(xpassed)} unexpected passes, {len(failed)} failed")
    sys.exit(1 if failed or xpassed else 0)


if __name__ == "__main__":
    main()
