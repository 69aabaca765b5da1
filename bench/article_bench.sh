#!/bin/sh
# Article-extraction benchmark, side by side with Mozilla Readability: runs
# `attache clean` and Readability (node, jsdom) over the 181 pages of
# ../shared/bench/article-extraction, scores both with the shared scorer
# (the benchmark's published F1) and prints F1, pages/s and the speed ratio.
# Not a test: it asserts nothing. Needs node >= 20.19 and npm for the
# Readability half; its deps are pinned in bench/article/package-lock.json.
#   sh bench/article_bench.sh
# Outputs in bench/out/: attache-clean.jsonl, attache-pred.json,
# attache-score.txt, readability-pred.json, readability.log,
# readability-score.txt.
set -eu
cd "$(dirname "$0")/.."
data=../shared/bench/article-extraction
scorer=../shared/eval/article_score.py
out=bench/out
mkdir -p "$out"

# (a) attache, release build
sh tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF -DATTACHE_BENCH=ON >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
pages=$(find "$data/html" -name "*.html.gz" | wc -l)

# (b) attache clean over every page, timed (wall clock, whole command)
echo "== attache clean, $pages pages" >&2
start=$(date +%s.%N)
rc=0
build/attache clean --format json "$data"/html/*.html.gz > "$out/attache-clean.jsonl" || rc=$?
end=$(date +%s.%N)
# exit 1 means some inputs failed and the rest were processed: still score
if [ "$rc" -gt 1 ]; then
  echo "article_bench: attache clean exited $rc" >&2
  exit "$rc"
fi
[ "$rc" -eq 0 ] || echo "article_bench: attache clean: some pages failed (exit 1)" >&2
attache_secs=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$start" "$end")

# (c) JSONL -> the scorer's PRED format
python3 - "$out/attache-clean.jsonl" "$out/attache-pred.json" <<'PY'
import json, os, sys
pred = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            rec = json.loads(line)
            # A page's id is its path as given (README, Usage); the ground truth
            # names pages by file name without ".html.gz".
            key = os.path.basename(rec["id"]).removesuffix(".html.gz")
            pred[key] = {"articleBody": rec.get("text") or ""}
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(pred, f, ensure_ascii=False)
PY

# (d) score attache
python3 "$scorer" "$out/attache-pred.json" "$data/ground-truth.json" > "$out/attache-score.txt"
sed 's/^/attache: /' "$out/attache-score.txt" >&2

# (e) Readability: install the pinned deps once, run, score
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "article_bench: node and npm are needed for the Readability half" >&2
  exit 3
fi
[ -d bench/article/node_modules ] || npm ci --prefix bench/article --no-audit --no-fund >&2
echo "== readability, $pages pages" >&2
node bench/article/readability.mjs "$data/html" "$out/readability-pred.json" "$data/ground-truth.json" 2> "$out/readability.log" || {
  cat "$out/readability.log" >&2
  exit 1
}
cat "$out/readability.log" >&2
python3 "$scorer" "$out/readability-pred.json" "$data/ground-truth.json" > "$out/readability-score.txt"
sed 's/^/readability: /' "$out/readability-score.txt" >&2

# (f) summary
python3 - "$pages" "$attache_secs" "$out/attache-score.txt" "$out/readability-score.txt" "$out/readability.log" <<'PY'
import re, sys
pages, attache_secs = int(sys.argv[1]), float(sys.argv[2])
def f1(path):
    return float(open(path, encoding="utf-8").read().strip().splitlines()[-1].split()[-1])
log = open(sys.argv[5], encoding="utf-8").read()
m = re.search(r"readability: (\d+) pages in ([\d.]+) s", log)
r_secs = float(m.group(2))
w = re.search(r"wall time ([\d.]+) s", log)
r_wall = float(w.group(1)) if w else float("nan")
a_rate, r_rate = pages / attache_secs, int(m.group(1)) / r_secs
print()
print(f"{'extractor':<12} {'F1':>6} {'pages/s':>9} {'seconds':>8}  timed")
print(f"{'attache':<12} {f1(sys.argv[3]):>6.3f} {a_rate:>9.1f} {attache_secs:>8.2f}  whole command (wall)")
print(f"{'readability':<12} {f1(sys.argv[4]):>6.3f} {r_rate:>9.1f} {r_secs:>8.2f}  jsdom parse + Readability only (wall of the run: {r_wall:.2f} s)")
print(f"speed ratio attache/readability: {a_rate / r_rate:.1f}x")
PY
