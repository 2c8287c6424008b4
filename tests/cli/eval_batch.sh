#!/usr/bin/env bash
# `kg eval --batch FILE` scores every corpus of the file with the rules loaded once, each
# corpus's tables the same as `kg eval --gold GOLD CORPUS` prints them; --json gives one
# document; a bad line, a missing file or a bad gold is an error naming the file and line,
# found before any corpus is built when it is a line or a missing file.
# usage: eval_batch.sh KG_BINARY   (from the repository root)
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
brochure=examples/eu-unodc-brochure.txt
brochure_gold=examples/eu-unodc-brochure.gold.json
pages=examples/heldout-blind261
pages_gold=tests/data/heldout/heldout-blind261.gold.json

printf '# gold\tinputs\n%s\t%s\n\n%s\t%s\n' "$brochure_gold" "$brochure" "$pages_gold" "$pages" \
  > "$tmp/list"
KG_TIMINGS=1 "$kg" eval --batch "$tmp/list" > "$tmp/batch.txt" 2> "$tmp/err"
[ "$(grep -c '^timing: shared-rules ' "$tmp/err")" = 1 ] ||
  { echo "rules not loaded once for the batch" >&2; cat "$tmp/err" >&2; exit 1; }
[ "$(grep -c '^timing: extract ' "$tmp/err")" = 2 ] || { echo "not two builds" >&2; exit 1; }
{
  echo "== $brochure (gold $brochure_gold)"
  "$kg" eval --gold "$brochure_gold" "$brochure" 2> /dev/null
  echo
  echo "== $pages (gold $pages_gold)"
  "$kg" eval --gold "$pages_gold" "$pages" 2> /dev/null
} > "$tmp/single.txt"
diff "$tmp/single.txt" "$tmp/batch.txt" || { echo "batch scores differ from single evals" >&2; exit 1; }

# --json: one document, each corpus's scores as `kg eval --json` gives them.
"$kg" eval --batch "$tmp/list" --json > "$tmp/batch.json" 2> /dev/null
"$kg" eval --gold "$pages_gold" "$pages" --json > "$tmp/pages.json" 2> /dev/null
python3 - "$tmp/batch.json" "$tmp/pages.json" "$pages" << 'PY'
import json, sys
batch = json.load(open(sys.argv[1]))["corpora"]
assert len(batch) == 2, batch
assert batch[1]["inputs"] == [sys.argv[3]], batch[1]["inputs"]
assert batch[1]["scores"] == json.load(open(sys.argv[2])), "pages' scores differ"
PY

expect_error() {  # expect_error WHAT PATTERN [ARGS...]: exit 2, PATTERN on stderr, no stdout
  local what=$1 pattern=$2 status=0
  shift 2
  "$kg" eval "$@" > "$tmp/out" 2> "$tmp/err" || status=$?
  if [ "$status" != 2 ] || ! grep -q -- "$pattern" "$tmp/err" || [ -s "$tmp/out" ]; then
    echo "$what: exit $status, stderr:" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
}
# A line without a tab, and a missing corpus on the last line: nothing is built first.
printf '%s\t%s\n%s %s\n' "$brochure_gold" "$brochure" "$pages_gold" "$pages" > "$tmp/no_tab"
expect_error "line without a tab" "no_tab:2: a line of an eval batch" --batch "$tmp/no_tab"
printf '%s\t%s\n%s\t%s\n' "$brochure_gold" "$brochure" "$pages_gold" "$tmp/missing" > "$tmp/missing_corpus"
expect_error "missing corpus" "missing_corpus:2: no such file or folder: $tmp/missing" \
  --batch "$tmp/missing_corpus"
# A gold file that is no gold: its own file named, and the batch's line.
printf '%s\t%s\n' "$brochure" "$brochure" > "$tmp/bad_gold"
expect_error "bad gold" "bad_gold, line 1" --batch "$tmp/bad_gold"
printf '# nothing\n' > "$tmp/empty"
expect_error "empty batch" "names no gold file" --batch "$tmp/empty"
expect_error "--gold with --batch" "not --gold or inputs" --batch "$tmp/list" --gold "$pages_gold"
expect_error "no --gold" "needs --gold FILE" "$brochure"
echo "eval --batch: ok"
