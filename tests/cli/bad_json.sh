#!/usr/bin/env bash
# Hostile JSON in every JSON input kg reads (issue 9): nested 100,000 deep (a corpus line,
# a JSON document given as a corpus, a saved graph, a rules file of each kind, a gold file, a
# corrections file, a groups file, a shard file) and values of the wrong type in a saved
# graph. Each is an error naming the file (and line), exit 2, never a crash, and the earlier
# output is left as it was.
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=lib/expect.bash
source "$(dirname "$0")/lib/expect.bash"

printf '1 June 2020: A meeting\nJane Doerr met Paul Quint in Vienna.\n' > "$tmp/corpus.txt"
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
depth = 100000
arrays = "[" * depth + "]" * depth
objects = '{"a":' * depth + "1" + "}" * depth
good = '{"date": "2020-06-01", "title": "A", "text": "Jane Doerr met Paul Quint."}'
files = {
    "deep.jsonl": good + "\n" + '{"x": ' + arrays + "}\n",
    "deep-document.json": '{"items": ' + arrays + "}",
    "graph.json": '{"directed": true, "graph": ' + objects + "}",
    "gold.json": objects,
    "groups.json": objects,
    "deep.corrections": "[" + arrays + "]",
    "rules-file.json": arrays,
}
for name, text in files.items():
    open(f"{d}/{name}", "w").write(text)
PY
deeper='nested deeper than 100 levels'
run 2 "deep.jsonl:2:[0-9]+: invalid JSON: $deeper" "$kg" build -o "$tmp/earlier.json" "$tmp/deep.jsonl"
unchanged deep JSON Lines
run 2 "deep-document.json:1:[0-9]+: invalid JSON: $deeper" "$kg" items "$tmp/deep-document.json"
run 2 "graph.json:1:[0-9]+: invalid graph JSON: $deeper" "$kg" stats "$tmp/graph.json"
run 2 "graph.json:1:[0-9]+: invalid graph JSON: $deeper" \
  "$kg" export -o "$tmp/earlier.json" "$tmp/graph.json"
unchanged deep graph
run 2 "gold.json:1:[0-9]+: invalid gold JSON: $deeper" \
  "$kg" eval --gold "$tmp/gold.json" "$tmp/corpus.txt"
run 2 "groups.json:1:[0-9]+: invalid group JSON: $deeper" \
  "$kg" engagements --bodies "$tmp/groups.json" "$tmp/corpus.txt"
run 2 "deep.corrections:1:[0-9]+: invalid JSON: $deeper" \
  "$kg" build --corrections "$tmp/deep.corrections" -o "$tmp/earlier.json" "$tmp/corpus.txt"
unchanged deep corrections
# Every kind of rules file: a gazetteer, a vocabulary, the core variants, a patterns file.
for file in gazetteers/cities.json vocabularies/AMOUNT.json core/variants.json patterns/noise.json; do
  rm -rf "$tmp/rules" && cp -r rules "$tmp/rules"
  cp "$tmp/rules-file.json" "$tmp/rules/$file"
  run 2 "rules/$file:1:[0-9]+: invalid JSON: $deeper" \
    "$kg" build --rules "$tmp/rules" -o "$tmp/earlier.json" "$tmp/corpus.txt"
  unchanged "deep $file"
  "$kg" rules check "$tmp/rules" > "$tmp/out" 2>&1 && fail "rules check passes a deep $file"
  grep -q "rules/$file:1:[0-9]*: invalid JSON: $deeper" "$tmp/out" ||
    fail "rules check: deep $file not named: $(cat "$tmp/out")"
done
# A shard file with one line nested too deep, one of the wrong type, one cut short.
"$kg" build --shard 0/2 -o "$tmp/shard0.jsonl" "$tmp/corpus.txt" > /dev/null 2>&1
"$kg" build --shard 1/2 -o "$tmp/shard1.jsonl" "$tmp/corpus.txt" > /dev/null 2>&1
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
lines = open(f"{d}/shard0.jsonl").read().split("\n")  # header, a lesson, the item
deep = list(lines)
deep[2] = '{"n": ' + "[" * 100000 + "]" * 100000 + "}"
open(f"{d}/shard-deep.jsonl", "w").write("\n".join(deep))
typed = [lines[0].replace('"shards":2', '"shards":"2"')] + lines[1:]
open(f"{d}/shard-typed.jsonl", "w").write("\n".join(typed))
open(f"{d}/shard-cut.jsonl", "w").write("\n".join(lines[:2] + [lines[2][:40]]))
PY
run 2 "shard-deep.jsonl:3:[0-9]+: invalid shard file: $deeper" \
  "$kg" merge -o "$tmp/earlier.json" "$tmp/shard-deep.jsonl" "$tmp/shard1.jsonl"
run 2 "shard-typed.jsonl:1: .*shard" \
  "$kg" merge -o "$tmp/earlier.json" "$tmp/shard-typed.jsonl" "$tmp/shard1.jsonl"
run 2 "shard-cut.jsonl:3:[0-9]+: invalid shard file" \
  "$kg" merge -o "$tmp/earlier.json" "$tmp/shard-cut.jsonl" "$tmp/shard1.jsonl"
unchanged merge

# A saved graph with values of the wrong type: each named, never a crash.
python3 - "$tmp" tests/data/query/small.json <<'PY'
import json, sys
d, source = sys.argv[1], sys.argv[2]
base = json.load(open(source))
def mutate(name, change):
    graph = json.loads(json.dumps(base))
    change(graph)
    open(f"{d}/typed-{name}.json", "w").write(json.dumps(graph))
mutate("items-number", lambda g: g["graph"].__setitem__("items", [1]))
mutate("items-text", lambda g: g["graph"].__setitem__("items", "1"))
mutate("nodes-object", lambda g: g.__setitem__("nodes", {}))
mutate("node-id-number", lambda g: g["nodes"][0].__setitem__("id", 7))
mutate("node-kind", lambda g: g["nodes"][0].__setitem__("kind", "planet"))
mutate("link-target", lambda g: g["links"][0].__setitem__("target", "person:nobody"))
mutate("evidence-begin", lambda g: g["links"][0]["evidence"][0].__setitem__("begin", "x"))
mutate("node-twice", lambda g: g["nodes"].append(g["nodes"][0]))
mutate("directed-text", lambda g: g.__setitem__("directed", "yes"))
mutate("multigraph-number", lambda g: g.__setitem__("multigraph", 1))
mutate("graph-list", lambda g: g.__setitem__("graph", []))
mutate("links-text", lambda g: g.__setitem__("links", "none"))
mutate("corpus-number", lambda g: g["graph"].__setitem__("corpus", 3))
mutate("item-date-number", lambda g: g["graph"]["items"][0].__setitem__("date", 20180619))
PY
for mutated in "$tmp"/typed-*.json; do
  run 2 "$(basename "$mutated"):" "$kg" stats "$mutated"
  run 2 "$(basename "$mutated"):" "$kg" export --format cypher -o "$tmp/earlier.json" "$mutated"
  unchanged "$mutated"
done
grep -q 'is a number, not an object' <("$kg" stats "$tmp/typed-items-number.json" 2>&1) ||
  fail "items [1]: the wrong type not named"
for case in 'directed-text|graph JSON: "directed" is a string, not true or false' \
    'multigraph-number|graph JSON: "multigraph" is a number, not true or false' \
    'graph-list|graph JSON: "graph" is an array, not an object' \
    'links-text|graph JSON: "links" is a string, not an array' \
    'corpus-number|graph JSON: "graph" "corpus" is a number, not a string' \
    'item-date-number|graph JSON: item "date" is a number, not a string'; do
  run 2 "typed-${case%%|*}.json: ${case#*|}" "$kg" stats "$tmp/typed-${case%%|*}.json"
done

echo "bad json: ok"
