#!/bin/sh
# The extraction benchmark: builds attache (release, in build-bench/ so that a
# test build in build/ is left alone), makes a corpus of at least MEGABYTES
# from the shared dev documents (repeated with fresh ids, a third English),
# and prints the throughput of each stage and of the `attache extract`
# command as users run it, with peak memory, beside `wc -w` reading the same
# bytes in the same run (the speed of reading text at all). Not a test: it
# asserts nothing about speed.
#
# With REF=BINARY (another attache, say main's before a change), the same
# corpus goes through it too, right before, so that both figures come from
# one moment of the machine (REF_DATA: its data/ when it needs its own); and
# bench/same_output.sh checks that both write the same bytes on every shared
# set (with this tree's data/).
#   sh bench/run.sh [MEGABYTES]          REF=/path/to/attache sh bench/run.sh
set -eu
cd "$(dirname "$0")/.."
mb=${1:-100}
build=${BUILD:-build-bench}
sh tools/deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF -DATTACHE_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
mkdir -p bench/out
corpus=bench/out/corpus-${mb}mb.jsonl
[ -s "$corpus" ] || python3 bench/make_corpus.py "$corpus" "$mb" seeds dev-vi dev-en

# Seconds (user + system CPU: what one core spends, whatever else the
# machine runs) and peak RSS of a command, its output discarded.
timed() {
  /usr/bin/env time -f "%U %S %M" -o bench/out/time.txt "$@" > /dev/null 2>> bench/out/stderr.txt || true
  awk '{ printf "%.3f %d\n", $1 + $2, $3 }' bench/out/time.txt
}
rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$@"; }

bytes=$(wc -c < "$corpus")
docs=$(wc -l < "$corpus")
mbytes=$(python3 -c "print($bytes / 1e6)")
echo "== corpus $corpus: $docs documents, $(rate "$bytes" 1e6) MB"
echo "== stages (library, one core)"
ATTACHE_DATA="${ATTACHE_DATA:-data}" "$build"/bench/bench_stages "$corpus"
echo "== the command and its same-run references (CPU seconds of one core)"
printf '%-34s %9s %9s %12s %10s\n' what seconds MB/s documents/s "peak RSS"
line() { # name seconds rss_kb
  printf '%-34s %9s %9s %12s %7s MB\n' "$1" "$2" "$(rate "$mbytes" "$2")" "$(rate "$docs" "$2" | cut -d. -f1)" \
    "$(rate "$3" 1024)"
}
set -- $(timed wc -w "$corpus"); line "wc -w (reference)" "$1" "$2"
if [ -n "${REF:-}" ]; then
  set -- $(timed "$REF" extract --data "${REF_DATA:-data}" "$corpus"); line "attache extract (REF)" "$1" "$2"
fi
set -- $(timed "$build"/attache extract --data data "$corpus"); line "attache extract" "$1" "$2"
if [ -n "${REF:-}" ]; then
  echo "== same output as REF on every shared set"
  sh bench/same_output.sh "$REF" "$build"/attache | tail -1
fi
