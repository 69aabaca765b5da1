#!/bin/sh
# The release fuzzing run: builds every fuzz target (tests/fuzz.sh) into
# build-fuzz/ and runs each for SECONDS (default 300) one after the other,
# at low priority, keeping the corpus it grows in build-fuzz/fuzz/corpus/ for
# the next run. Prints one line per target (executions, corpus size) for the
# README's Reliability section; exits non-zero at the first finding, whose
# input is kept as build-fuzz/fuzz/TARGET-crash-*.
# usage: tools/fuzz-release.sh [SECONDS] [TARGET...]
set -eu
cd "$(dirname "$0")/.."
secs=${1:-300}
[ $# -gt 0 ] && shift
targets=${*:-"extract html charset dates reader api_query"}
nice sh tests/fuzz.sh build "$PWD" "$PWD/build-fuzz"
for t in $targets; do
  [ -x "build-fuzz/fuzz/fuzz_$t" ] || { echo "fuzz $t: not built (skipped)"; continue; }
  nice sh tests/fuzz.sh run "$PWD" "$PWD/build-fuzz" "$t" "$secs"
done
