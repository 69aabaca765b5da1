#!/usr/bin/env python3
"""The newcomer's path: every example command of README.md runs as written.

    readme_test.py ATTACHE SHARED_DIR README.md

Runs each line of the README's ```sh blocks that calls `build/attache` (alone
or after `cat FILE |`), in order, in a fresh directory laid out like a clone:
`build/attache` is the program under test, `examples/` and `data/` the
repository's (and `tests/`, whose invented articles an example reads),
`../shared` the shared material. A line must exit 0 (`event` and `source` of
an id that is there). Not run here, and why: `sh tools/...` (the set-up and
the suite themselves), `serve` (it runs until stopped; the API and browser
tests start it), `curl` (needs serve), lines naming placeholders (HOST, HEAD,
postgresql://...) and Dask's cluster commands. Also: the pictures the README
shows are there (the dashboard, a partner's timeline, the comparison, the map
and the network, made by tools/screenshots.sh), PNG files of at most 250 KB.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

ATTACHE, SHARED, README = (os.path.abspath(a) for a in sys.argv[1:4])
REPO = os.path.dirname(README)
SKIP = re.compile(r"^(sh tools/|curl |python3 contrib/|dask-)|\bserve\b|HOST|HEAD|postgresql://|\\$")

lines, block = [], False
for raw in open(README, encoding="utf-8"):
    if raw.startswith("```sh"):
        block = True
    elif raw.startswith("```"):
        block = False
    elif block and raw.strip():
        lines.append(raw.rstrip("\n"))
commands = []
for line in lines:
    command = re.sub(r"\s+#.*$", "", line).strip()  # the comment after a command
    if SKIP.search(command) or "build/attache" not in command:
        continue
    commands.append(command)
check(len(commands) >= 20, f"only {len(commands)} README commands found")

pictures = re.findall(r"!\[[^\]]*\]\((docs/screenshots/[^)]+)\)", open(README, encoding="utf-8").read())
for name in ("dashboard", "timeline", "compare", "map", "network"):
    check(f"docs/screenshots/{name}.png" in pictures, f"the README does not show docs/screenshots/{name}.png")
for picture in pictures:
    path = os.path.join(REPO, picture)
    if not os.path.exists(path):
        check(False, f"the README shows {picture}, which is not there")
        continue
    with open(path, "rb") as f:
        check(f.read(8) == b"\x89PNG\r\n\x1a\n", f"{picture} is not a PNG")
    check(os.path.getsize(path) <= 250_000, f"{picture} is {os.path.getsize(path)} bytes (at most 250 KB)")

with tempfile.TemporaryDirectory() as tmp:
    clone = os.path.join(tmp, "attache")
    os.makedirs(os.path.join(clone, "build"))
    os.symlink(ATTACHE, os.path.join(clone, "build", "attache"))
    for d in ("examples", "data", "tests"):
        os.symlink(os.path.join(REPO, d), os.path.join(clone, d))
    os.symlink(SHARED, os.path.join(tmp, "shared"))
    env = dict(os.environ, COLUMNS="120")
    for command in commands:
        r = subprocess.run(command, shell=True, cwd=clone, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=300)
        check(r.returncode == 0, f"`{command}`: exit {r.returncode}: {r.stderr.decode(errors='replace')[-400:]}")
    print(f"readme: {len(commands)} commands run")
sys.exit(finish("readme"))
