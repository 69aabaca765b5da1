#!/bin/sh
# The knowledge-base benchmark: ingest throughput (documents/s) on the
# benchmark corpus beside the same rows loaded by the sqlite3 shell in one
# transaction (its .dump of the ingested database: the speed of SQLite
# itself writing those rows), then query latency (median, p95) and query
# plans on a synthetic database of EVENTS events (default one million).
#   sh bench/store_bench.sh [EVENTS]
set -eu
cd "$(dirname "$0")/.."
events=${1:-1000000}
build=${BUILD:-build-bench}
sh tools/deps.sh
command -v sqlite3 >/dev/null || apt-get install -y -q sqlite3 >/dev/null
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF -DATTACHE_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
[ -s bench/out/corpus-100mb.jsonl ] || sh bench/run.sh 100 >/dev/null
mkdir -p bench/out
# Wall seconds of a command (the disk counts here), then its CPU seconds.
timed() {
  start=$(date +%s.%N)
  /usr/bin/env time -f "%U %S" -o bench/out/time.txt "$@"
  end=$(date +%s.%N)
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$end"
  awk '{ printf "%.2f\n", $1 + $2 }' bench/out/time.txt
}
report() { # what documents wall cpu
  python3 -c "import sys; w, c, d = float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[2]); \
print(f'{sys.argv[1]:<40} {d / w:>10.0f} {d / c:>10.0f} {w:>8.1f} {c:>8.1f}')" "$@"
}
docs=$(wc -l < bench/out/corpus-100mb.jsonl)
rm -f bench/out/ingest.db bench/out/ingest.db-wal bench/out/ingest.db-shm bench/out/reference.db
set -- $(timed "$build"/attache ingest -q --db bench/out/ingest.db bench/out/corpus-100mb.jsonl)
ingest_wall=$1 ingest_cpu=$2
sqlite3 bench/out/ingest.db .dump > bench/out/ingest.sql
set -- $(timed sh -c 'sqlite3 bench/out/reference.db < bench/out/ingest.sql')
echo "== ingest, $docs documents (documents/s by wall clock and by CPU seconds)"
printf '%-40s %10s %10s %8s %8s\n' what "docs/s" "docs/s CPU" "wall s" "CPU s"
report "attache ingest" "$docs" "$ingest_wall" "$ingest_cpu"
report "sqlite3 < .dump (same rows, reference)" "$docs" "$1" "$2"
rm -f bench/out/synthetic.db bench/out/synthetic.db-wal bench/out/synthetic.db-shm
"$build"/attache ingest -q --db bench/out/synthetic.db examples/tiep-xa-giao.txt
python3 bench/synth_store.py bench/out/synthetic.db "$events"
"$build"/bench/bench_queries bench/out/synthetic.db 50
