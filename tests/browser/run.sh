#!/bin/sh
# The browser tests against the real server:
#
#   sh tests/browser/run.sh ATTACHE SHARED_DIR [SCREENSHOT_DIR]
#
# Builds a database from the Vietnamese and English dev corpora plus one
# document whose text carries hostile markup, starts `attache serve` on a
# free loopback port with the repository's web/, and runs ui.test.mjs and
# xss.test.mjs in headless Chromium, then edit.test.mjs (an analyst corrects
# an event's date with a token made here) and analyst.test.mjs (the review
# queue, merging people, the person's and partner's corrections and history):
# they write, so they run last. Installs the pinned npm packages first
# if they are missing. Screenshots go to SCREENSHOT_DIR (default: a
# temporary directory that is kept only when a test fails).
set -eu
attache=$1
shared=$2
here=$(cd "$(dirname "$0")" && pwd)
web=$(cd "$here/../../web" && pwd)

[ -d "$here/node_modules/playwright-core" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)
sh "$here/../../tools/web-deps.sh"

tmp=$(mktemp -d)
shots=${3:-$tmp/shots}
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# Invented for this test: a reception report whose text and URL try to run code.
cat >"$tmp/hostile.jsonl" <<'EOF'
{"id": "xss-doc", "url": "javascript:window.__xss=1", "published": "2024-05-06", "text": "Tiếp Đại sứ <script>window.__xss=1</script>\n\nSáng 6/5, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Nhật Bản tại Việt Nam <img src=x onerror=\"window.__xss=1\"> nhân dịp Đại sứ đến chào xã giao. Hai bên nhất trí thúc đẩy hợp tác <b>quốc phòng</b> <script>window.__xss=1</script>."}
EOF
"$attache" ingest --db "$tmp/ui.db" "$shared/eval/docs/dev-vi.jsonl" "$shared/eval/docs/dev-en.jsonl" \
  "$tmp/hostile.jsonl" 2>"$tmp/ingest.log" || { cat "$tmp/ingest.log" >&2; exit 1; }

token=$("$attache" token create browser --db "$tmp/ui.db")

"$attache" serve --db "$tmp/ui.db" --web "$web" --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
url=
i=0
while [ $i -lt 100 ]; do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$tmp/serve.out" | head -n 1 || true)
  [ -n "$url" ] && break
  sleep 0.1
  i=$((i + 1))
done
if [ -z "$url" ]; then
  cat "$tmp/serve.err" >&2
  echo "run.sh: attache serve did not start" >&2
  exit 1
fi

status=0
node "$here/ui.test.mjs" "$url" "$shots" || status=1
node "$here/pages.test.mjs" "$url" "$shots" || status=1
node "$here/xss.test.mjs" "$url" xss-doc "$shots" || status=1
ATTACHE_TOKEN="$token" node "$here/edit.test.mjs" "$url" "$shots" || status=1
ATTACHE_TOKEN="$token" node "$here/analyst.test.mjs" "$url" "$shots" || status=1
if [ $status -ne 0 ] && [ -z "${3:-}" ]; then
  keep=$(mktemp -d)
  cp -r "$shots" "$keep/" 2>/dev/null || true
  echo "run.sh: screenshots kept in $keep" >&2
fi
exit $status
