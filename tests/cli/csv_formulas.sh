#!/usr/bin/env bash
# No CSV that kg prints hands a spreadsheet a formula (issue 9): in a graph whose people,
# events, places and programmes are named `=...`, `+...`, `-...`, `@...`, or start with a tab
# or a carriage return, no cell of any --csv output starts with one of those characters; the
# name follows an apostrophe instead. The neo4j-csv export is data for neo4j-admin import, not
# a spreadsheet: it keeps every name exactly (tests/readers check Neo4j reads them back).
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - exports/eu-unodc-brochure.json "$tmp/graph.json" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1]))
starts = ["=HYPERLINK(\"http://x\")", "+1 ", "-2 ", "@SUM(A1) ", "\t=1 ", "\r=1 "]
k = 0
for node in graph["nodes"]:
    if node["kind"] in ("person", "event", "place", "programme"):
        node["name"] = starts[k % len(starts)] + node["name"]
        k += 1
json.dump(graph, open(sys.argv[2], "w"))
PY
graph=$tmp/graph.json
person=$(python3 -c "
import json, sys
g = json.load(open(sys.argv[1]))
print(next(n['id'] for n in g['nodes'] if n['kind'] == 'person' and n['name'].startswith('=')))" "$graph")
commands=(
  "stats --csv"
  "rank --csv"
  "rank --csv --by events"
  "neighbours --csv organisation:unodc"
  "show --csv $person"
  "path --csv $person organisation:european-union"
  "engagements --csv"
  "engagements --csv --evidence"
  "review --csv"
)
for command in "${commands[@]}"; do
  # shellcheck disable=SC2086
  "$kg" $command "$graph" > "$tmp/out.csv" 2> "$tmp/err" ||
    { echo "failed: kg $command: $(cat "$tmp/err")" >&2; exit 1; }
  python3 - "$tmp/out.csv" "$command" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
cells = [cell for row in rows[1:] for cell in row]
formulas = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
if formulas:
    sys.exit(f"kg {sys.argv[2]}: cells a spreadsheet runs: {formulas[:3]}")
# The names are there, behind an apostrophe: the test must see hostile cells at all
# (stats lists ids and counts only; review quotes names inside its corrections).
if not sys.argv[2].startswith(("stats", "review")) and not any(cell[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r") for cell in cells):
    sys.exit(f"kg {sys.argv[2]}: no hostile name reached the CSV: {rows[:3]}")
PY
done
# neo4j-csv keeps the names exactly, each quoted.
"$kg" export --format neo4j-csv -o "$tmp/neo4j" "$graph" > /dev/null 2>&1
grep -q '^"person:[^"]*","Person","=HYPERLINK(""http://x"")' "$tmp/neo4j/nodes-person.csv" ||
  { echo "neo4j-csv changed a name: $(head -3 "$tmp/neo4j/nodes-person.csv")" >&2; exit 1; }
echo "csv formulas: ok"
