#!/bin/sh
# Installs the Debian packages attache needs to build and test, when any is
# missing. Idempotent and quick when everything is there. Sourced or run.
set -eu
PACKAGES="build-essential cmake pkg-config python3 time libutf8proc-dev libjansson-dev libcmocka-dev libpcre2-dev libsqlite3-dev sqlite3 libxml2-dev zlib1g-dev clang libclang-rt-14-dev libmicrohttpd-dev"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
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
