#!/usr/bin/env bash
# `kg build --jobs N` gives the graph of `--jobs 1`, byte for byte, with the same counts
# and notes: on the brochure; on a generated corpus where every item brings new people, of
# 1,025 items: three batches of extraction per pass (512 items each at most), so that a batch
# is extracted while the one before is handed on, the last of one item, which the caller
# extracts once the batch before is done; and on one large item alone.
set -euo pipefail
kg="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/generate_corpus.py 1025 --names new --seed 3 >"$tmp/new.txt"
python3 bench/generate_corpus.py 300 --names new --seed 4 --one-item >"$tmp/one.txt"
for corpus in examples/eu-unodc-brochure.txt "$tmp/new.txt" "$tmp/one.txt"; do
  for jobs in 1 2 5; do
    "$kg" build --jobs "$jobs" "$corpus" -o "$tmp/g$jobs.json" 2>&1 | grep -v 'graph written' >"$tmp/o$jobs.txt"
  done
  for jobs in 2 5; do
    cmp "$tmp/g1.json" "$tmp/g$jobs.json" || { echo "--jobs $jobs: another graph for $corpus"; exit 1; }
    diff "$tmp/o1.txt" "$tmp/o$jobs.txt" || { echo "--jobs $jobs: other output for $corpus"; exit 1; }
  done
  grep -q '^nodes [1-9]' "$tmp/o1.txt" || { echo "no graph built from $corpus"; exit 1; }
done
if "$kg" build --jobs 0 examples/eu-unodc-brochure.txt >/dev/null 2>&1; then
  echo "--jobs 0 should be refused"; exit 1
fi
echo ok
