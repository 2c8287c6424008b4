#!/usr/bin/env bash
# Outputs kg must never destroy or lose (issue 9): devices, FIFOs and symlinks written in place,
# /dev/full and a file size limit reported with exit 2, an input never overwritten, a neo4j-csv
# folder replaced only when it holds an earlier export, temporary files never left behind.
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
graph=tests/data/hostile/graph.json
expect() {  # expect CODE PATTERN COMMAND...: that exit code and PATTERN on stderr
  local code=$1 pattern=$2 status=0
  shift 2
  "$@" > "$tmp/out" 2> "$tmp/err" || status=$?
  if [ "$status" != "$code" ] || ! grep -q -- "$pattern" "$tmp/err"; then
    echo "expected exit $code and \"$pattern\" from: $*; got $status: $(cat "$tmp/err")" >&2
    exit 1
  fi
}
expect_status() {  # expect_status CODE PATTERN: $status and $tmp/err of the command just run
  if [ "$status" != "$1" ] || ! grep -q -- "$2" "$tmp/err"; then
    echo "expected exit $1 and \"$2\"; got $status: $(cat "$tmp/err")" >&2
    exit 1
  fi
}
no_temp_files() {
  if [ -n "$(find "$tmp" -name '*.kg-tmp-*')" ]; then
    echo "temporary files left: $(find "$tmp" -name '*.kg-tmp-*')" >&2
    exit 1
  fi
}

# /dev/full as -o (every command that writes a file) and as standard output: exit 2, and the
# device stays a device.
expect 2 'No space left on device' "$kg" export --format json -o /dev/full "$graph"
expect 2 'No space left on device' "$kg" export --format cypher -o /dev/full "$graph"
expect 2 'No space left on device' "$kg" build -o /dev/full "$graph"
test -c /dev/full
brochure=exports/eu-unodc-brochure.json
for command in "export --format graphml $graph" "export $graph" "stats $graph" \
    "engagements --json $brochure" "engagements --csv $brochure" "rules check"; do
  status=0
  # shellcheck disable=SC2086
  "$kg" $command > /dev/full 2> "$tmp/err" || status=$?
  expect_status 2 'standard output: write failed'
done
for command in --help --version "export --help"; do
  status=0
  # shellcheck disable=SC2086
  "$kg" $command > /dev/full 2> "$tmp/err" || status=$?
  expect_status 2 'standard output: write failed'
done
printf '1 June 2020: A title\nSome text.\n' > "$tmp/one.txt"
status=0
"$kg" items "$tmp/one.txt" > /dev/full 2> "$tmp/err" || status=$?
expect_status 2 'standard output: write failed'

# A file size limit (a full disk as far as kg can tell): with SIGXFSZ ignored the write fails
# and is reported; the earlier file is left whole. Without it ignored, the signal kills kg,
# and its handler removes the temporary file first.
"$kg" export -o "$tmp/limited.json" "$brochure"
cp "$tmp/limited.json" "$tmp/limited.before"
status=0
(ulimit -f 8; trap '' XFSZ; "$kg" export -o "$tmp/limited.json" "$brochure") 2> "$tmp/err" || status=$?
expect_status 2 'File too large'
cmp "$tmp/limited.json" "$tmp/limited.before"
status=0
(ulimit -f 8; trap '' XFSZ; "$kg" export "$brochure" > "$tmp/stdout.json") 2> "$tmp/err" || status=$?
expect_status 2 'standard output: write failed: File too large'
status=0
(ulimit -f 8; exec "$kg" export -o "$tmp/limited.json" "$brochure") 2> "$tmp/err" || status=$?
[ "$status" = $((128 + $(kill -l XFSZ))) ] || { echo "not killed by SIGXFSZ: $status" >&2; exit 1; }
cmp "$tmp/limited.json" "$tmp/limited.before"
no_temp_files

# A real full disk: a file system of 64 KiB (tmpfs in a mount namespace of its own, which
# needs root and unshare): every output refused with exit 2, the earlier file whole, nothing
# left behind.
if [ "$(id -u)" = 0 ] && unshare -m true 2> /dev/null; then
  status=0
  unshare -m bash -c '
    set -e
    kg=$1 tmp=$2 brochure=$3
    mkdir "$tmp/small" && mount -t tmpfs -o size=64k tmpfs "$tmp/small"
    echo "{\"earlier\": 1}" > "$tmp/small/graph.json"
    for format in json cypher graphml; do
      if "$kg" export --format "$format" -o "$tmp/small/graph.json" "$brochure" 2> "$tmp/err"; then
        echo "$format: exit 0 on a full disk" >&2; exit 1; fi
      grep -q "graph.json: write failed: No space left on device" "$tmp/err"
      [ "$(cat "$tmp/small/graph.json")" = "{\"earlier\": 1}" ]
    done
    ! "$kg" export --format neo4j-csv -o "$tmp/small/neo4j" "$brochure" 2> "$tmp/err"
    grep -q "write failed: No space left on device" "$tmp/err"
    ! "$kg" export "$brochure" > "$tmp/small/stdout.json" 2> "$tmp/err"
    grep -q "standard output: write failed: No space left on device" "$tmp/err"
    rm "$tmp/small/stdout.json"
    [ "$(ls -A "$tmp/small")" = graph.json ]
  ' disk-full "$kg" "$tmp" "$brochure" 2> "$tmp/err" || status=$?
  [ "$status" = 0 ] || { echo "full disk: $(cat "$tmp/err")" >&2; exit 1; }
else
  echo "SKIPPED: a real full disk (needs root and unshare; /dev/full and ulimit -f stand for it)"
fi

# Links planted at every temporary name the next run will try (its pid, counters 0 to 4)
# are never followed: the target is untouched and kg writes under the next free name.
echo secret > "$tmp/victim"
bash -c 'for k in 0 1 2 3 4; do ln -s "$2/victim" "$2/.planted.json.kg-tmp-$$-$k"; done
  exec "$1" export -o "$2/planted.json" "$3"' planted "$kg" "$tmp" "$graph"
[ "$(cat "$tmp/victim")" = secret ] || { echo "a planted link was followed" >&2; exit 1; }
"$kg" export "$graph" | cmp - "$tmp/planted.json"
rm "$tmp"/.planted.json.kg-tmp-*

# An output that is one of the inputs: refused before anything is written, the input intact.
cp examples/eu-unodc-brochure.txt "$tmp/s.txt"
expect 2 'is an input of this run' "$kg" export --format json -o "$tmp/s.txt" "$tmp/s.txt"
expect 2 'is an input of this run' "$kg" build -o "$tmp/s.txt" "$tmp/s.txt"
ln "$tmp/s.txt" "$tmp/hard-link.txt"
expect 2 'is an input of this run' "$kg" export -o "$tmp/hard-link.txt" "$tmp/s.txt"
cmp "$tmp/s.txt" examples/eu-unodc-brochure.txt
# ... and before any work: no counts printed, not even the rules looked for (a missing rules
# folder would be the error otherwise). Every command with -o, every kind of input: a file of a
# corpus folder, a saved graph, a rules file, the corrections file, a shard.
early() {  # early COMMAND...: refused as its own input before anything else
  expect 2 'is an input of this run; not overwriting it' "$@"
  [ ! -s "$tmp/out" ] && [ "$(wc -l < "$tmp/err")" = 1 ] ||
    { echo "work done before refusing: $*: $(cat "$tmp/out" "$tmp/err")" >&2; exit 1; }
}
early "$kg" build --rules "$tmp/no-rules" -o "$tmp/s.txt" "$tmp/s.txt"
early "$kg" export --rules "$tmp/no-rules" --format cypher -o "$tmp/s.txt" "$tmp/s.txt"
early "$kg" build --shard 0/2 --rules "$tmp/no-rules" -o "$tmp/s.txt" "$tmp/s.txt"
mkdir -p "$tmp/corpus/sub" && cp "$tmp/s.txt" "$tmp/corpus/a.txt"
early "$kg" build --rules "$tmp/no-rules" -o "$tmp/corpus/a.txt" "$tmp/corpus"
"$kg" build -o "$tmp/g.json" "$tmp/s.txt" > /dev/null 2>&1
early "$kg" build --rules "$tmp/no-rules" -o "$tmp/g.json" "$tmp/g.json"
early "$kg" export --format graphml -o "$tmp/g.json" "$tmp/g.json"
cp -r rules "$tmp/rules"
early "$kg" build --rules "$tmp/rules" -o "$tmp/rules/vocabularies/titles.json" "$tmp/s.txt"
cp examples/eu-unodc-brochure.corrections "$tmp/fixes.txt"
early "$kg" export --corrections "$tmp/fixes.txt" -o "$tmp/fixes.txt" "$tmp/s.txt"
KG_CORRECTIONS="$tmp/fixes.txt" early "$kg" build -o "$tmp/fixes.txt" "$tmp/s.txt"
"$kg" build --shard 0/2 -o "$tmp/s0.kgshard" "$tmp/s.txt" > /dev/null 2>&1
"$kg" build --shard 1/2 -o "$tmp/s1.kgshard" "$tmp/s.txt" > /dev/null 2>&1
early "$kg" merge --rules "$tmp/no-rules" -o "$tmp/s1.kgshard" "$tmp/s0.kgshard" "$tmp/s1.kgshard"
cmp "$tmp/s.txt" examples/eu-unodc-brochure.txt && cmp "$tmp/corpus/a.txt" "$tmp/s.txt"
cmp rules/vocabularies/titles.json "$tmp/rules/vocabularies/titles.json"
grep -q '"nodes"' "$tmp/g.json" && cmp examples/eu-unodc-brochure.corrections "$tmp/fixes.txt"
# A file beside the corpus files that the run does not read may be replaced: a subfolder of a
# corpus folder is not read.
"$kg" build -o "$tmp/corpus/sub/g.json" "$tmp/corpus" > /dev/null 2>&1
"$kg" build -o "$tmp/corpus/sub/g.json" "$tmp/corpus" > /dev/null 2>&1

# A FIFO and a symlink named on purpose are written through, never replaced.
mkfifo "$tmp/fifo"
cat "$tmp/fifo" > "$tmp/from-fifo" &
reader=$!
"$kg" export -o "$tmp/fifo" "$graph"
wait "$reader"
test -p "$tmp/fifo"
"$kg" export "$graph" | cmp - "$tmp/from-fifo"
ln -s "$tmp/target.json" "$tmp/link.json"
"$kg" export -o "$tmp/link.json" "$graph"
test -L "$tmp/link.json"
cmp "$tmp/target.json" "$tmp/from-fifo"
expect 2 'is a folder' "$kg" export -o "$tmp" "$graph"

# Stale temporary files of a killed run (a pid no longer running) are removed by the next
# write into the same folder; other files that only look alike are kept.
touch "$tmp/.out.json.kg-tmp-999999999-0" "$tmp/.out.json.kg-tmp-x" "$tmp/.other.kg-tmp-999999999-0"
"$kg" export -o "$tmp/out.json" "$graph"
test ! -e "$tmp/.out.json.kg-tmp-999999999-0"
test -e "$tmp/.out.json.kg-tmp-x" && test -e "$tmp/.other.kg-tmp-999999999-0"
rm "$tmp/.out.json.kg-tmp-x" "$tmp/.other.kg-tmp-999999999-0"

# neo4j-csv: a missing or empty folder, or an earlier export; nothing else is deleted.
mkdir "$tmp/user" && echo precious > "$tmp/user/notes.txt" && touch "$tmp/user/import.sh"
expect 2 'which no earlier export wrote' "$kg" export --format neo4j-csv -o "$tmp/user" "$graph"
test "$(cat "$tmp/user/notes.txt")" = precious && test -e "$tmp/user/import.sh"
mkdir "$tmp/empty"
"$kg" export --format neo4j-csv -o "$tmp/empty" "$graph" > /dev/null 2>&1
test -x "$tmp/empty/import.sh" && test -s "$tmp/empty/.kg-neo4j-csv"
"$kg" export --format neo4j-csv -o "$tmp/empty" "$graph" > /dev/null 2>&1
echo mine > "$tmp/empty/added-by-user.txt"
expect 2 'added-by-user.txt' "$kg" export --format neo4j-csv -o "$tmp/empty" "$graph"
test -e "$tmp/empty/nodes-person.csv"
ln -s "$tmp/user" "$tmp/user-link"
expect 2 'not a folder' "$kg" export --format neo4j-csv -o "$tmp/user-link" "$graph"
no_temp_files
echo "bad output: ok"
