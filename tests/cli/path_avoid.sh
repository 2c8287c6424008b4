#!/usr/bin/env bash
# `kg path --avoid` keeps a path off hubs and `--max-degree` off busy nodes, on the bundled
# brochure: Fedotov reaches DG DEVCO through an event when UNODC and the EU are avoided.
# usage: path_avoid.sh KG_BINARY   (from the repository root)
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
brochure=examples/eu-unodc-brochure.txt

"$kg" path Fedotov "DG DEVCO" --avoid UNODC,"European Union" --json "$brochure" > "$tmp/avoid.json" 2> /dev/null
python3 - "$tmp/avoid.json" << 'PY'
import json, sys
answer = json.load(open(sys.argv[1]))
assert answer["paths"], "no path"
names = [step["name"] for path in answer["paths"] for step in path if "node" in step]
kinds = [step["kind"] for path in answer["paths"] for step in path if "node" in step]
assert "UNODC" not in names and "European Union" not in names, names
assert "event" in kinds, kinds
PY
# Without --avoid the shortest path runs through a hub.
"$kg" path Fedotov "DG DEVCO" "$brochure" > "$tmp/plain" 2> /dev/null
grep -q "UNODC (organisation)\|European Union (organisation)" "$tmp/plain" || { cat "$tmp/plain" >&2; exit 1; }
# --max-degree 10 excludes the hubs (UNODC has far more than 10 neighbours).
"$kg" path Fedotov "DG DEVCO" --max-degree 10 "$brochure" > "$tmp/calm" 2> /dev/null || true
if grep -q "UNODC (organisation)" "$tmp/calm"; then cat "$tmp/calm" >&2; exit 1; fi
# An unknown name to avoid is an error (exit 2), not silently ignored.
status=0
"$kg" path Fedotov "DG DEVCO" --avoid "No Such Body" "$brochure" > /dev/null 2>&1 || status=$?
[ "$status" = 2 ] || { echo "unknown --avoid name: exit $status, want 2" >&2; exit 1; }
echo "path --avoid, --max-degree: ok"
