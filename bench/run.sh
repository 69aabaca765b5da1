#!/bin/sh
# The benchmark: builds attache (release), makes a corpus of at least 100 MB
# from the shared dev documents (repeated with fresh ids), and prints the
# throughput of each stage and of the `attache extract` command as users run
# it, with peak memory. Not a test: it asserts nothing.
#   sh bench/run.sh [MEGABYTES]
set -eu
cd "$(dirname "$0")/.."
mb=${1:-100}
sh tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF -DATTACHE_BENCH=ON >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
mkdir -p bench/out
corpus=bench/out/corpus-${mb}mb.jsonl
[ -s "$corpus" ] || python3 - "$corpus" "$mb" <<'PY'
import json, sys
out, mb = sys.argv[1], int(sys.argv[2])
docs = []
for name in ("seeds", "dev-vi", "dev-en"):
    docs += [json.loads(l) for l in open(f"../shared/eval/docs/{name}.jsonl", encoding="utf-8")]
size, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < mb * 1_000_000:
        d = dict(docs[n % len(docs)]); d["id"] = f"{d['id']}#{n}"; n += 1
        line = json.dumps(d, ensure_ascii=False) + "\n"
        f.write(line); size += len(line.encode())
PY
echo "== stages (library)"
ATTACHE_DATA="${ATTACHE_DATA:-data}" build/bench/bench_stages "$corpus"
echo "== attache extract (command), $(du -m "$corpus" | cut -f1) MB"
start=$(date +%s.%N)
/usr/bin/env time -f "peak RSS: %M KB" build/attache extract "$corpus" > /dev/null 2> bench/out/time.txt || true
end=$(date +%s.%N)
python3 - "$start" "$end" "$corpus" <<'PY'
import os, sys
secs = float(sys.argv[2]) - float(sys.argv[1]); size = os.path.getsize(sys.argv[3])
docs = sum(1 for _ in open(sys.argv[3], "rb"))
print(f"{secs:.2f} s, {size / 1e6 / secs:.1f} MB/s, {docs / secs:.0f} documents/s")
PY
tail -1 bench/out/time.txt
