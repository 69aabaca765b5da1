#!/bin/sh
# attache beside a peer on the same Vietnamese text: a corpus of about
# MEGABYTES of the shared Vietnamese documents (seeds, dev-vi, dev2-vi,
# repeated with fresh ids), through attache's stages (bench_stages: tokens/s
# of tokenize+match, which also matches every lexicon, and of the whole
# extraction), `wc -w`, and vntk 1.4.4 from npm (pinned in bench/peer/, not
# part of attache) splitting the same texts into syllables and into words.
# CPU seconds of one core, as the machine is shared.
# vntk's word segmenter runs on the first WORD_MB (default 0.05) only: it
# reads about 500 tokens a second.
#   sh bench/peer_bench.sh [MEGABYTES]          WORD_MB=0.2 sh bench/peer_bench.sh
set -eu
cd "$(dirname "$0")/.."
mb=${1:-10}
build=${BUILD:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF -DATTACHE_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
[ -d bench/peer/node_modules/vntk ] || (cd bench/peer && npm ci --no-audit --no-fund >/dev/null)
mkdir -p bench/out
corpus=bench/out/corpus-vi-${mb}mb.jsonl
[ -s "$corpus" ] || python3 bench/make_corpus.py "$corpus" "$mb" seeds dev-vi dev2-vi
stages=$(ATTACHE_DATA=data "$build"/bench/bench_stages "$corpus")
echo "$stages"
python3 - "$corpus" "$stages" <<'PY'
import json, re, sys
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
mb = sum(len(t.encode()) for t in texts) / 1e6
out = sys.argv[2]
tokens = int(re.search(r"tokens: (\d+)", out).group(1))
row = lambda name, s: print(f"{name:<34} {s:>9.3f} {mb / s:>9.1f} {tokens:>10} {tokens / s:>12.0f}")
print(f"== the same {mb:.1f} MB of Vietnamese text (CPU seconds of one core)")
print(f"{'what':<34} {'seconds':>9} {'MB/s':>9} {'tokens':>10} {'tokens/s':>12}")
row("attache tokenize+match", float(re.search(r"^tokenize\+match\s+([\d.]+)", out, re.M).group(1)))
row("attache all stages", float(re.search(r"^all stages\s+([\d.]+)", out, re.M).group(1)))
PY
# wc -w reads the texts 20 times over (once takes less than the clock's 10 ms).
python3 - "$corpus" <<'PY'
import json, sys
texts = "".join(json.loads(l)["text"] + "\n" for l in open(sys.argv[1], encoding="utf-8"))
open("bench/out/vi-texts-x20.txt", "w", encoding="utf-8").write(texts * 20)
PY
/usr/bin/env time -f "%U %S" -o bench/out/time.txt wc -w bench/out/vi-texts-x20.txt > bench/out/wc.txt
python3 - <<'PY'
s = sum(map(float, open("bench/out/time.txt").read().split())) / 20
w = int(open("bench/out/wc.txt").read().split()[0]) // 20
mb = len(open("bench/out/vi-texts-x20.txt", "rb").read()) / 20 / 1e6
print(f"{'wc -w (words, reference)':<34} {s:>9.3f} {mb / s:>9.1f} {w:>10} {w / s:>12.0f}")
PY
node bench/peer/vntk_bench.js "$corpus" "${WORD_MB:-0.05}"
