#!/usr/bin/env bash
# Simulator benchmarks (issue 4): harnesses that print figures and the machine, not tests.
#
#   bundles/org.orrery.sim/bench/run.sh queue     event queue throughput, one core (target >= 10 M events/s)
#   bundles/org.orrery.sim/bench/run.sh scale     scale scenario S (target < 6 s wall, < 2 GB heap)
#   bundles/org.orrery.sim/bench/run.sh scale10   scenario S x 10 (target < 60 s wall, < 8 GB heap)
#   bundles/org.orrery.sim/bench/run.sh all       the three, one after another
#
# Builds the telemetry and simulator bundles with Maven when their classes are missing or older
# than their sources, compiles the benchmark sources (bench/src) against them, and runs each
# benchmark in a JVM of its own: the queue on one thread with the JVM told it has one processor
# (its rates are per CPU second of that thread, so a busy shared machine does not skew them), the
# scale runs with the heap capped at their target so that fitting in it is part of the result.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
SIM="$ROOT/bundles/org.orrery.sim"
TELEMETRY="$ROOT/bundles/org.orrery.telemetry"

find_java() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
  done
  echo "no JDK 21 or newer found: set JAVA_HOME to one" >&2
  exit 1
}
export JAVA_HOME=$(find_java)

stale() { # $1 = bundle folder: true when its classes are missing or older than a source
  [ -d "$1/target/classes" ] || return 0
  [ -n "$(find "$1/src" -name '*.java' -newer "$1/target/classes" -print -quit)" ]
}
if stale "$SIM" || stale "$TELEMETRY"; then
  echo "building org.orrery.telemetry and org.orrery.sim ..."
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl bundles/org.orrery.sim -am)
  touch "$SIM/target/classes" "$TELEMETRY/target/classes"
fi
CP="$SIM/target/classes:$TELEMETRY/target/classes"
OUT="$SIM/target/bench-classes"
rm -rf "$OUT" && mkdir -p "$OUT"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -cp "$CP" -d "$OUT" $(find "$HERE/src" -name '*.java')
CP="$OUT:$CP"

run() {
  case "$1" in
    queue) "$JAVA_HOME/bin/java" -XX:ActiveProcessorCount=1 -Xms1g -Xmx1g -cp "$CP" \
             org.orrery.sim.EventQueueBenchmark ;;
    scale) "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.orrery.sim.bench.ScaleBenchmark 1 ;;
    scale10) "$JAVA_HOME/bin/java" -Xmx8g -cp "$CP" org.orrery.sim.bench.ScaleBenchmark 10 ;;
    *) echo "usage: $0 queue|scale|scale10|all" >&2; exit 2 ;;
  esac
}
if [ "${1:-}" = all ]; then
  for b in queue scale scale10; do echo "== $b"; run "$b"; done
else
  run "${1:-}"
fi
