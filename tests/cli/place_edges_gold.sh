#!/usr/bin/env bash
# held_in and active_in against a hand annotation that lists them (kg eval scores what the
# reference scorer scores, which knows no place edges): scripts/score-place-edges.py on each
# corpus of tests/data/quality/place_floors.txt; a precision or F1 below its floor fails.
# usage: place_edges_gold.sh KG_BINARY   (from the repository root)
set -euo pipefail
kg=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
floors=$root/tests/data/quality/place_floors.txt
command -v python3 > /dev/null || { echo "SKIPPED: python3 not found"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
for name in $(grep -v '^#' "$floors" | awk 'NF { print $1 }' | uniq); do
  "$kg" build "$root/examples/$name.txt" -o "$tmp/$name.json" > /dev/null 2>&1
  python3 "$root/scripts/score-place-edges.py" "$root/tests/data/heldout/$name.gold.json" \
    "$tmp/$name.json" > "$tmp/$name.out"
  while read -r corpus table measure floor; do
    [ "$corpus" = "$name" ] || continue
    column=$([ "$measure" = P ] && echo 2 || echo 4)
    value=$(awk -v t="$table" -v c="$column" '$1 == t { print $c }' "$tmp/$name.out")
    if [ -z "$value" ] || awk -v v="$value" -v f="$floor" 'BEGIN { exit !(v + 0.00005 < f) }'; then
      echo "FAIL $name $table $measure ${value:-missing}, floor $floor"
      failures=$((failures + 1))
    else
      echo "ok   $name $table $measure $value (floor $floor)"
    fi
  done < <(grep -v '^#' "$floors")
done
exit $((failures > 0))
