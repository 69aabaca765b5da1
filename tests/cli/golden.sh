#!/bin/sh
# Golden tests through the CLI: `attache extract NAME.txt` must print exactly
# the JSON in GOLDEN_DIR/NAME.expected.json (compared whole, key order included).
# It runs inside the input's directory, so the document's id is "NAME.txt".
# usage: golden.sh ATTACHE GOLDEN_DIR [INPUT_DIR...]
set -eu
attache=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") golden=$2
shift 2
fail=0 n=0
for dir in "$golden" "$@"; do
  for input in "$dir"/*.txt; do
    [ -e "$input" ] || continue
    name=$(basename "$input" .txt)
    n=$((n + 1))
    if ! (cd "$dir" && "$attache" extract "$name.txt") | python3 -c '
import json, sys
got = json.loads(sys.stdin.readline())
want = json.load(open(sys.argv[1], encoding="utf-8"))
a = json.dumps(got, ensure_ascii=False, indent=1)
b = json.dumps(want, ensure_ascii=False, indent=1)
if a != b:
    import difflib
    sys.stdout.writelines(difflib.unified_diff(b.splitlines(True), a.splitlines(True), "expected", "actual"))
    sys.exit(1)
' "$golden/$name.expected.json"; then
      echo "FAIL $input" >&2
      fail=$((fail + 1))
    fi
  done
done
echo "$n golden cases through the CLI, $fail failed"
[ "$fail" -eq 0 ] && [ "$n" -gt 0 ]
