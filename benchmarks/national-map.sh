#!/usr/bin/env bash
# Times the planner's map (issue 17, item 4) on a store of the national ledgers that benchmarks/initial-load.sh has
# built: starts the packaged service on it, runs NationalMapTimings (mapView for the whole country, 5° boxes and
# towns over one kept-alive connection signed in with an API token; then in Debian's Chromium /map, a province
# opened from a link and zoomed to, and a town picked from the page's finder), and stops the service. Usage: benchmarks/national-map.sh [store]
# (store: target/initial-load-store by default, whose administrator password is benchmark-only).
# Needs: mvn package (the jar), Chromium (apt-get install chromium fonts-noto-cjk) and free ports 7699 and 8099.
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-target/initial-load-store}"
jar=$(ls target/tongxin-graph-*.jar | grep -v original | head -1)

source benchmarks/classpath.sh

java -Xmx4g -jar "$jar" --tongxin.data-dir="$store" --tongxin.demo-data=false --tongxin.embedded.page-cache=3g \
  --tongxin.embedded.bolt-port=7699 --server.port=8099 > target/national-map.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
tail -n +1 -f target/national-map.log --pid=$service | grep -m1 -E "Started TongxinApplication|APPLICATION FAILED" > /dev/null || true
grep -q "Started TongxinApplication" target/national-map.log || { cat target/national-map.log; exit 1; }
java -cp "$classpath" ${BENCHMARK_OPTS:-} cn.tongxin.graph.benchmark.NationalMapTimings http://127.0.0.1:8099 benchmark-only \
  bolt://127.0.0.1:7699 "$store/neo4j-password"
