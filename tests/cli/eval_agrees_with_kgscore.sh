#!/usr/bin/env bash
# `kg eval` prints what shared/tools/kgscore.py prints, line for line: on the brochure's graph
# as it stands (whatever extraction finds), on a small hand-made graph with every kind of
# error (tests/data/eval/), with --errors and with --json. Also the exit codes.
# usage: eval_agrees_with_kgscore.sh KG_BINARY   (from the repository root)
# The gold file and scorer come from $KG_SHARED (default: ../shared beside the repository).
set -euo pipefail
kg=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${KG_SHARED:-$root/../shared}
gold=$shared/gold/eu-unodc-brochure.gold.json
scorer=$shared/tools/kgscore.py
if [ ! -f "$gold" ] || [ ! -f "$scorer" ]; then
  echo "eval_agrees_with_kgscore: no $gold or $scorer; set KG_SHARED to the shared/ folder" >&2
  exit 1
fi
command -v python3 > /dev/null || { echo "eval_agrees_with_kgscore: python3 is needed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

same() {  # same GOLD PRED [OPTIONS...]: kg eval and kgscore.py print the same
  local g=$1 p=$2
  shift 2
  "$kg" eval --gold "$g" "$@" "$p" > "$tmp/kg.out"
  python3 "$scorer" "$g" "$p" "$@" > "$tmp/py.out"
  if ! diff -u "$tmp/py.out" "$tmp/kg.out"; then
    echo "eval_agrees_with_kgscore: kg eval differs from kgscore.py on $p $*" >&2
    exit 1
  fi
}

"$kg" export --format json -o "$tmp/brochure.json" examples/eu-unodc-brochure.txt
for pred in "$tmp/brochure.json" tests/data/eval/tiny-pred.json tests/data/eval/events-pred.json; do
  g=$gold
  [ "$pred" = "$tmp/brochure.json" ] || g=tests/data/eval/tiny-gold.json
  same "$g" "$pred"
  same "$g" "$pred" --errors 3
  same "$g" "$pred" --errors 100000
  same "$g" "$pred" --json
done

# Built from the corpus here, the graph scores as its JSON export does.
"$kg" eval --gold "$gold" --errors 100000 examples/eu-unodc-brochure.txt > "$tmp/built.out"
python3 "$scorer" "$gold" "$tmp/brochure.json" --errors 100000 | diff -u - "$tmp/built.out"

# Exit codes: 0 scored, 2 for a gold file that is missing or broken.
status=0
"$kg" eval --gold "$tmp/no-such-gold.json" tests/data/eval/tiny-pred.json > /dev/null 2>&1 || status=$?
[ "$status" = 2 ] || { echo "missing gold: exit $status, want 2" >&2; exit 1; }
echo '{"entities": [' > "$tmp/broken.json"
status=0
"$kg" eval --gold "$tmp/broken.json" tests/data/eval/tiny-pred.json 2> "$tmp/err" > /dev/null || status=$?
[ "$status" = 2 ] || { echo "broken gold: exit $status, want 2" >&2; exit 1; }
grep -q "broken.json:2:1: invalid gold JSON" "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
echo "eval agrees with kgscore.py: ok"
