#!/bin/sh
# Bad input through the CLI: each case must give one clear line naming the
# file (and line or byte), the documented exit code, and must not stop the
# good inputs given with it from being processed.
# usage: errors.sh ATTACHE
set -u
attache=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

good="$tmp/good.txt"
printf 'Sáng 6/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp.\n' > "$good"
printf '<html><body><p>Sáng 6/11, Thượng tướng Nguyễn Chí Vịnh đã tiếp Đại sứ Pháp.</p></body></html>' > "$tmp/page.html"

# expect NAME WANT_EXIT WANT_STDERR_LINE FILE...
expect() {
  name=$1 want_exit=$2 want_err=$3
  shift 3
  timeout 20 "$attache" extract "$@" > "$tmp/out" 2> "$tmp/err"
  code=$?
  if [ "$code" -ne "$want_exit" ]; then
    echo "FAIL $name: exit $code, want $want_exit" >&2; fail=$((fail + 1))
  fi
  if ! grep -qxF -- "$want_err" "$tmp/err"; then
    echo "FAIL $name: stderr was:" >&2; cat "$tmp/err" >&2
    echo "  want the line: $want_err" >&2; fail=$((fail + 1))
  fi
  if [ "$(grep -cF "\"id\":\"$good\"" "$tmp/out")" -ne 1 ]; then
    echo "FAIL $name: the good input was not processed" >&2; fail=$((fail + 1))
  fi
}

expect missing 1 "attache: error: $tmp/missing.txt: No such file or directory" "$tmp/missing.txt" "$good"

mkdir "$tmp/dir"
expect directory 1 "attache: error: $tmp/dir: is a directory" "$tmp/dir" "$good"

printf 'abc\000def' > "$tmp/binary.txt"
expect binary 1 "attache: error: $tmp/binary.txt: byte 3: binary data (NUL byte at byte 3)" "$tmp/binary.txt" "$good"

printf 'dòng một\nhai \303( ba\n' > "$tmp/bad-utf8.txt"
expect invalid-utf8 1 "attache: error: $tmp/bad-utf8.txt:2: invalid UTF-8 at byte 16" "$tmp/bad-utf8.txt" "$good"

: > "$tmp/empty.txt"
expect empty 1 "attache: error: $tmp/empty.txt: empty file" "$tmp/empty.txt" "$good"

printf '   \n\n' > "$tmp/blank.txt"
expect blank 1 "attache: error: $tmp/blank.txt: document has no text" "$tmp/blank.txt" "$good"

printf '{"id":"a","text":"Một."}\nnot json\n{"text":"no id"}\n' > "$tmp/bad.jsonl"
expect not-json 1 "attache: error: $tmp/bad.jsonl:2: not JSON: '[' or '{' expected near 'not'" "$tmp/bad.jsonl" "$good"
expect no-id 1 "attache: error: $tmp/bad.jsonl:3: document has no \"id\"" "$tmp/bad.jsonl" "$good"
[ "$(grep -c '"id":"a"' "$tmp/out")" -eq 1 ] || { echo "FAIL jsonl: good line before the bad ones lost" >&2; fail=$((fail + 1)); }

# A NUL in a JSONL line is an error for that line, and the next line is
# still read, with its own number; a NUL in a page is an error naming its
# byte (libxml2 dropped the rest of the page), for extract and clean alike.
printf '{"id":"n1","text":"Một."}\n{"id":"n2","te\000xt":"Hai."}\n{"id":"n3","text":"Ba."}\nnot json\n' > "$tmp/nul.jsonl"
expect jsonl-nul 1 "attache: error: $tmp/nul.jsonl:2: binary data (NUL byte at byte 14 of the line)" "$tmp/nul.jsonl" "$good"
[ "$(grep -c '"id":"n[13]"' "$tmp/out")" -eq 2 ] || { echo "FAIL jsonl-nul: a document next to the NUL was lost" >&2; fail=$((fail + 1)); }
grep -qxF "attache: error: $tmp/nul.jsonl:4: not JSON: '[' or '{' expected near 'not'" "$tmp/err" ||
  { echo "FAIL jsonl-nul: the line numbers after the NUL are off" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }
printf '<html><body><p>Sáng 6/5, Bộ trưởng tiếp Đại sứ.</p>\000<p>Hai bên thảo luận.</p></body></html>' > "$tmp/nul.html"
expect html-nul 1 "attache: error: $tmp/nul.html: byte 64: binary data (NUL byte at byte 64)" "$tmp/nul.html" "$good"
"$attache" clean "$tmp/nul.html" > /dev/null 2> "$tmp/err"; code=$?
[ "$code" -eq 1 ] && grep -qxF "attache: error: $tmp/nul.html: byte 64: binary data (NUL byte at byte 64)" "$tmp/err" ||
  { echo "FAIL clean html-nul: exit $code" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }

# A JSONL stream may open with a byte order mark; "text": "" gives way to "html".
printf '\357\273\277{"id":"bom","text":"Sáng 6/5, Bộ trưởng tiếp Đại sứ."}\n{"id":"page","text":"","html":"<p>Sáng 6/5, Bộ trưởng tiếp Đại sứ.</p>"}\n' > "$tmp/bom.jsonl"
"$attache" extract "$tmp/bom.jsonl" > "$tmp/out" 2> "$tmp/err"; code=$?
[ "$code" -eq 0 ] && [ "$(grep -c '"id":"\(bom\|page\)"' "$tmp/out")" -eq 2 ] ||
  { echo "FAIL bom/html: exit $code" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }

# A corrupt and a truncated gzip page: an error naming the file, never half a page.
printf '\037\213\010\0\0\0\0\0\0\003\377\377\377\377' > "$tmp/corrupt.html.gz"
expect corrupt-gzip 1 "attache: error: $tmp/corrupt.html.gz: corrupt or truncated gzip: invalid block type" "$tmp/corrupt.html.gz" "$good"
python3 -c 'import gzip, sys; z = gzip.compress(("<p>Câu số %d của trang.</p>" * 400 % tuple(range(400))).encode()); sys.stdout.buffer.write(z[:len(z) // 2])' > "$tmp/truncated.html.gz"
expect truncated-gzip 1 "attache: error: $tmp/truncated.html.gz: corrupt or truncated gzip: unexpected end of file" "$tmp/truncated.html.gz" "$good"

# Inputs that are not regular files would block the read or never end: a
# FIFO (with no writer), a socket, a device. Refused at once, by every command.
mkfifo "$tmp/fifo.txt"
expect fifo 1 "attache: error: $tmp/fifo.txt: not a regular file (a FIFO)" "$tmp/fifo.txt" "$good"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$tmp/socket.jsonl"
expect socket 1 "attache: error: $tmp/socket.jsonl: not a regular file (a socket)" "$tmp/socket.jsonl" "$good"
expect device 1 "attache: error: /dev/zero: not a regular file (a device)" /dev/zero "$good"
# expect_cmd NAME WANT_EXIT WANT_STDERR_LINE COMMAND...: another command, bounded in time.
expect_cmd() {
  name=$1 want_exit=$2 want_err=$3
  shift 3
  timeout 20 "$attache" "$@" > "$tmp/out" 2> "$tmp/err"
  code=$?
  if [ "$code" -ne "$want_exit" ]; then
    echo "FAIL $name: exit $code, want $want_exit" >&2; fail=$((fail + 1))
  fi
  if ! grep -qxF -- "$want_err" "$tmp/err"; then
    echo "FAIL $name: stderr was:" >&2; cat "$tmp/err" >&2
    echo "  want the line: $want_err" >&2; fail=$((fail + 1))
  fi
}
mkfifo "$tmp/fifo.html"
expect_cmd clean-fifo 1 "attache: error: $tmp/fifo.html: not a regular file (a FIFO)" clean "$tmp/fifo.html"
expect_cmd ingest-fifo 1 "attache: error: $tmp/fifo.txt: not a regular file (a FIFO)" ingest -q --db "$tmp/fifo.db" "$tmp/fifo.txt" "$good"

# A directory walk follows each directory once: a symlink back to a directory
# being walked is a loop, reported with a warning and not followed (no
# document is lost: each is read once); a directory with no documents is an
# error (it once aborted under UBSan: qsort(NULL, 0)).
mkdir -p "$tmp/tree/sub" "$tmp/nothing"
cp "$good" "$tmp/tree/sub/good.txt"
ln -s .. "$tmp/tree/sub/up"
mkfifo "$tmp/tree/sub/pipe.txt"
expect_cmd ingest-loop 1 "attache: warning: $tmp/tree/sub/up: symlink loop: leads back to $tmp/tree, not followed" ingest --db "$tmp/tree.db" "$tmp/tree"
grep -qxF "attache: error: $tmp/tree/sub/pipe.txt: not a regular file (a FIFO)" "$tmp/err" ||
  { echo "FAIL ingest-loop: the FIFO in the walk was not refused" >&2; fail=$((fail + 1)); }
grep -q ": 1 new, 0 updated, 0 unchanged, 1 failed;" "$tmp/err" ||
  { echo "FAIL ingest-loop: want 1 stored, 1 failed (the FIFO)" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }
expect_cmd ingest-empty-dir 1 "attache: error: $tmp/nothing: no documents (.txt, .md, .html, .htm, .html.gz, .jsonl) in this directory" ingest --db "$tmp/tree.db" "$tmp/nothing"

# A 50 MB single line, as a text file and as a JSONL line.
python3 -c 'import sys; sys.stdout.write("a" * (50 * 1024 * 1024))' > "$tmp/long.txt"
expect long-text 1 "attache: error: $tmp/long.txt: byte 8388608: document larger than the limit of 8388608 bytes (see --max-bytes)" "$tmp/long.txt" "$good"
{ python3 -c 'import sys; sys.stdout.write("{\"id\":\"x\",\"text\":\"" + "a" * (50 * 1024 * 1024) + "\"}\n")'
  printf '{"id":"after","text":"Sau."}\n'; } > "$tmp/long.jsonl"
expect long-jsonl 1 "attache: error: $tmp/long.jsonl:1: line longer than the limit of 8388608 bytes (see --max-bytes)" "$tmp/long.jsonl" "$good"
[ "$(grep -c '"id":"after"' "$tmp/out")" -eq 1 ] || { echo "FAIL long-jsonl: the line after the long one was lost" >&2; fail=$((fail + 1)); }

# --max-bytes takes a number of bytes from 1 to 4 GiB - 1, in every command:
# "-1" was read by strtoull as 2^64 - 1 (no limit at all), and clean and
# ingest took "abc" as 0 (the default) without a word.
for cmd in extract clean "ingest --db $tmp/max.db"; do
  for value in -1 abc 0 5x ""; do
    # shellcheck disable=SC2086
    "$attache" $cmd --max-bytes "$value" "$good" > /dev/null 2> "$tmp/err"; code=$?
    [ "$code" -eq 2 ] && grep -qxF "attache: error: --max-bytes needs a positive number, not \"$value\"" "$tmp/err" ||
      { echo "FAIL $cmd --max-bytes '$value': exit $code" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }
  done
  for value in 4294967296 99999999999999999999999; do
    # shellcheck disable=SC2086
    "$attache" $cmd --max-bytes "$value" "$good" > /dev/null 2> "$tmp/err"; code=$?
    [ "$code" -eq 2 ] && grep -qxF "attache: error: --max-bytes takes at most 4294967295 bytes (4 GiB - 1), not \"$value\"" "$tmp/err" ||
      { echo "FAIL $cmd --max-bytes $value: exit $code" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }
  done
done
"$attache" ingest --db "$tmp/max.db" --max-bytes 20 "$good" 2> "$tmp/err"; code=$?
[ "$code" -eq 1 ] && grep -qF "document larger than the limit of 20 bytes" "$tmp/err" ||
  { echo "FAIL ingest --max-bytes 20 is a limit: exit $code" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }

# A full output: exit 4 and a message with the reason, from extract and clean.
for cmd in extract clean; do
  "$attache" $cmd "$tmp/page.html" > /dev/full 2> "$tmp/err"; code=$?
  [ "$code" -eq 4 ] && grep -qxF "attache: error: cannot write the output (stdout): No space left on device" "$tmp/err" ||
    { echo "FAIL $cmd > /dev/full: exit $code" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }
done

# Lenient mode replaces invalid bytes and says so.
"$attache" extract --lenient "$tmp/bad-utf8.txt" > "$tmp/out" 2> "$tmp/err"
code=$?
[ "$code" -eq 0 ] || { echo "FAIL lenient: exit $code" >&2; fail=$((fail + 1)); }
grep -qxF "attache: warning: $tmp/bad-utf8.txt: document $tmp/bad-utf8.txt: 1 invalid UTF-8 sequence(s) replaced" "$tmp/err" ||
  { echo "FAIL lenient: no warning" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }

# Usage errors and a broken data directory.
"$attache" extract --no-such-option > /dev/null 2>&1; code=$?
[ "$code" -eq 2 ] || { echo "FAIL usage: exit $code, want 2" >&2; fail=$((fail + 1)); }
"$attache" extract --data "$tmp/dir" "$good" > /dev/null 2> "$tmp/err"; code=$?
[ "$code" -eq 3 ] || { echo "FAIL data: exit $code, want 3" >&2; fail=$((fail + 1)); }
grep -qxF "attache: error: $tmp/dir/countries.tsv: cannot open: No such file or directory" "$tmp/err" ||
  { echo "FAIL data: stderr was:" >&2; cat "$tmp/err" >&2; fail=$((fail + 1)); }

echo "cli error cases: $fail failed"
[ "$fail" -eq 0 ]
