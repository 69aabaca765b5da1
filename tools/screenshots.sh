#!/bin/sh
# The README's pictures, made by the browser tests from the dev corpus:
#
#   sh tools/screenshots.sh [ATTACHE]      (default: build/attache)
#
# runs tests/browser/run.sh (the same database, server and tests as CI) and
# copies the readme-NAME.png it wrote to docs/screenshots/NAME.png:
# dashboard, timeline, compare, map, network. Fails, copying nothing, when a
# test fails.
set -eu
cd "$(dirname "$0")/.."
attache=${1:-build/attache}
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT INT TERM
sh tests/browser/run.sh "$attache" ../shared "$shots"
for name in dashboard timeline compare map network; do
  [ -f "$shots/readme-$name.png" ] || { echo "screenshots.sh: the tests wrote no readme-$name.png" >&2; exit 1; }
done
mkdir -p docs/screenshots
for name in dashboard timeline compare map network; do
  cp "$shots/readme-$name.png" "docs/screenshots/$name.png"
done
ls -l docs/screenshots
