#!/bin/sh
# The server benchmark: attache serve on the synthetic million-event database
# (made by bench/store_bench.sh), loaded by wrk with many keep-alive
# connections over loopback, for a bounded time per endpoint. Prints
# requests/s and p95 latency per endpoint, and the server's RSS before and
# after (at least) 100,000 requests.
#   sh bench/serve_bench.sh [SECONDS_PER_ENDPOINT] [CONNECTIONS]
set -eu
cd "$(dirname "$0")/.."
secs=${1:-5} conns=${2:-64}
db=bench/out/synthetic.db
command -v wrk >/dev/null || { sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo; $sudo_cmd apt-get install -y -q wrk >/dev/null; }
[ -s "$db" ] || sh bench/store_bench.sh
cmake --build build -j"$(nproc)" >/dev/null
port=18765
build/attache serve --db "$db" --port "$port" --threads 4 > bench/out/serve.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
sleep 1
rss() { awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$pid/status"; }
paths="/api/stats /api/events?partner=FR&since=2020&limit=50 /api/events?type=talks&limit=50 /api/partners/JP
/api/people/100077 /api/figures?metric=defense_partners&limit=100 /api/search?q=doan%20so%204242
/api/events/2000042 /app.js"
for path in $paths; do wrk -t1 -c4 -d1s "http://127.0.0.1:$port$path" >/dev/null; done # warm up
echo "server RSS after warm-up: $(rss)"
total=0
printf '%-48s %10s %10s %10s\n' endpoint "req/s" "p95 ms" requests
for path in $paths; do
  line=$(wrk -t2 -c"$conns" -d"${secs}s" -s bench/p95.lua "http://127.0.0.1:$port$path" | grep '^RESULT')
  set -- $line
  printf '%-48s %10s %10s %10s\n' "$path" "$2" "$3" "$4"
  total=$((total + $4))
done
echo "requests served: $total"
echo "server RSS after $total requests: $(rss)"
