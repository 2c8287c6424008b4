#!/usr/bin/env bash
# held_in and active_in in the bundled brochure's graph, through the commands a user runs:
# counts in `kg stats`, the card of a place, a path that only they make, filters and exports.
# usage: place_edges.sh KG_BINARY   (from the repository root)
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
brochure=examples/eu-unodc-brochure.txt

"$kg" stats "$brochure" > "$tmp/stats" 2> /dev/null
held=$(sed -n 's/.* held_in \([0-9]*\).*/\1/p' "$tmp/stats")
active=$(sed -n 's/.* active_in \([0-9]*\).*/\1/p' "$tmp/stats")
[ "${held:-0}" -gt 0 ] && [ "${active:-0}" -gt 0 ] || { cat "$tmp/stats" >&2; exit 1; }
grep -q "isolated nodes" "$tmp/stats" || { cat "$tmp/stats" >&2; exit 1; }

# Brussels is where events were held: its card lists them.
"$kg" show Brussels "$brochure" > "$tmp/card" 2> /dev/null
grep -q "^  events held here (" "$tmp/card" || { cat "$tmp/card" >&2; exit 1; }

# A programme reaches the place it works in in one hop, with the rule and sentence.
"$kg" path GLO.ACT Pakistan --evidence "$brochure" > "$tmp/path" 2> /dev/null
grep -q "^1 hop" "$tmp/path" || { cat "$tmp/path" >&2; exit 1; }
grep -q -- "--active_in-->  Pakistan (place)" "$tmp/path" || { cat "$tmp/path" >&2; exit 1; }

# Filters and exports take the new kinds like any other.
"$kg" export --format graphml --edge-kinds held_in -o "$tmp/held.graphml" "$brochure" 2> /dev/null
[ "$(grep -c '<edge ' "$tmp/held.graphml")" = "$held" ] || { echo "held_in export count" >&2; exit 1; }
"$kg" export --format cypher -o "$tmp/all.cypher" "$brochure" 2> /dev/null
grep -q "HELD_IN" "$tmp/all.cypher" && grep -q "ACTIVE_IN" "$tmp/all.cypher" || { echo "cypher lacks the new kinds" >&2; exit 1; }
echo "held_in and active_in: ok"
