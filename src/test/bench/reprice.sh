#!/usr/bin/env bash
# Repricing a national year: generates a synthetic 10-million-contact file (once), then
#  1. times the command line end to end (JVM start, rule compilation, read, price under baseline and candidate,
#     aggregate, write) in a 1 GiB heap, 3 runs;
#  2. runs RepriceBenchmark: rule-based repricing vs the plain-Java lower bound in one JVM, 3 rounds after a warm-up.
# Usage: bench/reprice.sh [contacts]
set -euo pipefail
cd "$(dirname "$0")/../../.."
contacts=${1:-10000000}
file=target/bench-activity-$contacts.csv
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
[ -f "$file" ] || java -jar target/pathfin.jar generate-activity --contacts "$contacts" --seed 42 --out "$file"
for i in 1 2 3; do
  /usr/bin/time -f "end to end run $i: %e s wall, %M KB max resident" \
    java -Xmx1g -jar target/pathfin.jar reprice --activity "$file" --baseline isf-2024 --candidate isf-2025-plan \
    --out target/bench-reprice > /dev/null
done
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  no.pathfin.bench.RepriceBenchmark "$file" 3
