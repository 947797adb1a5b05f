#!/usr/bin/env bash
# Times the first requests after a start, in windows (benchmarks/FirstRequests.java), on the store that
# benchmarks/start-up.sh leaves (target/start-up-store, the demo district), with the same JAVA_OPTS and JAR
# conventions: how long a service just started stays slower than a warm one while the JIT compiles.
#
#   JAVA_OPTS="-XX:SharedArchiveFile=target/extracted/tongxin.jsa -Xmx512m" \
#     JAR=target/extracted/tongxin-graph-0.1.0-SNAPSHOT.jar benchmarks/first-requests.sh [rounds]
#
# Needs free ports 7698 and 8098.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-600}"
store="target/start-up-store"
jar="${JAR:-$(ls target/tongxin-graph-*.jar | grep -v original | head -1)}"
[ -d "$store" ] || { echo "run benchmarks/start-up.sh first: it leaves $store"; exit 1; }

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -jar "$jar" --tongxin.data-dir="$store" --tongxin.embedded.bolt-port=7698 --server.port=8098 \
	--tongxin.ledger.rehearse-at-start=false > target/first-requests.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
until curl -fs -o /dev/null http://127.0.0.1:8098/actuator/health; do
	kill -0 "$service" 2>/dev/null || { cat target/first-requests.log; exit 1; }
	sleep 0.1
done
# the administrator's password is the one start-up.sh gave the store's first start
java benchmarks/FirstRequests.java http://127.0.0.1:8098 start-up-benchmark "$rounds"
