#!/bin/sh
# Installs the Debian packages attache needs, when any is missing: to build
# and run it, and with --test also to test it (clang for the fuzzer, Chromium
# for the browser tests, wrk for the server benchmark, Debian's Dask for
# contrib/dask and its test, a PostgreSQL 15 server for the PostgreSQL
# tests, pandas, networkx and lxml to load the exports as analysts do, groff
# to read the man page). Idempotent and quick when everything is there.
set -eu
PACKAGES="build-essential cmake pkg-config python3 time libutf8proc-dev libjansson-dev libyajl-dev libsqlite3-dev sqlite3
libxml2-dev zlib1g-dev libmicrohttpd-dev nettle-dev libcmocka-dev libpq-dev"
[ "${1:-}" = "--test" ] && PACKAGES="$PACKAGES clang libclang-rt-14-dev chromium wrk python3-distributed
postgresql-15 python3-pandas python3-networkx python3-lxml groff-base"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js and npm for the web UI's libraries (any install that provides npm will do).
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
  echo "attache: installing:$missing" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 || {
    $SUDO apt-get update -q >/dev/null
    $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null
  }
fi
