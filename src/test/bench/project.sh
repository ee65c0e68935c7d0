#!/usr/bin/env bash
# Projecting a national year: generates a synthetic 10-million-contact file (once, shared with reprice.sh), then runs
# ProjectionBenchmark: in one JVM, alternating rounds of one repricing (the yardstick) and the projection of the three
# shipped scenarios from 2024 to 2035 from one reading of the file; prints the ratio. Usage: bench/project.sh [contacts] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
contacts=${1:-10000000}
rounds=${2:-3}
file=target/bench-activity-$contacts.csv
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
[ -f "$file" ] || java -jar target/pathfin.jar generate-activity --contacts "$contacts" --seed 42 --out "$file"
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  no.pathfin.bench.ProjectionBenchmark "$file" "$rounds"
