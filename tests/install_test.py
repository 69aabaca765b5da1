#!/usr/bin/env python3
"""An installed attache finds its own files, wherever it is put: installs the
build into a temporary prefix, moves the prefix, and runs the program from
another directory with ATTACHE_DATA and ATTACHE_WEB unset. It must extract as
the build does, serve the UI from the installed web/, name the installed data
directory when a lexicon is missing there, and hold no path of the source tree
(nothing is compiled in).

    install_test.py CMAKE BUILD_DIR SOURCE_DIR
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

CMAKE, BUILD, SRC = sys.argv[1:4]
ENV = {k: v for k, v in os.environ.items() if k not in ("ATTACHE_DATA", "ATTACHE_WEB")}
EXAMPLE = os.path.join(SRC, "examples", "hoi-dam-ky-ket.txt")


def run(exe, *args, cwd):
    return subprocess.run([exe, *args], capture_output=True, text=True, env=ENV, cwd=cwd)


with tempfile.TemporaryDirectory() as tmp:
    r = subprocess.run([CMAKE, "--install", BUILD, "--prefix", os.path.join(tmp, "prefix"), "--strip"],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"cmake --install: {r.stderr}")
    # Moved after installing: a path compiled in at build or install time would now be wrong.
    prefix = os.path.join(tmp, "moved")
    os.rename(os.path.join(tmp, "prefix"), prefix)
    exe = os.path.join(prefix, "bin", "attache")
    data = os.path.join(prefix, "share", "attache", "data")
    elsewhere = os.path.join(tmp, "elsewhere")
    os.mkdir(elsewhere)

    with open(exe, "rb") as f:
        binary = f.read()
    for d in ("data", "web"):
        check(os.path.join(SRC, d).encode() not in binary, f"the binary holds the source tree's {d}/ path")
    check(os.path.isfile(os.path.join(data, "countries.tsv")), "lexicons installed")
    check(os.path.isfile(os.path.join(prefix, "share", "attache", "web", "index.html")), "UI installed")
    check(not os.path.exists(os.path.join(prefix, "share", "attache", "web", "package.json")),
          "only the UI's own files are installed")

    built = run(os.path.join(BUILD, "attache"), "extract", "--data", os.path.join(SRC, "data"), EXAMPLE, cwd=SRC)
    installed = run(exe, "extract", EXAMPLE, cwd=elsewhere)
    check(installed.returncode == 0 and installed.stdout == built.stdout and '"events":[{' in built.stdout,
          f"installed extract: exit {installed.returncode} {installed.stderr[-300:]}")

    # The data used is the installed copy: take a lexicon away and the error names it.
    os.rename(os.path.join(data, "ranks.tsv"), os.path.join(tmp, "ranks.tsv"))
    r = run(exe, "extract", EXAMPLE, cwd=elsewhere)
    check(r.returncode == 3 and os.path.join(os.path.realpath(data), "ranks.tsv") in r.stderr,
          f"missing installed lexicon: exit {r.returncode} {r.stderr}")
    os.rename(os.path.join(tmp, "ranks.tsv"), os.path.join(data, "ranks.tsv"))

    # The program alone, without its share/ directory: a clear error, no fallback.
    lonely = os.path.join(tmp, "lonely", "bin")
    os.makedirs(lonely)
    shutil.copy(exe, lonely)
    r = run(os.path.join(lonely, "attache"), "extract", EXAMPLE, cwd=elsewhere)
    check(r.returncode == 3 and "no data directory" in r.stderr and "ATTACHE_DATA" in r.stderr,
          f"program without its data: exit {r.returncode} {r.stderr}")
    r = subprocess.run([os.path.join(lonely, "attache"), "extract", EXAMPLE], capture_output=True, text=True,
                       cwd=elsewhere, env=dict(ENV, ATTACHE_DATA=data))
    check(r.returncode == 0 and r.stdout == built.stdout, f"ATTACHE_DATA: exit {r.returncode} {r.stderr}")

    # The UI from the installed web/.
    db = os.path.join(tmp, "kb.db")
    r = run(exe, "ingest", "--db", db, EXAMPLE, cwd=elsewhere)
    check(r.returncode == 0, f"installed ingest: {r.stderr}")
    server = subprocess.Popen([exe, "serve", "--db", db, "--port", "0", "--threads", "1"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=ENV, cwd=elsewhere)
    try:
        line = server.stdout.readline()
        base = line.split(" at ")[-1].strip().rstrip("/")
        check(base.startswith("http://127.0.0.1:"), f"server did not say where: {line!r}")
        if base.startswith("http://"):
            with open(os.path.join(SRC, "web", "index.html"), "rb") as f:
                with urllib.request.urlopen(base + "/", timeout=10) as resp:
                    check(resp.read() == f.read(), "installed UI served")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)

finish("install tests")
