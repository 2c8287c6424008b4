#!/usr/bin/env bash
# Hostile text (quotes, backslashes, a Cypher injection, markup, line breaks, control
# characters, emoji, right-to-left text) in every export format: each reader gets every id
# and name back unchanged (XML less the characters XML 1.0 forbids), and the Cypher lint sees
# no statement but kg's own. Two ways in: a graph saved by hand (tests/data/hostile/graph.json,
# also written by the unit tests from their hand-built graph), and a corpus whose titles and
# sentences carry the same strings.
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
checks=tests/readers/check_all_formats.sh
bash "$checks" "$kg" tests/data/hostile/graph.json "$tmp/graph" --names
bash "$checks" "$kg" tests/data/hostile/corpus.txt "$tmp/corpus" --names
bash "$checks" "$kg" tests/data/hostile/corpus.jsonl "$tmp/jsonl" --names
# The corpus route must carry hostile names through, not lose them on the way.
grep -q 'DETACH DELETE' "$tmp/corpus/graph.json"
if command -v dot > /dev/null; then
  dot -Tsvg "$tmp/graph/graph.dot" > /dev/null
  dot -Tsvg "$tmp/corpus/graph.dot" > /dev/null
fi
echo "export hostile: ok"
