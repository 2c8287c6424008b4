#!/usr/bin/env bash
# `kg export` as a user meets it: the json command line the scorer runs, standard output,
# filters, the engagement network's options, errors with exit code 2, no half-written file.
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
graph=tests/data/hostile/graph.json
expect_error() {  # expect_error PATTERN COMMAND...: exit code 2 and PATTERN on stderr
  local pattern=$1 status=0
  shift
  "$@" > "$tmp/out" 2> "$tmp/err" || status=$?
  if [ "$status" != 2 ] || ! grep -q -- "$pattern" "$tmp/err"; then
    echo "expected exit 2 and \"$pattern\" from: $*; got $status: $(cat "$tmp/err")" >&2
    exit 1
  fi
}

# The scorer's command line writes the save format, as `kg build -o` does.
"$kg" export --format json -o "$tmp/export.json" "$graph"
"$kg" build -o "$tmp/build.json" "$graph" > /dev/null
cmp "$tmp/export.json" "$tmp/build.json"
# Without -o, one-file formats go to standard output, json by default.
"$kg" export "$graph" | cmp - "$tmp/export.json"
"$kg" export --format graphml "$graph" > "$tmp/stdout.graphml"
head -1 "$tmp/stdout.graphml" | grep '^<?xml version="1.0" encoding="UTF-8"?>$' >/dev/null
"$kg" export -f dot "$graph" > "$tmp/stdout.dot"
head -1 "$tmp/stdout.dot" | grep '^digraph ' >/dev/null

# Filters give a focused subgraph.
"$kg" export --format json --node-kinds person,event --edge-kinds attended -o "$tmp/f.json" "$graph"
/usr/bin/python3 - "$tmp/f.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
assert {n["kind"] for n in g["nodes"]} == {"person", "event"}, g["nodes"]
assert {l["kind"] for l in g["links"]} == {"attended"}
PY
"$kg" export --format gexf --from 2030-01-01 "$graph" > "$tmp/late.gexf"
grep -q '<gexf' "$tmp/late.gexf"
"$kg" export --format json --from 2030-01-01 "$graph" > "$tmp/late.json"
! grep -q '"kind": "event"' "$tmp/late.json"

# Errors: exit 2, one line, and no file left behind.
expect_error 'unknown export format "xml"' "$kg" export --format xml "$graph"
expect_error 'give one with -o FOLDER' "$kg" export --format neo4j-csv "$graph"
expect_error '--from' "$kg" export --from 2020-13-45 "$graph"
expect_error 'unknown' "$kg" export --node-kinds persons,unicorns "$graph"
# The same filter options as every query: a window that ends before it starts is an error.
expect_error 'is before --from' "$kg" export --from 2018-01-01 --to 2017-01-01 "$graph"
expect_error 'is before --from' "$kg" stats --from 2018-01-01 --to 2017-01-01 "$graph"
expect_error 'engagements' "$kg" export --org UNODC "$graph"
expect_error 'no kinds' "$kg" export --engagements --node-kinds person "$graph"
expect_error 'does not exist' "$kg" export --format graphml -o "$tmp/no/such/file.graphml" "$graph"
mkdir "$tmp/thesis" && echo precious > "$tmp/thesis/chapter.tex"
expect_error 'which no earlier export wrote' "$kg" export --format neo4j-csv -o "$tmp/thesis" "$graph"
test "$(cat "$tmp/thesis/chapter.tex")" = precious
test -z "$(find "$tmp" -name '*.kg-tmp-*')"

# neo4j-csv prints the import command on standard output; the folder can be rewritten.
"$kg" export --format neo4j-csv -o "$tmp/csv" "$graph" > "$tmp/command" 2> /dev/null
"$kg" export --format neo4j-csv -o "$tmp/csv" "$graph" > /dev/null 2>&1
grep -q "^neo4j-admin database import full .*--nodes=$tmp/csv/nodes-person.csv" "$tmp/command"
test -x "$tmp/csv/import.sh"
# neo4j-admin 5.19+ takes the database last, after every option and after the file lists
# (which would take a word after them for one more file); a stand-in prints what it gets.
grep -q -- '--multiline-fields=true neo4j$' "$tmp/command"
mkdir "$tmp/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" > "%s"\n' "$tmp/admin-args" > "$tmp/bin/neo4j-admin"
chmod +x "$tmp/bin/neo4j-admin"
PATH="$tmp/bin:$PATH" sh "$tmp/csv/import.sh" --overwrite-destination graphdb --verbose
test "$(tail -1 "$tmp/admin-args")" = graphdb
test "$(sed -n 1,3p "$tmp/admin-args" | tr '\n' ' ')" = "database import full "
tail -4 "$tmp/admin-args" | head -3 | tr '\n' ' ' | grep -- '--multiline-fields=true --overwrite-destination --verbose' >/dev/null
grep -q -- '--relationships=relationships-attended.csv' "$tmp/admin-args"
PATH="$tmp/bin:$PATH" sh "$tmp/csv/import.sh"
test "$(tail -1 "$tmp/admin-args")" = neo4j
"$kg" export --help > "$tmp/help"
grep -q 'Examples:' "$tmp/help"
echo "export cli: ok"
