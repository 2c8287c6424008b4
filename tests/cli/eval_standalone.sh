#!/usr/bin/env bash
# `kg eval` works from the project alone (no ../shared): the README's command scores the bundled
# brochure against its gold in examples/, and a missing or broken gold file exits with 2.
# usage: eval_standalone.sh KG_BINARY   (from the repository root)
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$kg" eval --gold examples/eu-unodc-brochure.gold.json examples/eu-unodc-brochure.txt > "$tmp/out"
grep -q '^items: gold 76, predicted 76, aligned 76;' "$tmp/out" || { cat "$tmp/out" >&2; exit 1; }
for table in items mentions entities attended represents funds engagements; do
  grep -q "^$table " "$tmp/out" || { echo "no table $table" >&2; cat "$tmp/out" >&2; exit 1; }
done
grep -q '^F1 items=1.000 ' "$tmp/out" || { tail -1 "$tmp/out" >&2; exit 1; }
# The README sends users to these files; they must be in the project.
for f in docs/GUIDELINE.md examples/eu-unodc-brochure.gold.json; do
  grep -q "$f" README.md || { echo "README does not name $f" >&2; exit 1; }
done

# Exit codes: 2 for a gold file that is missing or broken, with the file and line.
status=0
"$kg" eval --gold "$tmp/no-such-gold.json" tests/data/eval/tiny-pred.json > /dev/null 2>&1 || status=$?
[ "$status" = 2 ] || { echo "missing gold: exit $status, want 2" >&2; exit 1; }
echo '{"entities": [' > "$tmp/broken.json"
status=0
"$kg" eval --gold "$tmp/broken.json" tests/data/eval/tiny-pred.json 2> "$tmp/err" > /dev/null || status=$?
[ "$status" = 2 ] || { echo "broken gold: exit $status, want 2" >&2; exit 1; }
grep -q "broken.json:2:1: invalid gold JSON" "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
echo "eval from the project alone: ok"
