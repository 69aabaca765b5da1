#!/bin/sh
# Set-up and the main job: installs what is missing, builds attache (release)
# into build/, installs the web UI's libraries, extracts the bundled example
# articles to examples.jsonl, ingests them into a knowledge base of their own,
# examples.db (attache.db stays for real news), and leaves the UI running on it
# (http://127.0.0.1:8080/; PORT=... to change).
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
build/attache extract examples/*.txt > examples.jsonl
echo "attache: built build/attache; extracted $(wc -l < examples.jsonl) example articles into examples.jsonl" >&2
sh tools/web-deps.sh
build/attache ingest --db examples.db examples/*.txt
build/attache stats --db examples.db
# The UI: stop the one a previous run left, start it again on the fresh data.
port=${PORT:-8080}
if [ -f attache-serve.pid ]; then kill "$(cat attache-serve.pid)" 2>/dev/null || true; sleep 0.5; fi
nohup build/attache serve --db examples.db --port "$port" > attache-serve.log 2>&1 &
echo $! > attache-serve.pid
sleep 0.5
if kill -0 "$(cat attache-serve.pid)" 2>/dev/null; then
  echo "attache: the UI is up at http://127.0.0.1:$port/ (stop it with: kill \$(cat attache-serve.pid))"
else
  cat attache-serve.log >&2
  exit 1
fi
