#!/usr/bin/env bash
# Build time and peak memory of `kg build` on synthetic corpora of growing size.
# usage: bench/run.sh [KG_BINARY]   (default build/kg; needs /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-build/kg}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-10s %-10s %-12s %-14s\n' items MB seconds peak-RSS-MiB
for n in 1000 10000 50000; do
  python3 bench/generate_corpus.py "$n" > "$tmp/c.txt"
  mb=$(du -m "$tmp/c.txt" | cut -f1)
  /usr/bin/time -f '%e %M' -o "$tmp/t" "$kg" build "$tmp/c.txt" -o "$tmp/g.json" > /dev/null 2>&1
  read -r secs kib < "$tmp/t"
  printf '%-10s %-10s %-12s %-14s\n' "$n" "$mb" "$secs" "$((kib / 1024))"
done
# The bundled brochure, for scale.
/usr/bin/time -f '%e %M' -o "$tmp/t" "$kg" build examples/eu-unodc-brochure.txt > /dev/null 2>&1
read -r secs kib < "$tmp/t"
printf '%-10s %-10s %-12s %-14s\n' brochure 0.13 "$secs" "$((kib / 1024))"
