#!/usr/bin/env bash
# KG_TIMINGS=1 makes `kg build` print the seconds of each stage on stderr, in pipeline order
# and, after each, the process's peak memory so far (bench/run.sh reads them); without it, no
# timing line.
set -euo pipefail
kg="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
KG_TIMINGS=1 "$kg" build examples/eu-unodc-brochure.txt -o "$tmp/g.kgb" 2>"$tmp/err" >/dev/null
stages=$(awk '$1 == "timing:" && $3 ~ /^[0-9]+\.[0-9]+$/ && $4 == "s" { printf "%s ", $2 }' "$tmp/err")
[ "$stages" = "load rules extract resolve assemble write " ] || { echo "stages: '$stages'"; exit 1; }
# A peak of whole MiB after each stage (the kernel counts each thread's pages lazily, so
# successive readings may dip by a few pages: no order is checked).
peaks=$(awk '$1 == "memory:" && $3 == "peak" && $4 ~ /^[0-9]+$/ && $4 > 0 && $5 == "MiB" {
  printf "%s ", $2 }' "$tmp/err")
[ "$peaks" = "$stages" ] || { echo "memory lines: '$peaks'"; exit 1; }
KG_TIMINGS=1 "$kg" stats "$tmp/g.kgb" 2>"$tmp/err2" >/dev/null
grep -q '^timing: load ' "$tmp/err2" || { echo "no load time for a saved graph"; exit 1; }
"$kg" build examples/eu-unodc-brochure.txt 2>"$tmp/err3" >/dev/null
if grep -q timing "$tmp/err3"; then echo "timings without KG_TIMINGS"; exit 1; fi
echo ok
