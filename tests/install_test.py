#!/usr/bin/env python3
"""An installed attache finds its own files, wherever it is put: installs the
build into a temporary prefix, moves the prefix, and runs the program from
another directory with ATTACHE_DATA and ATTACHE_WEB unset. It must extract as
the build does, serve the UI from the installed web/, name the installed data
directory when a lexicon is missing there, and hold no path of the source tree
(nothing is compiled in). The library: shared with its soname and every
ATTACHE_API function of the headers exported with its version (and nothing
else), static, its headers and attache.pc, with which a small C program
(tests/install/extract_seed.c) builds and extracts a seed as the program does;
and the man page made from the commands' help.

    install_test.py CMAKE BUILD_DIR SOURCE_DIR SHARED_DIR [CFLAGS]
"""
import glob
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import json
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

CMAKE, BUILD, SRC, SHARED = sys.argv[1:5]
EXTRA_CFLAGS = shlex.split(sys.argv[5]) if len(sys.argv) > 5 else []  # the build's sanitizers
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

    # The library as another program uses it.
    lib = os.path.join(prefix, "lib")
    check(os.path.isfile(os.path.join(lib, "libattache.a")), "static library installed")
    check(os.path.realpath(os.path.join(lib, "libattache.so")) == os.path.join(os.path.realpath(lib),
                                                                               "libattache.so.0.1.0")
          and os.path.islink(os.path.join(lib, "libattache.so.0")), "shared library and its links installed")
    r = subprocess.run(["readelf", "-d", os.path.join(lib, "libattache.so.0.1.0")], capture_output=True, text=True)
    check("Library soname: [libattache.so.0]" in r.stdout, f"soname: {r.stdout[-300:]}")
    declared = set()
    for header in glob.glob(os.path.join(SRC, "include", "attache", "*.h")):
        with open(header, encoding="utf-8") as f:
            declared |= set(re.findall(r"ATTACHE_API\b[^;(]*?\b(attache_\w+)\s*\(", f.read()))
    r = subprocess.run(["readelf", "--dyn-syms", "-W", os.path.join(lib, "libattache.so.0.1.0")],
                       capture_output=True, text=True)
    exported = {}
    for line in r.stdout.splitlines():
        cols = line.split()
        if len(cols) >= 8 and cols[6] not in ("UND", "ABS") and cols[4] in ("GLOBAL", "WEAK") and cols[3] in ("FUNC", "OBJECT"):
            name, _, version = cols[7].partition("@")
            exported[name] = version.lstrip("@")
    check(len(declared) > 30 and set(exported) == declared,
          f"exported symbols are the headers' ATTACHE_API functions: extra {sorted(set(exported) - declared)[:5]}, "
          f"missing {sorted(declared - set(exported))[:5]}")
    check(set(exported.values()) == {"ATTACHE_0.1"}, f"every symbol has version ATTACHE_0.1: {set(exported.values())}")
    check(os.path.isfile(os.path.join(prefix, "include", "attache", "extract.h")), "headers installed")

    pc_env = dict(ENV, PKG_CONFIG_PATH=os.path.join(lib, "pkgconfig"))
    r = subprocess.run(["pkg-config", "--cflags", "--libs", "attache"], capture_output=True, text=True, env=pc_env)
    flags = shlex.split(r.stdout)
    check(r.returncode == 0 and "-lattache" in flags, f"pkg-config attache: {r.stdout} {r.stderr}")
    seed = sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt")))[0]
    program = os.path.join(tmp, "extract_seed")
    r = subprocess.run(["cc", "-std=c11", "-Wall", "-Werror", *EXTRA_CFLAGS,
                        os.path.join(SRC, "tests", "install", "extract_seed.c"), "-o", program, *flags],
                       capture_output=True, text=True, cwd=elsewhere)
    check(r.returncode == 0, f"a program builds against pkg-config attache: {r.stderr[-500:]}")
    r = subprocess.run([program, data, seed, "seed"] if os.path.exists(program) else ["false"], capture_output=True,
                       text=True, cwd=elsewhere, env=dict(ENV, LD_LIBRARY_PATH=lib))
    with open(seed, encoding="utf-8") as f:
        as_jsonl = json.dumps({"id": "seed", "text": f.read()}, ensure_ascii=False) + "\n"
    cli = subprocess.run([exe, "extract", "--jsonl", "-"], input=as_jsonl, capture_output=True, text=True,
                         env=ENV, cwd=elsewhere)
    check(r.returncode == 0 and r.stdout.split("\n")[0] == cli.stdout.strip() and '"events":[{' in cli.stdout,
          f"the program extracts the seed as attache does: exit {r.returncode} {r.stderr[-300:]}")
    check("library 0.1.0" in r.stdout, "the program ran the installed library")
    r = subprocess.run(["ldd", program], capture_output=True, text=True, env=dict(ENV, LD_LIBRARY_PATH=lib))
    check(os.path.join(lib, "libattache.so.0") in r.stdout, "the program uses the installed libattache.so.0")

    # The same program linked with the static library.
    r = subprocess.run(["pkg-config", "--static", "--cflags", "--libs", "attache"], capture_output=True, text=True,
                       env=pc_env)
    static_flags = ["-l:libattache.a" if f == "-lattache" else f for f in shlex.split(r.stdout)]
    r = subprocess.run(["cc", "-std=c11", *EXTRA_CFLAGS, os.path.join(SRC, "tests", "install", "extract_seed.c"),
                        "-o", program + "-static", *static_flags], capture_output=True, text=True, cwd=elsewhere)
    check(r.returncode == 0, f"a program links libattache.a: {r.stderr[-500:]}")
    r = subprocess.run([program + "-static", data, seed, "seed"] if r.returncode == 0 else ["false"],
                       capture_output=True, text=True, cwd=elsewhere, env=ENV)
    check(r.returncode == 0 and r.stdout.split("\n")[0] == cli.stdout.strip(), "the static program extracts alike")

    # The man page, made from the commands' help.
    page = os.path.join(prefix, "share", "man", "man1", "attache.1")
    check(os.path.isfile(page), "man page installed")
    if os.path.isfile(page):
        with open(page, encoding="utf-8") as f:
            text = f.read()
        commands = run(exe, "help", "--commands", cwd=elsewhere).stdout.split()
        check(len(commands) > 10 and all(f"{c}" in text for c in commands), "the man page names every command")
        check("\\-\\-format FORMAT" in text and "\\-\\-max\\-bytes N" in text,
              "the man page holds the commands' options")
        r = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", page], capture_output=True, text=True)
        check(r.returncode == 0 and not r.stderr, f"groff reads the man page without a warning: {r.stderr[:300]}")

    # The UI from the installed web/.
    db = os.path.join(tmp, "kb.db")
    r = run(exe, "ingest", "--db", db, EXAMPLE, cwd=elsewhere)
    check(r.returncode == 0, f"installed ingest: {r.stderr}")
    r = run(exe, "export", "--db", db, "--format", "gexf", cwd=elsewhere)
    check(r.returncode == 0 and '<edge id="e1" source="VN" target="CZ" weight="4">' in r.stdout,
          f"installed export finds its data files: exit {r.returncode} {r.stderr}")
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
