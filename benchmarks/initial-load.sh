#!/usr/bin/env bash
# Times a first load of the national ledgers (NationalLedgers, scale $1, 1 by default) into a new embedded store
# with tongxin.initial-load, as an operator would run it: the packaged service, started once with the setting.
# Prints when the load finished, when the service had started, and when every index was online.
# Usage: benchmarks/initial-load.sh [scale] [members] [store]; members false leaves the member ledger out (25
# million rows at scale 1, most of the load's hour; the map and coverage do not read it).
# Needs: mvn package (the jar) and a free port 7699 and 8099. Leaves the store (target/initial-load-store) behind.
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-1}"
members="${2:-true}"
ledgers="target/national-$scale"
store="${3:-target/initial-load-store}"
jar=$(ls target/tongxin-graph-*.jar | grep -v original | head -1)

source benchmarks/classpath.sh
java -cp "$classpath" cn.tongxin.graph.benchmark.NationalLedgers "$ledgers" "$scale" "$members"
rows=$(( $(cat "$ledgers"/*.csv | wc -l) - $(ls "$ledgers"/*.csv | wc -l) ))

rm -rf "$store"
start_ms=$(date +%s%3N)
TONGXIN_ADMIN_PASSWORD=benchmark-only java -Xmx8g -jar "$jar" --tongxin.data-dir="$store" \
  --tongxin.initial-load="$ledgers" --tongxin.demo-data=false --tongxin.embedded.page-cache=3g \
  --tongxin.embedded.bolt-port=7699 --server.port=8099 > target/initial-load.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
# The service's own log says when the load is done and when it has started.
tail -n +1 -f target/initial-load.log --pid=$service | grep -m1 -E "Started TongxinApplication|APPLICATION FAILED" > /dev/null || true
started_ms=$(date +%s%3N)
grep -q "Started TongxinApplication" target/initial-load.log || { cat target/initial-load.log; exit 1; }
grep -o "Initial load of .* ms" target/initial-load.log
online=$(java -cp "$classpath" cn.tongxin.graph.benchmark.IndexesOnline bolt://127.0.0.1:7699 "$start_ms" "$store/neo4j-password")
echo "$rows rows; service started after $(( (started_ms - start_ms) / 1000 )) s; $online"
