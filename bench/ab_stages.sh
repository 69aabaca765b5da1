#!/bin/sh
# Is a change faster? bench/ab_stages.c with two builds of the library in
# one program (see there): REF_BUILD's libattache.a (say, main's, built with
# -DATTACHE_BENCH=ON in a checkout of its own) has its symbols renamed ref_*
# by objcopy, and this tree's build-bench/ (built here as bench/run.sh does)
# the new one. The corpus's documents go to the two in turn, odd to the new
# first, then even, ROUNDS times each; each line is one run's new/old speed
# per stage. On a loaded machine, take the mean of the ratios.
#   sh bench/ab_stages.sh REF_BUILD CORPUS.jsonl [ROUNDS]
set -eu
[ $# -ge 2 ] || { echo "usage: sh bench/ab_stages.sh REF_BUILD CORPUS.jsonl [ROUNDS]" >&2; exit 2; }
ref=$(realpath "$1") corpus=$(realpath "$2") rounds=${3:-3}
cd "$(dirname "$0")/.."
build=${BUILD:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DATTACHE_TESTS=OFF -DATTACHE_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
nm --defined-only -g "$ref/libattache.a" 2>/dev/null | awk 'NF == 3 { print $3, "ref_" $3 }' | sort -u > "$out/syms"
objcopy --redefine-syms="$out/syms" "$ref/libattache.a" "$out/libref.a"
# the libraries bench_stages links, as CMake found them
libs=$(sed 's/.*libattache\.a//' "$build/CMakeFiles/bench_stages.dir/link.txt")
cc -O2 -std=c11 -Iinclude -Isrc/lib bench/ab_stages.c "$build/libattache.a" "$out/libref.a" $libs -o "$out/ab_stages"
for round in $(seq "$rounds"); do
  for swap in "" swap; do
    echo "== round $round${swap:+ (even documents to the new build)}"
    ATTACHE_DATA="${ATTACHE_DATA:-data}" "$out/ab_stages" "$corpus" $swap
  done
done
