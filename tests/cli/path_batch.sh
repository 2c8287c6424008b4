#!/usr/bin/env bash
# `kg path --batch FILE` answers every pair of the file on one loaded graph, each answer the
# same as `kg path A B` prints it; KG_TIMINGS=1 times each query; a bad line or an unknown
# name is an error naming the file and line; a pair without a path makes the exit code 1.
# usage: path_batch.sh KG_BINARY   (from the repository root)
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
brochure=examples/eu-unodc-brochure.txt
"$kg" build "$brochure" -o "$tmp/g.kgb" > /dev/null 2>&1

printf '# pairs\nEuropol\tDG DEVCO\n\nUNODC\tEuropol\n' > "$tmp/pairs"
KG_TIMINGS=1 "$kg" path --batch "$tmp/pairs" --json "$tmp/g.kgb" > "$tmp/batch.json" 2> "$tmp/err"
"$kg" path Europol "DG DEVCO" --json "$tmp/g.kgb" > "$tmp/one.json" 2> /dev/null
"$kg" path UNODC Europol --json "$tmp/g.kgb" >> "$tmp/one.json" 2> /dev/null
cmp "$tmp/batch.json" "$tmp/one.json" || { echo "batch answers differ from single queries" >&2; exit 1; }
[ "$(grep -c '^timing: query ' "$tmp/err")" = 2 ] || { cat "$tmp/err" >&2; exit 1; }
[ "$(grep -c '^timing: load ' "$tmp/err")" = 1 ] || { echo "graph not loaded once" >&2; exit 1; }

# Table output names each pair before its answer.
"$kg" path --batch "$tmp/pairs" "$tmp/g.kgb" > "$tmp/batch.txt" 2> /dev/null
grep -qx 'UNODC -- Europol' "$tmp/batch.txt" || { cat "$tmp/batch.txt" >&2; exit 1; }

# A line without a tab: exit 2, file and line named.
printf 'Europol\tUNODC\nEuropol UNODC\n' > "$tmp/bad"
status=0
"$kg" path --batch "$tmp/bad" "$tmp/g.kgb" > /dev/null 2> "$tmp/err" || status=$?
[ "$status" = 2 ] && grep -q "bad:2:" "$tmp/err" || { echo "bad line: exit $status" >&2; cat "$tmp/err" >&2; exit 1; }
# An unknown name: exit 2 at its line.
printf 'Europol\tUNODC\nNo Such Person Anywhere\tUNODC\n' > "$tmp/unknown"
status=0
"$kg" path --batch "$tmp/unknown" "$tmp/g.kgb" > /dev/null 2> "$tmp/err" || status=$?
[ "$status" = 2 ] && grep -q "unknown:2:" "$tmp/err" || { echo "unknown name: exit $status" >&2; cat "$tmp/err" >&2; exit 1; }
# A pair with no path (kinds filter leaves none): exit 1.
printf 'Europol\tDG DEVCO\n' > "$tmp/none"
status=0
"$kg" path --batch "$tmp/none" --max-hops 1 "$tmp/g.kgb" > /dev/null 2>&1 || status=$?
[ "$status" = 1 ] || { echo "no path: exit $status, want 1" >&2; exit 1; }
# Without --batch, A and B are required.
status=0
"$kg" path Europol > /dev/null 2>&1 || status=$?
[ "$status" = 2 ] || { echo "one name only: exit $status, want 2" >&2; exit 1; }
echo "path --batch: ok"
