#!/bin/sh
# Does a change keep extraction's output byte for byte? Runs two attache
# binaries (say, main's and a branch's) over every shared set: the evaluation
# documents, the seed articles, the unlabeled corpus and the article
# benchmark's web pages, plain, with --explain and with --with-text, and
# compares what they write (-q: a progress line, written every 5 seconds,
# would differ with the load of the machine). Exits 1 and shows the first
# differences when any output differs.
#   sh bench/same_output.sh REFERENCE_BINARY NEW_BINARY [DATA_DIR]
set -eu
[ $# -ge 2 ] || { echo "usage: sh bench/same_output.sh REFERENCE_BINARY NEW_BINARY [DATA_DIR]" >&2; exit 2; }
ref=$(realpath "$1") new=$(realpath "$2")
cd "$(dirname "$0")/.."
data=$(realpath "${3:-data}")
shared=$(realpath ../shared 2>/dev/null || echo /work/shared)
[ -d "$shared/eval/docs" ] || shared=/work/shared
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0 sets=0
for input in "$shared"/eval/docs/*.jsonl "$shared"/corpus/*.jsonl seeds pages; do
  for explain in "" --explain --with-text; do
    name=$(basename "$input")$explain
    if [ "$input" = seeds ]; then
      (cd "$shared" && "$ref" extract -q --data "$data" $explain seeds/*.txt) > "$out/ref" 2>&1 || true
      (cd "$shared" && "$new" extract -q --data "$data" $explain seeds/*.txt) > "$out/new" 2>&1 || true
    elif [ "$input" = pages ]; then # the web pages of the article benchmark
      (cd "$shared/bench/article-extraction" && "$ref" extract -q --data "$data" $explain html/*) > "$out/ref" 2>&1 || true
      (cd "$shared/bench/article-extraction" && "$new" extract -q --data "$data" $explain html/*) > "$out/new" 2>&1 || true
    else
      "$ref" extract -q --data "$data" $explain "$input" > "$out/ref" 2>&1 || true
      "$new" extract -q --data "$data" $explain "$input" > "$out/new" 2>&1 || true
    fi
    sets=$((sets + 1))
    if cmp -s "$out/ref" "$out/new"; then
      echo "same  $name ($(wc -l < "$out/new") lines)"
    else
      echo "DIFF  $name"
      diff "$out/ref" "$out/new" | head -c 2000
      echo
      status=1
    fi
  done
done
[ $status = 0 ] && echo "output identical on all $sets runs" || echo "output differs"
exit $status
