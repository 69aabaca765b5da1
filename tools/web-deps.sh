#!/bin/sh
# The web UI's pinned libraries (web/package-lock.json) in web/node_modules,
# installed with `npm ci` when any file the server serves from there is
# missing (a fresh clone, or a clone from before a library was added).
set -eu
web=$(cd "$(dirname "$0")/../web" && pwd)
for f in chart.js/dist/chart.umd.js cytoscape/dist/cytoscape.min.js leaflet/dist/leaflet-src.esm.js \
  leaflet/dist/leaflet.css topojson-client/dist/topojson-client.min.js world-atlas/countries-50m.json \
  world-countries/countries.json; do
  if [ ! -f "$web/node_modules/$f" ]; then
    (cd "$web" && npm ci --no-audit --no-fund --silent)
    exit 0
  fi
done
