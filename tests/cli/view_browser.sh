#!/usr/bin/env bash
# The HTML page in real headless Chromium (tests/browser/view_check.mjs): nodes drawn, search,
# a click and its card, path, timeline, heat map, hostile names, no network. Saves screenshots
# under build/view/. SKIPPED only where Chromium is absent, and never in CI (CI=true), where
# scripts/install-deps.sh must have installed it.
set -euo pipefail
kg=$1
here=$(cd "$(dirname "$0")/../browser" && pwd)
chromium=${KG_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "${CI:-}" = true ]; then
    echo "no Chromium at $chromium in CI: scripts/install-deps.sh installs it" >&2
    exit 1
  fi
  echo "SKIPPED: no Chromium at $chromium (scripts/install-deps.sh installs it)"
  exit 0
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  echo "missing playwright-core: run scripts/install-deps.sh (npm ci in $here)" >&2
  exit 1
fi
out=$(cd "$(dirname "$kg")" && pwd)/view
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
"$kg" build -o "$tmp/graph.json" examples/eu-unodc-brochure.txt > /dev/null
"$kg" export --format html -o "$tmp/page.html" "$tmp/graph.json"
"$kg" engagements --json "$tmp/graph.json" > "$tmp/engagements.json"
"$kg" export --format html -o "$tmp/hostile.html" tests/data/hostile/graph.json
node "$here/view_check.mjs" --page "$tmp/page.html" --graph "$tmp/graph.json" \
  --engagements "$tmp/engagements.json" --screenshot "$out/brochure.png" \
  --hostile-page "$tmp/hostile.html" --hostile-graph tests/data/hostile/graph.json
