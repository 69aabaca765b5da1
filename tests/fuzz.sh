#!/bin/sh
# Builds the libFuzzer targets of fuzz/ with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer, every report fatal) and runs one of them for a
# bounded time on its seed corpus (fuzz/corpus/TARGET/ plus the project's own
# test pages and texts). Any crash, leak, timeout or sanitizer report fails
# the run; the input that caused it is kept as BUILD_DIR/fuzz/TARGET-crash-*.
#
# usage: fuzz.sh build SOURCE_DIR BUILD_DIR
#        fuzz.sh run SOURCE_DIR BUILD_DIR TARGET SECONDS
# The targets: extract html charset dates reader api_query (see fuzz/*.c).
set -eu
mode=$1 src=$2 out=$3/fuzz
TARGETS="extract html charset dates reader api_query"

build() {
  command -v clang >/dev/null || { echo "clang not found: run tools/deps.sh --test" >&2; exit 1; }
  mkdir -p "$out/obj"
  # -fno-sanitize-recover=all: an undefined-behaviour report stops the run
  # like a crash instead of printing and going on.
  cflags="-g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Werror -fno-sanitize-recover=all
    -fsanitize=address,undefined -fno-omit-frame-pointer -DATTACHE_VERSION=\"fuzz\"
    -I$src/include -I$src/src/lib -I$src/src/server
    $(pkg-config --cflags libxml-2.0 libutf8proc jansson yajl libpq)"
  libs=$(pkg-config --libs libxml-2.0 zlib sqlite3 jansson yajl libutf8proc nettle libpq)
  objs=
  for c in "$src"/src/lib/*.c "$src"/src/server/params.c; do
    [ -f "$c" ] || continue
    o="$out/obj/$(basename "$c" .c).o"
    # shellcheck disable=SC2086
    clang $cflags -fsanitize=fuzzer-no-link -c "$c" -o "$o"
    objs="$objs $o"
  done
  for t in $TARGETS; do
    # The API's parameters are read by src/server/params.c; no target without it.
    [ "$t" != api_query ] || [ -f "$src/src/server/params.c" ] || continue
    # shellcheck disable=SC2086
    clang $cflags -fsanitize=fuzzer "$src/fuzz/fuzz_$t.c" $objs $libs -o "$out/fuzz_$t"
    # The seeds: this target's corpus, and for the text and page targets the
    # project's own example texts and test pages.
    rm -rf "$out/seeds/$t"
    mkdir -p "$out/seeds/$t" "$out/corpus/$t"
    cp "$src/fuzz/corpus/$t"/* "$out/seeds/$t/"
    case $t in
      extract) cp "$src"/examples/*.txt "$src"/tests/golden/*.txt "$out/seeds/$t/" ;;
      html) cp "$src"/tests/html/*.html "$out/seeds/$t/" ;;
    esac
  done
}

run() {
  t=$1 secs=$2
  [ -x "$out/fuzz_$t" ] || { echo "fuzz_$t not built: run fuzz.sh build first" >&2; exit 1; }
  log="$out/$t.log"
  # New inputs go to the first directory (kept in the build tree between
  # runs); the seeds are only read.
  # The lexicons the targets load (nothing is compiled in).
  if ! ATTACHE_DATA="$src/data" ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$out/fuzz_$t" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/$t-" "$out/corpus/$t" "$out/seeds/$t" >"$log" 2>&1; then
    tail -60 "$log"
    echo "fuzz $t: FAILED (the input is kept as $out/$t-crash-* or similar)" >&2
    exit 1
  fi
  # Belt and braces: a sanitizer report that did not stop the run still fails it.
  if grep -qE 'runtime error:|ERROR: [A-Za-z]+Sanitizer|^SUMMARY: ' "$log"; then
    grep -E -A20 'runtime error:|ERROR: [A-Za-z]+Sanitizer' "$log" | head -60
    echo "fuzz $t: FAILED: a sanitizer report" >&2
    exit 1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  corpus=$(find "$out/corpus/$t" "$out/seeds/$t" -type f | wc -l)
  echo "fuzz $t: $execs executions in $secs s, corpus $corpus inputs, no findings"
}

case $mode in
  build) build ;;
  run) run "$4" "$5" ;;
  *) echo "usage: fuzz.sh build|run SOURCE_DIR BUILD_DIR [TARGET SECONDS]" >&2; exit 2 ;;
esac
