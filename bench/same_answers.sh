#!/bin/sh
# Does a change keep the server's answers byte for byte? Asks two attache
# binaries (say, main's and a branch's) the same API questions on the same
# database: partner profiles and every list of one with its pages and
# cursors, people's pages and lists, events lists, searches (few matches, a
# page, filters, a phrase of 250,000 matches, no words), one event, CSV
# lists; and compares the bodies. The reference runs first; then the new
# binary upgrades the database to its schema (an ingest of one example that
# is stored already, as bench/serve_bench.sh does) and answers. Exits 1 and
# shows the first differences when any answer differs.
#   sh bench/same_answers.sh REFERENCE_BINARY NEW_BINARY [DB]
set -eu
[ $# -ge 2 ] || { echo "usage: sh bench/same_answers.sh REFERENCE_BINARY NEW_BINARY [DB]" >&2; exit 2; }
ref=$(realpath "$1") new=$(realpath "$2")
cd "$(dirname "$0")/.."
db=${3:-bench/out/synthetic.db}
# a binary copied elsewhere finds the web UI and data files of this tree
export ATTACHE_WEB="${ATTACHE_WEB:-$PWD/web}" ATTACHE_DATA="${ATTACHE_DATA:-$PWD/data}"
port=${PORT:-18766}
out=$(mktemp -d)
pid=""
trap '[ -z "$pid" ] || kill $pid 2>/dev/null; rm -rf "$out"' EXIT
# One event far down Japan's list and its page after it (keyset cursors).
jp_event=$(sqlite3 "$db" "SELECT event_id FROM event_partner_order WHERE country = 'JP' ORDER BY placed, event_id LIMIT 1 OFFSET 2000")
person_event=$(sqlite3 "$db" "SELECT event_id FROM participants WHERE person_id = 100077 ORDER BY event_id LIMIT 1 OFFSET 40")
urls="/api/partners/JP /api/partners/FR /api/partners/CN /api/partners/ZW /api/partners/LR /api/partners/MX
/api/partners/JP?limit=7 /api/partners/ZW?limit=3 /api/partners/JP/timeline /api/partners/JP/timeline?cursor=50
/api/partners/JP/timeline?limit=7&cursor=940 /api/partners/ZW/timeline?limit=20 /api/partners/JP/timeline?format=csv
/api/partners/JP/events /api/partners/JP/events?cursor=e$jp_event /api/partners/JP/events?limit=20&cursor=100
/api/partners/JP/people /api/partners/JP/people?limit=5&cursor=30 /api/partners/FR/people?limit=100
/api/partners/LR/figures /api/partners/LR/figures?limit=5&cursor=10 /api/partners/MX/agreements
/api/people/100077 /api/people/100340 /api/people/100077?limit=5 /api/people/100077/met
/api/people/100077/met?limit=10&cursor=20 /api/people/100340/met?limit=200 /api/people/100077/events
/api/people/100077/events?cursor=e$person_event /api/people/100077/offices?limit=10&cursor=50
/api/events?partner=FR&since=2020&limit=50 /api/events?type=talks&limit=50 /api/events?area=peacekeeping&limit=50
/api/events?area=peacekeeping&partner=JP&limit=50 /api/events?limit=50&cursor=10000 /api/events?mechanism=ADMM-PLUS&limit=50
/api/search?q=doan%20so%204242 /api/search?q=canada /api/search?q=Canada&limit=2&cursor=1 /api/search?q=daniel&lang=vi&since=2020
/api/search?q=Tr%E1%BA%A7n%20Quang%20V%C4%A9nh /api/search?q=b%E1%BB%99%20tr%C6%B0%E1%BB%9Fng&limit=5 /api/search?q=%22 /api/events/2000042 /api/figures?metric=defense_partners&limit=100 /api/stats"

# answers BINARY DIR: the answer to each URL, one file each (numbered).
answers() {
  "$1" serve --db "$db" --port "$port" --threads 1 > "$out/serve.log" 2>&1 &
  pid=$!
  i=0
  while ! curl -s -o /dev/null "http://127.0.0.1:$port/api/stats"; do
    i=$((i + 1))
    [ $i -lt 100 ] || { cat "$out/serve.log" >&2; exit 1; }
    sleep 0.1
  done
  mkdir -p "$2"
  n=0
  for url in $urls; do
    n=$((n + 1))
    curl -s -w '\nHTTP %{http_code}\n' "http://127.0.0.1:$port$url" > "$2/$n"
  done
  kill $pid
  wait $pid 2>/dev/null || true
  pid=""
}

answers "$ref" "$out/ref"
"$new" ingest -q --db "$db" examples/tiep-xa-giao.txt # upgrades a database of an older schema; adds nothing new
answers "$new" "$out/new"
status=0 n=0
for url in $urls; do
  n=$((n + 1))
  if cmp -s "$out/ref/$n" "$out/new/$n"; then
    echo "same  $url ($(wc -c < "$out/new/$n") bytes)"
  else
    echo "DIFF  $url"
    diff "$out/ref/$n" "$out/new/$n" | head -c 2000
    echo
    status=1
  fi
done
[ $status = 0 ] && echo "answers identical to all $n URLs" || echo "answers differ"
exit $status
