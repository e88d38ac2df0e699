#!/usr/bin/env bash
# Runs the SBCO experiments headless and writes their CSV.
#   bundles/org.orrery.sim/experiments/sbco/run.sh [--out DIR] [--runs N] [--quiet] [FILE.sched...]
# Without files it runs every *.sched here; without --out it writes to ./results here.
# Builds the simulator bundle first when its classes are missing (needs JAVA_HOME on a JDK >= 21).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
CLASSES="$ROOT/bundles/org.orrery.sim/target/classes:$ROOT/bundles/org.orrery.telemetry/target/classes"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ ! -f "$ROOT/bundles/org.orrery.sim/target/classes/org/orrery/sim/sched/experiment/SchedExperimentMain.class" ]; then
  (cd "$ROOT" && ./mvnw -B -q compile -pl bundles/org.orrery.sim -am)
fi
args=() files=() out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --runs) args+=(--runs "$2"); shift 2 ;;
    --quiet) args+=(--quiet); shift ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || files=("$HERE"/*.sched)
exec "$JAVA" -cp "$CLASSES" org.orrery.sim.sched.experiment.SchedExperimentMain --out "${out:-$HERE/results}" "${args[@]}" "${files[@]}"
