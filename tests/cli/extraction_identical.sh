#!/usr/bin/env bash
# The fast extraction (a prefilter per sentence and extractor picks the patterns to run;
# the first pass finds only names) gives the graph of the slow reference way
# (KG_REFERENCE_EXTRACTION=1: every pattern run on its own, both passes in full), byte for
# byte: on the brochure, on generated corpora with repeating and with new names, and on the
# shared corpora when ../shared is there.
set -euo pipefail
kg="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/generate_corpus.py 300 --names new --seed 5 >"$tmp/new.txt"
python3 bench/generate_corpus.py 200 --names fixed --seed 6 >"$tmp/fixed.txt"
corpora=(examples/eu-unodc-brochure.txt "$tmp/new.txt" "$tmp/fixed.txt")
if [ -d ../shared/corpus ]; then
  corpora+=(../shared/corpus/*.txt)
else
  echo "SKIPPED: the shared corpora (../shared absent)"
fi
for corpus in "${corpora[@]}"; do
  "$kg" build --jobs 2 "$corpus" -o "$tmp/fast.json" 2>&1 | grep -v "graph written" >"$tmp/fast.txt"
  KG_REFERENCE_EXTRACTION=1 "$kg" build --jobs 2 "$corpus" -o "$tmp/slow.json" 2>&1 | grep -v "graph written" >"$tmp/slow.txt"
  cmp "$tmp/slow.json" "$tmp/fast.json" || { echo "another graph for $corpus"; exit 1; }
  diff "$tmp/slow.txt" "$tmp/fast.txt" || { echo "other notes for $corpus"; exit 1; }
  grep -q '^edges [1-9]' "$tmp/fast.txt" || { echo "no edges built from $corpus"; exit 1; }
done
echo ok
