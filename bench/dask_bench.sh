#!/bin/sh
# Extraction on a Dask cluster: documents/s through contrib/dask/attache_dask.py
# with 1 and 2 local workers (release build), beside one `attache extract`
# process on the same documents: the shared dev documents repeated to DOCS
# (default 20,000) under new ids. The driver's figure counts from the first
# task submitted to the last shard written (cluster start-up left out).
# Then storing: one `attache ingest` of the first 2,000 into SQLite and into
# PostgreSQL (a server of its own, tests/pg_server.py), and the driver's
# ingest of them into PostgreSQL with 2 local workers.
#   sh bench/dask_bench.sh [DOCS]
set -eu
cd "$(dirname "$0")/.."
docs=${1:-20000}
sh tools/deps.sh --test >/dev/null
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$tmp/corpus.jsonl" "$docs" ../shared/eval/docs/*.jsonl <<'EOF'
import json, sys
out, n, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
docs = [json.loads(line) for f in files for line in open(f, encoding="utf-8")]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        d = docs[i % len(docs)]
        f.write(json.dumps(dict(d, id=f"{d['id']}#{i // len(docs)}"), ensure_ascii=False) + "\n")
EOF
echo "corpus: $docs documents, $(du -m "$tmp/corpus.jsonl" | cut -f1) MB"
start=$(date +%s.%N)
build/attache extract "$tmp/corpus.jsonl" > "$tmp/one.jsonl"
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'one attache extract: {s:.1f} s, {int(sys.argv[3])/s:.0f} documents/s')" "$start" "$end" "$docs"
for n in 1 2; do
  /usr/bin/python3 contrib/dask/attache_dask.py --local "$n" --attache "$PWD/build/attache" --partition-size 1000 \
    extract --out "$tmp/out$n" "$tmp/corpus.jsonl" 2>&1 | grep '^attache_dask: {' | sed "s/^attache_dask:/dask, $n worker(s):/"
done
head -n 2000 "$tmp/corpus.jsonl" > "$tmp/some.jsonl"
/usr/bin/python3 - "$PWD" "$tmp" <<'EOF'
import os, subprocess, sys, time
src, tmp = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(src, "tests"))
from pg_server import PostgresServer
attache, some = os.path.join(src, "build", "attache"), os.path.join(tmp, "some.jsonl")
def timed(what, cmd, docs=2000):
    start = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    s = time.monotonic() - start
    print(f"{what}: {docs} documents in {s:.1f} s, {docs / s:.0f} documents/s")
with PostgresServer() as pg:
    pg.create("one")
    pg.create("dask")
    timed("one attache ingest, SQLite", [attache, "ingest", "-q", "--db", os.path.join(tmp, "one.db"), some])
    timed("one attache ingest, PostgreSQL", [attache, "ingest", "-q", "--db", pg.url("one"), some])
    timed("dask, 2 workers, ingest into PostgreSQL (with cluster start-up)",
          ["/usr/bin/python3", os.path.join(src, "contrib", "dask", "attache_dask.py"), "--local", "2", "--attache",
           attache, "--partition-size", "500", "ingest", "--db", pg.url("dask"), some])
EOF
