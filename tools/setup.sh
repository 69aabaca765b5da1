#!/bin/sh
# Set-up and the main job: installs what is missing, builds attache (release)
# into build/, extracts the bundled example articles to examples.jsonl and
# ingests them into the knowledge base attache.db.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
build/attache extract examples/*.txt > examples.jsonl
echo "attache: built build/attache; extracted $(wc -l < examples.jsonl) example articles into examples.jsonl" >&2
build/attache ingest examples/
build/attache stats
