#!/usr/bin/env bash
# What kg does only for a person at a terminal: the progress line of long runs on standard
# error (items done/total, MB/s, time left; nothing with --quiet or when standard error is
# not a terminal) and colour (`--color auto|always|never`, NO_COLOR). `script` (util-linux)
# gives kg a pseudo-terminal; everything it wrote there comes back on script's output.
set -euo pipefail
kg=$(realpath "$1")
if ! command -v script > /dev/null; then
  echo "SKIPPED: no script(1) to give kg a terminal"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
on_terminal() {  # on_terminal OUT COMMAND: run COMMAND (a shell line) on a pseudo-terminal
  local out=$1
  shift
  script -qec "$*" /dev/null > "$out" < /dev/null || true  # the output is checked
}
esc=$'\x1b'

# Progress: a corpus large enough to run for more than the quarter second before the line.
# The first pass only finds names and may end before the line is due on a fast machine.
python3 bench/generate_corpus.py 3000 --names new > "$tmp/corpus.txt"
on_terminal "$tmp/build" "'$kg' build --jobs 1 '$tmp/corpus.txt'"
grep -aq 'kg: extracting: pass [12] of 2, [0-9,]*/3,000 items, [0-9.]* MB/s, [0-9]*:[0-9][0-9] left' \
  "$tmp/build" || fail "no progress line on a terminal: $(head -c 600 "$tmp/build" | cat -v)"
grep -aq 'pass 2 of 2' "$tmp/build" || fail "the progress line skips the second pass"
grep -aq "^nodes " "$tmp/build" || fail "the build's counts are missing"
# The line is wiped when the task ends: what follows starts on a clean line.
python3 - "$tmp/build" <<'PY' || fail "the progress line is not wiped at the end"
import sys
out = open(sys.argv[1], "rb").read()
last = out.rindex(b"kg: extracting: ")
assert b"\r\x1b[K" in out[last:].split(b"\n")[0], out[last:last + 200]
PY

on_terminal "$tmp/quiet" "'$kg' build --quiet --jobs 1 '$tmp/corpus.txt'"
! grep -aq 'extracting' "$tmp/quiet" || fail "--quiet still draws the progress line"
grep -aq "^nodes " "$tmp/quiet" || fail "--quiet lost the answer"

on_terminal "$tmp/redirected" "'$kg' build --jobs 1 '$tmp/corpus.txt' 2> '$tmp/stderr'"
! grep -aq 'extracting' "$tmp/stderr" "$tmp/redirected" || fail "progress when stderr is a file"
! grep -aq "$esc" "$tmp/stderr" || fail "escape codes in a redirected standard error"

"$kg" build --quiet --jobs 1 -o "$tmp/graph.json" "$tmp/corpus.txt" > /dev/null 2>&1
on_terminal "$tmp/rank" "'$kg' rank --by betweenness '$tmp/graph.json'"
grep -aq 'kg: betweenness: [0-9,]*/[0-9,]* nodes, [0-9]*:[0-9][0-9] left' "$tmp/rank" ||
  fail "no progress line for betweenness: $(head -c 400 "$tmp/rank" | cat -v)"
on_terminal "$tmp/export" "'$kg' export --format json -o '$tmp/export.json' --jobs 1 '$tmp/corpus.txt'"
grep -aq 'kg: extracting: ' "$tmp/export" || fail "no progress line for export"

# Every stage has its line: reading the corpus, the rules, extraction, resolution, assembly,
# writing the output, and loading a saved graph. KG_PROGRESS_AFTER_MS=0 shows even the short
# stages of the brochure (the default waits 250 ms), in the order they run.
stages_build="KG_PROGRESS_AFTER_MS=0 '$kg' build --jobs 1 -o '$tmp/stages.json' examples/eu-unodc-brochure.txt"
on_terminal "$tmp/stages" "$stages_build"
python3 - "$tmp/stages" <<'PY' || fail "build: the stages' progress lines are missing or out of order"
import re, sys
out = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
drawn = re.findall(r"kg: ([a-z ]+)(?::|\x1b)", re.sub(r"\x1b\[[0-9;]*m", "", out))
order = [s for i, s in enumerate(drawn) if i == 0 or drawn[i - 1] != s]
want = ["reading", "loading rules", "extracting", "resolving", "assembling", "writing"]
assert order == want, order
PY
on_terminal "$tmp/loading" "KG_PROGRESS_AFTER_MS=0 '$kg' stats '$tmp/stages.json'"
grep -aq 'kg: loading: ' "$tmp/loading" || fail "no progress line while loading a saved graph"
on_terminal "$tmp/folder" "KG_PROGRESS_AFTER_MS=0 '$kg' export --format neo4j-csv -o '$tmp/csv' '$tmp/stages.json'"
grep -aq 'kg: writing: ' "$tmp/folder" || fail "no progress line while writing a folder export"
"$kg" build --shard 0/2 -o "$tmp/s0.kgshard" examples/eu-unodc-brochure.txt > /dev/null 2>&1
"$kg" build --shard 1/2 -o "$tmp/s1.kgshard" examples/eu-unodc-brochure.txt > /dev/null 2>&1
on_terminal "$tmp/merge" "KG_PROGRESS_AFTER_MS=0 '$kg' merge -o '$tmp/merged.kgb' '$tmp/s0.kgshard' '$tmp/s1.kgshard'"
for stage in 'reading shards' resolving assembling writing; do
  grep -aq "kg: $stage" "$tmp/merge" || fail "kg merge: no progress line for $stage"
done
stage_lines='kg: (reading|loading|extracting|resolving|assembling|writing|betweenness)'
on_terminal "$tmp/stages_quiet" "$stages_build --quiet"
! grep -aqE "$stage_lines" "$tmp/stages_quiet" || fail "--quiet still draws a stage's line"
on_terminal "$tmp/stages_redirected" "$stages_build 2> '$tmp/stages_stderr'"
! grep -aqE "$stage_lines" "$tmp/stages_stderr" "$tmp/stages_redirected" ||
  fail "a stage's line when standard error is a file"
KG_PROGRESS_AFTER_MS=0 "$kg" stats "$tmp/stages.json" > /dev/null 2> "$tmp/pipe_stderr"
! grep -aqE "$stage_lines" "$tmp/pipe_stderr" || fail "a stage's line when not on a terminal"

# Colour: a saved graph, so that no progress line is drawn either (nor the line of loading
# it, should a busy machine take more than the default 250 ms).
export KG_PROGRESS_AFTER_MS=600000
brochure="$tmp/brochure.json"
"$kg" build -o "$brochure" examples/eu-unodc-brochure.txt > /dev/null 2>&1
on_terminal "$tmp/show" "'$kg' show 'Silke Albert' '$brochure'"
grep -aq "${esc}\[1mkind" "$tmp/show" || grep -aq "${esc}\[1mdate" "$tmp/show" ||
  fail "no bold table headers on a terminal: $(cat -v "$tmp/show" | head -5)"
on_terminal "$tmp/path" "'$kg' path 'Silke Albert' UNODC '$brochure'"
grep -aq "${esc}\[1;34mSilke Albert${esc}\[0m (person)" "$tmp/path" || fail "path: no colour by kind"
on_terminal "$tmp/item" "'$kg' item 1 --quiet examples/eu-unodc-brochure.txt"
grep -aq "${esc}\[1;34mSilke Albert" "$tmp/item" || fail "item: mentions not coloured"
on_terminal "$tmp/error" "'$kg' show 'Nobody At All' '$brochure'"
grep -aq "${esc}\[1;31mkg:${esc}\[0m no entity" "$tmp/error" || fail "error not red: $(cat -v "$tmp/error")"

for plain in "NO_COLOR=1 '$kg' show 'Silke Albert' '$brochure'" \
  "'$kg' show --color never 'Silke Albert' '$brochure'" \
  "NO_COLOR=1 '$kg' show 'Nobody At All' '$brochure'" \
  "NO_COLOR=1 '$kg' item 1 --quiet examples/eu-unodc-brochure.txt"; do
  on_terminal "$tmp/plain" "$plain"
  ! grep -aq "$esc" "$tmp/plain" || fail "escape codes from: $plain"
done
grep -aq '\[\[Silke Albert|person\]\]' "$tmp/plain" || fail "item without colour marks no mention"
# Not a terminal: plain, unless asked.
! "$kg" show 'Silke Albert' "$brochure" | grep -aq "$esc" || fail "colour into a pipe"
"$kg" show --color always 'Silke Albert' "$brochure" | grep -aq "$esc" || fail "--color always"
NO_COLOR=1 "$kg" show --colour=always 'Silke Albert' "$brochure" | grep -aq "$esc" ||
  fail "--colour always should win over NO_COLOR"

# The engagement table fits the terminal: named columns in blocks no wider than it.
on_terminal "$tmp/matrix" "stty cols 70; '$kg' engagements '$brochure'"
python3 - "$tmp/matrix" <<'PY' || fail "engagement table wider than the terminal"
import sys
lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().replace("\x1b[1m", "").replace("\x1b[0m", "").splitlines()
matrix = lines[1:lines.index(next(l for l in lines if l.startswith("column ") and " body " in l))]
headers = [l for l in matrix if l.startswith("person ")]
assert len(headers) >= 2, headers
assert all(len(l) <= 70 for l in matrix), max(matrix, key=len)
assert "EEAS" in " ".join(headers), headers
PY
[ "$(COLUMNS=60 "$kg" engagements "$brochure" | grep -c '^person ')" -ge 3 ] || fail "COLUMNS=60 ignored"
[ "$("$kg" engagements "$brochure" --width 0 | grep -c '^person ')" = 1 ] || fail "--width 0 cut the table"
echo "terminal: ok"
