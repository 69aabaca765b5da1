#!/bin/sh
# Builds the front-end fuzz target with clang's libFuzzer and runs it for a
# bounded time, seeded with the project's own test pages and texts. Any crash
# or sanitizer report fails the test; crashes are kept under build-test/fuzz/.
# usage: fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]
set -eu
src=$1 out=$2/fuzz secs=${3:-30}
mkdir -p "$out/corpus"
command -v clang >/dev/null || { echo "clang not found: run tools/deps.sh" >&2; exit 1; }
# shellcheck disable=SC2046
clang -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -DATTACHE_VERSION='"fuzz"' \
  -DATTACHE_DEFAULT_DATA_DIR="\"$src/data\"" -fsanitize=fuzzer,address,undefined \
  -I"$src/include" -I"$src/src/lib" $(pkg-config --cflags libxml-2.0) \
  "$src/fuzz/fuzz_frontend.c" $(ls "$src"/src/lib/*.c) \
  $(pkg-config --libs libxml-2.0 zlib sqlite3 jansson libutf8proc) -o "$out/fuzz_frontend"
cp "$src"/tests/html/*.html "$src"/examples/*.txt "$src"/tests/golden/*.txt "$src"/tests/store/*.jsonl "$out/corpus/" 2>/dev/null || true
cd "$out"
./fuzz_frontend -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$out/" corpus/ 2>fuzz.log || { tail -40 fuzz.log; exit 1; }
tail -2 fuzz.log
