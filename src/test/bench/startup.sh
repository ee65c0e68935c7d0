#!/usr/bin/env bash
# Start-up of the command line and the server, each as a ratio to `pathfin --help` timed in the same round (the
# machine's speed drifts; the ratio holds). Each round runs --help, then every command once, in turn.
#  - rule-sets, pathways: commands that price nothing (read the folders, compile no rule);
#  - price hip-replacement-A, compare hip-replacement: JVM start, compiling the rules they use, pricing;
#  - serve: from `java -jar` to the first answered pricing request (every rule set compiled before it answers).
# Prints each figure's median (and min–max) over the rounds, and the median of the per-round ratios.
# Usage: src/test/bench/startup.sh [rounds]      (JAR=other.jar to time another build the same way)
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-7}
jar=${JAR:-target/pathfin.jar}
[ -n "${JAR:-}" ] || mvn -B -q package -DskipTests
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
run() { local s; s=$(date +%s%N); java -jar "$jar" "$@" > /dev/null; ms "$s"; }
serve() {
  local s port=7099 jobs pid
  jobs=$(mktemp -d)
  s=$(date +%s%N)
  java -jar "$jar" serve --port "$port" --jobs "$jobs" > /dev/null 2>&1 & pid=$!
  until curl -sf -o /dev/null -X POST "localhost:$port/api/v1/pricings" -H 'Content-Type: application/json' \
      -d '{"pathwayId": "hip-replacement-A", "model": "per-contact"}'; do sleep 0.02; done
  ms "$s"
  kill "$pid"; wait "$pid" 2>/dev/null || true; rm -rf "$jobs"
}
declare -A times ratios
names=("rule-sets" "pathways" "price hip-replacement-A" "compare hip-replacement" "serve")
for r in $(seq 1 "$rounds"); do
  help=$(run --help); times[help]+="$help "
  for name in "${names[@]}"; do
    if [ "$name" = serve ]; then t=$(serve); else t=$(run $name); fi
    times[$name]+="$t "
    ratios[$name]+="$(awk -v a="$t" -v b="$help" 'BEGIN { printf "%.2f", a / b }') "
  done
done
stats() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { printf "%s (%s–%s)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
printf "%-26s %-24s %s\n" "command" "median ms (min–max)" "× --help, median (min–max)"
printf "%-26s %-24s\n" "--help" "$(echo "${times[help]}" | stats)"
for name in "${names[@]}"; do
  printf "%-26s %-24s %s\n" "$name" "$(echo "${times[$name]}" | stats)" "$(echo "${ratios[$name]}" | stats)"
done
