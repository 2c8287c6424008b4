#!/usr/bin/env bash
# Writes the bundled brochure's graph in every export format into exports/:
#   bash scripts/make-exports.sh [KG_BINARY] [OUT_DIR]     (defaults: build/kg, exports)
# tests/cli/exports_fresh.sh fails when exports/ differs from what this makes: rerun it and
# commit exports/ whenever the graph changes (rules, extraction, exporters).
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-build/kg}
out=${2:-exports}
corpus=examples/eu-unodc-brochure.txt
name=eu-unodc-brochure
[ -x "$kg" ] || { echo "no kg binary at $kg: run scripts/build.sh first" >&2; exit 2; }

mkdir -p "$out"
# Built once, saved, then exported from the saved graph: the extraction runs once.
"$kg" export --format json -o "$out/$name.json" "$corpus"
for format in graphml gexf cypher dot; do
  "$kg" export --format "$format" -o "$out/$name.$format" "$out/$name.json"
done
"$kg" export --format neo4j-csv -o "$out/$name-neo4j-csv" "$out/$name.json"
# The page to explore it in a browser, with the engagement matrix.
"$kg" export --format html -o "$out/$name.html" "$out/$name.json"

# The engagement network of UNODC's officials with the EU's bodies, for Gephi above all.
engagements=(--engagements --org UNODC --bodies eu)
if "$kg" export --format json -o "$out/$name-engagements.json" "${engagements[@]}" \
    "$out/$name.json" 2> "$out/.engagements.log"; then
  for format in graphml gexf cypher dot; do
    "$kg" export --format "$format" -o "$out/$name-engagements.$format" "${engagements[@]}" \
      "$out/$name.json"
  done
else
  # A graph without entities yet (no extraction) has no UNODC to start from.
  echo "note: no engagement network: $(cat "$out/.engagements.log")" >&2
fi
rm -f "$out/.engagements.log"
echo "exports of $corpus written to $out/"
