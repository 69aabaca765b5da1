#!/usr/bin/env python3
"""Memory per document is bounded by its size (README, "Limits"): extract runs
on generated documents while its peak resident memory is measured, and must
stay under the documented multiple of the document's size over what the
program takes for one line of text.

- 7.5 MB of "A. " (the case of issue 11: it took 483 MB, 65 times its size)
  has two tokens per 3 bytes: it is refused with a clear error, early.
- 7.5 MB of "a" and two spaces, a matched token per 3 bytes, the most a
  document may have: it is read, within the bound.

    memory_test.py ATTACHE
"""
import os
import resource
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

ATTACHE = sys.argv[1]
MULTIPLE = 30  # the documented bound: 30 times the document's size
with open(ATTACHE, "rb") as f:
    SANITIZED = b"__asan_init" in f.read()
if SANITIZED:
    # AddressSanitizer's shadow memory (an eighth) and its redzones are its
    # own, not the program's: the test suite's build is allowed a quarter more.
    MULTIPLE *= 1.25
# Under AddressSanitizer: no quarantine of freed blocks, which would count
# memory the program has given back.
ENV = dict(os.environ, ASAN_OPTIONS="quarantine_size_mb=0:detect_leaks=0")


def extract(path):
    """Runs extract on one file in a child; returns (exit code, stderr, peak RSS in bytes)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.dup2(w, 2)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execve(ATTACHE, [ATTACHE, "extract", path], ENV)
    os.close(w)
    with os.fdopen(r) as f:
        err = f.read()
    _, status, usage = os.wait4(pid, 0)
    return os.waitstatus_to_exitcode(status), err, usage.ru_maxrss * 1024


with tempfile.TemporaryDirectory() as tmp:
    small = os.path.join(tmp, "small.txt")
    with open(small, "w") as f:
        f.write("Sáng 6/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp.\n")
    code, err, base = extract(small)
    check(code == 0, f"one line: exit {code} {err}")

    issue = os.path.join(tmp, "initials.txt")
    with open(issue, "w") as f:
        f.write("A. " * 2_500_000)
    code, err, rss = extract(issue)
    size = os.path.getsize(issue)
    check(code == 1 and "words and signs in 7500000 bytes: not prose" in err, f"A. A. A.: exit {code} {err}")
    check(rss - base <= MULTIPLE * size, f"A. A. A.: {rss >> 20} MB, base {base >> 20} MB, size {size >> 20} MB")
    print(f"7.5 MB of 'A. ': refused, peak {rss >> 20} MB (one line: {base >> 20} MB)"
          + (" under AddressSanitizer" if SANITIZED else ""))

    dense = os.path.join(tmp, "dense.txt")
    with open(dense, "w") as f:
        f.write("a  " * 2_490_000)
    code, err, rss = extract(dense)
    size = os.path.getsize(dense)
    check(code == 0, f"a token per 3 bytes: exit {code} {err}")
    check(rss - base <= MULTIPLE * size,
          f"a token per 3 bytes: {rss >> 20} MB, base {base >> 20} MB, size {size >> 20} MB: "
          f"{(rss - base) / size:.1f} times")
    print(f"7.5 MB of 'a  ': read, peak {rss >> 20} MB, {(rss - base) / size:.1f} times its size over one line")

finish("memory tests")
