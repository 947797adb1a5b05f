#!/usr/bin/env bash
# Times the member ledger's questions (issue 15, item 8) on a store of the national ledgers with their members that
# benchmarks/initial-load.sh has built: starts the packaged service on it, runs NationalMemberTimings (one town's
# workReport for 50 towns, pages of members with several filters, the country's workReport; whole GraphQL requests
# over one kept-alive connection signed in with an API token, and each one's Cypher alone through Bolt), and stops
# the service. Usage: benchmarks/national-members.sh [store] [town|pages|country|all]
# (store: target/initial-load-store by default, whose administrator password is benchmark-only); PAGE_CACHE sets
# Neo4j's page cache (3g by default; about the store's size for scale 1).
# Needs: mvn package (the jar) and free ports 7699 and 8099.
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-target/initial-load-store}"
which="${2:-all}"
jar=$(ls target/tongxin-graph-*.jar | grep -v original | head -1)

source benchmarks/classpath.sh

java -Xmx4g -jar "$jar" --tongxin.data-dir="$store" --tongxin.demo-data=false --tongxin.embedded.page-cache="${PAGE_CACHE:-3g}" \
  --tongxin.embedded.bolt-port=7699 --server.port=8099 > target/national-members.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
tail -n +1 -f target/national-members.log --pid=$service | grep -m1 -E "Started TongxinApplication|APPLICATION FAILED" > /dev/null || true
grep -q "Started TongxinApplication" target/national-members.log || { cat target/national-members.log; exit 1; }
java -cp "$classpath" ${BENCHMARK_OPTS:-} cn.tongxin.graph.benchmark.NationalMemberTimings http://127.0.0.1:8099 benchmark-only \
  bolt://127.0.0.1:7699 "$store/neo4j-password" "$which"
