#!/usr/bin/env bash
# The brochure's graph, a focused subgraph of it and its engagement network, exported in
# every format and loaded by real readers: networkx (GraphML, GEXF, JSON), csv (neo4j-admin's
# files), Neo4j's Cypher lint; counts by kind equal to the saved graph's and `kg stats`'.
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$kg" build -o "$tmp/brochure.json" examples/eu-unodc-brochure.txt > /dev/null
checks=tests/readers/check_all_formats.sh
bash "$checks" "$kg" "$tmp/brochure.json" "$tmp/whole"
bash "$checks" "$kg" "$tmp/brochure.json" "$tmp/focused" --from 2018-01-01 --to 2018-12-31 \
  --edge-kinds attended,represents --drop-isolated
bash "$checks" "$kg" "$tmp/brochure.json" "$tmp/kinds" --node-kinds person,organisation

# The engagement network needs the entities of the extraction; a graph of events alone has none.
if grep -q '"kind": "organisation"' "$tmp/brochure.json"; then
  bash "$checks" "$kg" "$tmp/brochure.json" "$tmp/engagements" --engagements --org UNODC --bodies eu
  grep -q '"kind": "met"' "$tmp/engagements/graph.json"
  grep -q '<spells>\|start=' "$tmp/engagements/graph.gexf"
else
  echo "note: the brochure's graph has no organisations yet; engagement exports not checked"
fi
echo "export readers: ok"
