#!/usr/bin/env bash
# Exports one input in every format with the CLI, then loads each export with a real reader:
# networkx for GraphML, GEXF and JSON, Python's csv for neo4j-admin's files, Neo4j's Cypher
# lint for the script. Counts by kind must equal those of the saved JSON graph.
#   check_all_formats.sh KG INPUT OUT_DIR [--names] [EXPORT_OPTION...]
# --names: every node's id and name must come back unchanged too (the hostile fixtures).
set -euo pipefail
kg=$1 input=$2 out=$3
shift 3
names=()
if [ "${1:-}" = --names ]; then names=(--names); shift; fi
here=$(cd "$(dirname "$0")" && pwd)
lint_dir="$here/cypher-lint"
if [ ! -d "$lint_dir/node_modules/@neo4j-cypher/language-support" ]; then
  echo "missing the Cypher lint: run scripts/install-deps.sh (npm ci in $lint_dir)" >&2
  exit 1
fi

mkdir -p "$out"
"$kg" export --format json -o "$out/graph.json" "$@" "$input"
for format in graphml gexf cypher dot; do
  "$kg" export --format "$format" -o "$out/graph.$format" "$@" "$input"
done
"$kg" export --format neo4j-csv -o "$out/neo4j-csv" "$@" "$input" > "$out/neo4j-command.txt"
grep -q '^neo4j-admin database import full ' "$out/neo4j-command.txt"

# Expected counts: those of the saved JSON graph, and of `kg stats`, which must agree.
stats=()
# (Not for the engagement network, which is no knowledge graph.)
"$kg" stats --help > "$out/stats-help.txt" 2>&1 || true
if [[ " $* " != *" --engagements "* ]] && grep -q -- '--json' "$out/stats-help.txt"; then
  "$kg" stats --json "$out/graph.json" > "$out/stats.json"
  stats=(--stats "$out/stats.json")
fi

node "$lint_dir/lint.mjs" "$out/graph.cypher" --strings "$out/cypher-strings.json"
/usr/bin/python3 "$here/check_exports.py" --expected "$out/graph.json" "${names[@]}" "${stats[@]}" \
  --graphml "$out/graph.graphml" --gexf "$out/graph.gexf" --json "$out/graph.json" \
  --neo4j-csv "$out/neo4j-csv" --cypher-strings "$out/cypher-strings.json"
