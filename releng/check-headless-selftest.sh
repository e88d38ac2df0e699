#!/usr/bin/env bash
# Proves check-headless.sh catches what it must: a Require-Bundle split over continuation
# lines, an Import-Package of Draw2D, and leaves *.ui bundles and clean bundles alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mk() { mkdir -p "$tmp/bundles/$1/META-INF"; printf "$2" > "$tmp/bundles/$1/META-INF/MANIFEST.MF"; }
mk org.x.clean 'Manifest-Version: 1.0\nRequire-Bundle: org.eclipse.core.runtime,org.eclipse.emf.ecore\nImport-Package: org.osgi.framework;version="[1.8,2)"\n'
mk org.x.ui 'Manifest-Version: 1.0\nRequire-Bundle: org.eclipse.swt,org.eclipse.ui\n'
"$here/check-headless.sh" "$tmp" >/dev/null || { echo "selftest: clean tree rejected" >&2; exit 1; }
mk org.x.sim 'Manifest-Version: 1.0\nRequire-Bundle: org.eclipse.core.runtime,\n org.eclipse.jf\n ace;bundle-version="[3,4)"\n'
if "$here/check-headless.sh" "$tmp" 2>/dev/null; then echo "selftest: split Require-Bundle of JFace not caught" >&2; exit 1; fi
rm -rf "$tmp/bundles/org.x.sim"
mk org.x.model 'Manifest-Version: 1.0\nImport-Package: org.osgi.framework,org.eclipse.draw2d.geometry;version="3.2"\n'
if "$here/check-headless.sh" "$tmp" 2>/dev/null; then echo "selftest: Import-Package of Draw2D not caught" >&2; exit 1; fi
echo "headless check selftest: passed"
