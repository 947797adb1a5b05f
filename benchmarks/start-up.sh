#!/usr/bin/env bash
# Times the packaged service's start as an operator runs it (java -jar, no JVM options unless JAVA_OPTS says so;
# JAR names another jar, such as the one `java -Djarmode=tools -jar ... extract` writes):
# a first start on an empty data folder, which loads the demo district, then starts on that existing store.
# For each start it prints the seconds from the launch of the JVM until the log says "Started", until
# /actuator/health first answers 200, and until every index is online (IndexesOnline, a second JVM, so at most
# a second late); then the service's resident memory (VmRSS) and its peak (VmHWM) once it is ready.
#
#   mvn -q package -DskipTests && benchmarks/start-up.sh [starts on the existing store, 3 by default]
#   JAVA_OPTS="-Xmx512m" JAR=target/extracted/tongxin-graph-0.1.0-SNAPSHOT.jar benchmarks/start-up.sh
#
# Needs free ports 7698 and 8098. Leaves target/start-up-store and target/start-up-*.log behind.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
store="target/start-up-store"
jar="${JAR:-$(ls target/tongxin-graph-*.jar | grep -v original | head -1)}"

if [ ! -f target/test-classes/cn/tongxin/graph/benchmark/IndexesOnline.class ] || [ ! -f target/cp.txt ]; then
	mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
fi
classpath="target/test-classes:target/classes:$(cat target/cp.txt)"

now_ms() { date +%s%3N; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# One start: launches the service, waits until it is ready, prints one line, stops it.
start() {
	local what="$1" log="target/start-up-$1.log"
	local t0 started="" answered="" online rss hwm
	t0=$(now_ms)
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	TONGXIN_ADMIN_PASSWORD=start-up-benchmark java ${JAVA_OPTS:-} -jar "$jar" --tongxin.data-dir="$store" \
		--tongxin.embedded.bolt-port=7698 --server.port=8098 > "$log" 2>&1 &
	local service=$!
	trap 'kill '"$service"' 2>/dev/null || true' EXIT
	while [ -z "$answered" ]; do
		kill -0 "$service" 2>/dev/null || { cat "$log"; exit 1; }
		if [ -z "$started" ] && grep -q "Started TongxinApplication" "$log"; then started=$(( $(now_ms) - t0 )); fi
		if curl -fs -o /dev/null http://127.0.0.1:8098/actuator/health; then answered=$(( $(now_ms) - t0 )); fi
		sleep 0.05
	done
	[ -n "$started" ] || started=$answered
	online=$(java -cp "$classpath" cn.tongxin.graph.benchmark.IndexesOnline bolt://127.0.0.1:7698 "$t0" "$store/neo4j-password")
	rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$service/status")
	hwm=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$service/status")
	printf '%-14s started %5s s, HTTP answers %5s s, %s; RSS %s MiB (peak %s MiB)\n' "$what" \
		"$(seconds "$started")" "$(seconds "$answered")" "$online" "$rss" "$hwm"
	kill "$service"
	wait "$service" 2>/dev/null || true
	trap - EXIT
}

rm -rf "$store"
start first-start
for i in $(seq 1 "$runs"); do
	start "existing-$i"
done
