#!/usr/bin/env bash
# Regenerates the EMF model and edit code of Orrery from bundles/org.orrery.model/model/orrery.ecore
# (and orrery.genmodel) with EMF's generator from Maven Central. Owns, and rewrites whole:
#   bundles/org.orrery.model/{src-gen,plugin.xml,plugin.properties}
#   bundles/org.orrery.model.edit/{src-gen,icons,plugin.xml,plugin.properties}
# and re-saves model/orrery.genmodel (new classes and features get default settings).
# Run it after editing the .ecore; on an unchanged tree it changes nothing (git status stays clean).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${JAVA_HOME:-}" ]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [ -x "$j/bin/java" ] && export JAVA_HOME=$j && break
  done
fi
"${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}/bin/java" -version 2>&1 | head -1
# awt.headless: the icon painter uses Java2D without a display.
MAVEN_OPTS="${MAVEN_OPTS:-} -Djava.awt.headless=true" \
  "$root/mvnw" -B -q -f "$root/releng/model-generator/pom.xml" compile exec:java -Dorrery.root="$root"
