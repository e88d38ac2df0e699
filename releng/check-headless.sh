#!/usr/bin/env bash
# Fails when a headless bundle (any bundle under bundles/ that is not a *.ui* bundle or a
# compatibility fragment) requires SWT, JFace, the workbench, Draw2D or GEF, by Require-Bundle or
# by Import-Package. ARCHITECTURE.md: "Headless means headless". The build runs it in validate.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
ui_pattern='^org\.(eclipse\.(swt|jface|ui|e4\.ui|draw2d|gef)|eclipse\.draw2d)([.;, ]|$)'
status=0
checked=0
for manifest in "$root"/bundles/*/META-INF/MANIFEST.MF; do
  [ -f "$manifest" ] || continue
  bundle=$(basename "$(dirname "$(dirname "$manifest")")")
  case "$bundle" in
    *.ui|*.ui.*|org.orrery.compat.*) continue ;;
  esac
  checked=$((checked + 1))
  # Unfold continuation lines, keep the two headers, split their clauses on commas outside quotes.
  offenders=$(awk '
    /^ / { line = line substr($0, 2); next }
    { if (line != "") print line; line = $0 }
    END { if (line != "") print line }' "$manifest" \
    | grep -E '^(Require-Bundle|Import-Package):' \
    | sed -E 's/^[^:]+: *//' \
    | awk 'BEGIN { RS = "" } {
        q = 0; cur = "";
        for (i = 1; i <= length($0); i++) {
          c = substr($0, i, 1);
          if (c == "\"") q = !q;
          if (c == "," && !q) { print cur; cur = "" } else cur = cur c;
        }
        print cur }' \
    | sed -E 's/^ *//; s/;.*//' \
    | grep -E "$ui_pattern" || true)
  if [ -n "$offenders" ]; then
    echo "headless bundle $bundle requires UI code: $(echo $offenders | tr ' ' ',') -- move that code to a *.ui bundle" >&2
    status=1
  fi
done
if [ $status -eq 0 ]; then
  echo "headless check: $checked headless bundles, none requires SWT, JFace, org.eclipse.ui, Draw2D or GEF"
fi
exit $status
