#!/usr/bin/env bash
# Throughput and latency of the hip comparison over HTTP (3 variants × 2 rule sets × 2 financing models, every
# cell with its per-contact lines and its whole money, ~77 KB of JSON), with wrk on loopback against a warmed-up
# server. Usage: bench/api.sh [runs] [seconds-per-run]   (needs wrk: apt-get install wrk)
# JAR=other.jar times another build the same way (e.g. an older commit's, for a paired comparison).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
seconds=${2:-15}
port=${PORT:-7079}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
jar=${JAR:-target/pathfin.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests

start=$(date +%s%N)
java -jar "$jar" serve --port "$port" > target/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do sleep 0.02; done
echo "start-up to first answered request: $(( ($(date +%s%N) - start) / 1000000 )) ms"

url="http://127.0.0.1:$port/api/v1/comparisons"
echo "warming up (120 s: the JIT keeps compiling for about a minute and a half)…"
wrk -t1 -c8 -d120s -s src/test/bench/hip-comparison.lua "$url" > /dev/null
for i in $(seq 1 "$runs"); do
  wrk -t1 -c8 -d"${seconds}s" -s src/test/bench/hip-comparison.lua --latency "$url" \
    | awk -v run="$i" '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} END {print "run " run ": " rps " comparisons/s, p50 " p50 ", p99 " p99}'
done
