#!/bin/sh
# The knowledge-base benchmark: ingest throughput (documents/s) on the
# benchmark corpus, then query latency (median, p95) and query plans on a
# synthetic database of EVENTS events (default one million).
#   sh bench/store_bench.sh [EVENTS]
set -eu
cd "$(dirname "$0")/.."
events=${1:-1000000}
sh tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF -DATTACHE_BENCH=ON >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
[ -s bench/out/corpus-100mb.jsonl ] || sh bench/run.sh 100 >/dev/null
mkdir -p bench/out
rm -f bench/out/ingest.db bench/out/ingest.db-wal bench/out/ingest.db-shm
docs=$(wc -l < bench/out/corpus-100mb.jsonl)
start=$(date +%s.%N)
build/attache ingest -q --db bench/out/ingest.db bench/out/corpus-100mb.jsonl
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'ingest: {int(sys.argv[3])} documents in {s:.1f} s, {int(sys.argv[3])/s:.0f} documents/s')" "$start" "$end" "$docs"
rm -f bench/out/synthetic.db bench/out/synthetic.db-wal bench/out/synthetic.db-shm
build/attache ingest -q --db bench/out/synthetic.db examples/tiep-xa-giao.txt
python3 bench/synth_store.py bench/out/synthetic.db "$events"
build/bench/bench_queries bench/out/synthetic.db 50
