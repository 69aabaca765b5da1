#!/bin/sh
# The server benchmark: attache serve on the synthetic million-event database
# (made by bench/store_bench.sh), loaded by wrk with many keep-alive
# connections over loopback, for a bounded time per endpoint. Prints per
# endpoint requests/s, p95 latency and the server's CPU time per request
# (its user + system time over wrk's run, divided by the requests answered:
# on a shared machine wall time also measures the wait for a core), each
# beside the static /app.js measured in the same run as the reference; then
# the query plans of what each question runs, and the server's memory before and
# after (at least) 100,000 requests.
# The server keeps the answers of partners' profiles and people's pages by URL
# (32 of them), so /api/partners/JP asked again and again measures the kept
# answer; the rows cold:partners and cold:people ask every partner of the
# database and 400 of its people in turn (bench/rotate.lua), more URLs than
# are kept, so that each answer is worked out as when first asked after an
# ingest (the database's pages in the page cache, as after the warm-up);
# cold:mixed asks a partner's profile and a person's page by turns.
#   [PATHS="PATH ..."] [DB=FILE] [ATTACHE=BINARY] sh bench/serve_bench.sh [SECONDS_PER_ENDPOINT] [CONNECTIONS]
set -eu
cd "$(dirname "$0")/.."
secs=${1:-5} conns=${2:-64}
# DB=... and ATTACHE=... (another binary, say main's before a change) to compare
db=${DB:-bench/out/synthetic.db} bin=${ATTACHE:-build/attache}
# a binary copied elsewhere finds the web UI and data files of this tree
export ATTACHE_WEB="${ATTACHE_WEB:-$PWD/web}" ATTACHE_DATA="${ATTACHE_DATA:-$PWD/data}"
command -v sqlite3 >/dev/null || apt-get install -y -q sqlite3 >/dev/null
command -v wrk >/dev/null || { sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo; $sudo_cmd apt-get install -y -q wrk >/dev/null; }
[ -s "$db" ] || sh bench/store_bench.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DATTACHE_BENCH=ON >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
"$bin" ingest -q --db "$db" examples/tiep-xa-giao.txt # upgrades a database of an older schema; adds nothing new
port=${PORT:-18765}
# wrk opens all its connections from one address, more than the 32 a client may hold
"$bin" serve --db "$db" --port "$port" --per-address "$conns" > bench/out/serve.log 2>&1 & # one thread per core
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
sleep 1
# Resident memory: the server's own (anonymous) and the database file's
# pages it maps (shared with the page cache, given back under pressure).
rss() { awk '/RssAnon/ {a = $2} /RssFile/ {f = $2} END {printf "%.0f MB own, %.0f MB of mapped files", a / 1024, f / 1024}' "/proc/$pid/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# Minor page faults: memory the server gave back to the kernel and touched
# again (each a few microseconds of system time).
faults() { awk '{print $10}' "/proc/$pid/stat"; }
ticks=$(getconf CLK_TCK)
# Until the server has finished what earlier connections asked (a slow
# endpoint leaves answers in flight after wrk stops): its CPU time stands still.
idle() {
  last=-1
  while [ "$(cpu_ticks)" != "$last" ]; do last=$(cpu_ticks); sleep 0.5; done
}
# The 500,000th event of the list: a page far down it, by keyset (the
# next_cursor an events list gives) and by a number of rows to skip.
far=$(sqlite3 "$db" "SELECT id FROM events ORDER BY placed NULLS LAST, id LIMIT 1 OFFSET 499999")
paths="/app.js /api/stats /api/events?partner=FR&since=2020&limit=50 /api/events?type=talks&limit=50
/api/events?limit=50&cursor=e$far /api/events?limit=50&cursor=10000 /api/events?area=peacekeeping&limit=50
/api/events?area=peacekeeping&partner=JP&limit=50 /api/partners/JP cold:partners /api/people/100077 cold:people cold:mixed
/api/figures?metric=defense_partners&limit=100 /api/search?q=doan%20so%204242 /api/events/2000042"
# PATHS="/api/partners/JP cold:partners": only those (after /app.js, the reference)
[ -z "${PATHS:-}" ] || paths="/app.js $PATHS"
# The URLs the cold rows take in turn: every partner the list of partners
# names (197 in the synthetic database), 400 people spread over the ids.
sqlite3 "$db" "SELECT '/api/partners/' || code FROM (SELECT country AS code FROM event_countries
  UNION SELECT country_b FROM relations UNION SELECT country FROM agreement_parties) ORDER BY code" > bench/out/cold-partners.txt
sqlite3 "$db" "SELECT '/api/people/' || person_id FROM person_summary ORDER BY (person_id * 2654435761) % 4294967296
  LIMIT 400" > bench/out/cold-people.txt
# cold:mixed: a partner's profile and a person's page by turns (each of the
# server's handles then runs the statements of both)
awk 'NR == FNR {partner[NR] = $0; n = NR; next} FNR <= n {print partner[FNR]; print}' bench/out/cold-partners.txt \
  bench/out/cold-people.txt > bench/out/cold-mixed.txt
# wrk with its arguments for PATH: one URL, or a cold row's in turn
wrk_for() { # THREADS CONNECTIONS SECONDS PATH [LUA]
  case $4 in
  cold:*) wrk -t"$1" -c"$2" -d"$3s" -s bench/rotate.lua "http://127.0.0.1:$port" -- "bench/out/cold-${4#cold:}.txt" "$1" ;;
  *) wrk -t"$1" -c"$2" -d"$3s" ${5:+-s "$5"} "http://127.0.0.1:$port$4" ;;
  esac
}
for path in $paths; do wrk_for 1 2 1 "$path" >/dev/null; done # warm up
idle
echo "server RSS after warm-up: $(rss)"
total=0 ref_rate="" ref_cpu=""
printf '%-48s %10s %10s %12s %12s %12s %12s\n' endpoint "req/s" "p95 ms" "CPU ms/req" "req/s÷app.js" requests \
  "faults/req"
for path in $paths; do
  before=$(cpu_ticks) faults_before=$(faults)
  line=$(wrk_for 2 "$conns" "$secs" "$path" bench/p95.lua | grep '^RESULT')
  after=$(cpu_ticks) faults_after=$(faults) # over wrk's run: the answers still in flight then are at most one per thread under way
  idle
  set -- $line
  cpu=$(awk -v t=$((after - before)) -v hz="$ticks" -v n="$4" 'BEGIN { printf "%.3f", n ? 1000 * t / hz / n : 0 }')
  [ -n "$ref_rate" ] || ref_rate=$2
  ratio=$(awk -v a="$2" -v b="$ref_rate" 'BEGIN { printf "%.2f", a / b }')
  per=$(awk -v f=$((faults_after - faults_before)) -v n="$4" 'BEGIN { printf "%.1f", n ? f / n : 0 }')
  label=$path
  case $path in cold:*) label="$path ($(wc -l < "bench/out/cold-${path#cold:}.txt") URLs in turn, not kept)" ;; esac
  printf '%-48s %10s %10s %12s %12s %12s %12s\n' "$label" "$2" "$3" "$cpu" "$ratio" "$4" "$per"
  total=$((total + $4))
done
echo "requests served: $total"
echo "server RSS after $total requests: $(rss)"
[ -z "${ATTACHE:-}" ] || exit 0 # (the plans are this tree's)
echo "the query plans of every statement each question runs (bench_queries, the questions asked above):"
build/bench/bench_queries "$db" 0
