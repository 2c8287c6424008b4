#!/usr/bin/env bash
# The HTML page on a large graph in headless Chromium: time to the first frame and frames
# per second while dragging the busiest node (tests/browser/view_bench.mjs).
# usage: bench/html_view.sh [KG_BINARY] [ITEMS...]   (default build/kg; 5000 items, ~5,400 nodes)
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-build/kg}
shift || true
sizes=("${@:-5000}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in "${sizes[@]}"; do
  python3 bench/generate_corpus.py "$n" > "$tmp/c.txt"
  "$kg" build -o "$tmp/g.json" "$tmp/c.txt" > /dev/null 2>&1
  "$kg" export --format html -o "$tmp/page.html" "$tmp/g.json"
  printf '%s items, page %s MB: ' "$n" "$(du -m "$tmp/page.html" | cut -f1)"
  node tests/browser/view_bench.mjs "$tmp/page.html"
done
