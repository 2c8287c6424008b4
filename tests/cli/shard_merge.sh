#!/usr/bin/env bash
# `kg build --shard I/N` on every shard, then `kg merge`, gives the graph of one `kg build`
# byte for byte, with the same notes and counts: on the brochure, the examples/ corpora and a
# generated corpus where every item brings new people, for N = 1, 2, 3 and 5 (more shards
# than items of a corpus leave some empty). Then the refusals: shards of other rules, of
# another corpus or kg version, of another N, overlapping or missing, damaged, newer or
# foreign files, each with exit 2 and the file named.
set -euo pipefail
kg="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/generate_corpus.py 120 --names new --seed 7 >"$tmp/new.txt"
# Ten items of the brochure: with N = 5 each shard holds two.
awk '/^[0-9]+(-[0-9]+)? [A-Z][a-z]+ 20[0-9][0-9]:/{n++} n<=10' examples/eu-unodc-brochure.txt >"$tmp/ten.txt"
corpora=(examples/eu-unodc-brochure.txt examples/heldout-events.txt examples/heldout-sample.txt
  "$tmp/new.txt" "$tmp/ten.txt")
for corpus in "${corpora[@]}"; do
  "$kg" build "$corpus" -o "$tmp/whole.json" 2>&1 | grep -v 'graph written' >"$tmp/whole.txt"
  grep -q '^edges [1-9]' "$tmp/whole.txt" || { echo "no edges built from $corpus"; exit 1; }
  for n in 1 2 3 5; do
    rm -f "$tmp"/s*.kgshard
    for ((i = 0; i < n; i++)); do
      "$kg" build --shard "$i/$n" "$corpus" -o "$tmp/s$i.kgshard" >"$tmp/shard.txt" 2>/dev/null
      grep -q "^shard $i/$n of " "$tmp/shard.txt" || { echo "no shard summary"; cat "$tmp/shard.txt"; exit 1; }
    done
    # the shards in reverse order: the merge puts items back in corpus order
    # shellcheck disable=SC2046
    "$kg" merge $(ls -r "$tmp"/s*.kgshard) -o "$tmp/merged.json" 2>&1 |
      grep -v 'graph written' >"$tmp/merged.txt"
    cmp "$tmp/whole.json" "$tmp/merged.json" || { echo "$corpus, $n shards: another graph"; exit 1; }
    diff "$tmp/whole.txt" "$tmp/merged.txt" || { echo "$corpus, $n shards: other output"; exit 1; }
  done
done
# A merge also writes .kgb and applies corrections as kg build does.
fixes=(--corrections examples/eu-unodc-brochure.corrections)
brochure=examples/eu-unodc-brochure.txt
"$kg" build "${fixes[@]}" "$brochure" -o "$tmp/whole.kgb" >/dev/null 2>&1
for i in 0 1 2; do "$kg" build --shard "$i/3" "$brochure" -o "$tmp/b$i.kgshard" >/dev/null 2>&1; done
"$kg" merge "${fixes[@]}" "$tmp"/b[012].kgshard -o "$tmp/merged.kgb" >/dev/null 2>&1
cmp "$tmp/whole.kgb" "$tmp/merged.kgb" || { echo "corrected .kgb differs"; exit 1; }

expect_refused() {  # expected words, file the message must name, then the command
  local words="$1" file="$2"
  shift 2
  set +e
  "$@" >/dev/null 2>"$tmp/err"
  local code=$?
  set -e
  [ "$code" = 2 ] || { echo "$*: exit $code, not 2"; cat "$tmp/err"; exit 1; }
  grep -q -- "$words" "$tmp/err" || { echo "$*: message lacks '$words':"; cat "$tmp/err"; exit 1; }
  grep -qF -- "$file" "$tmp/err" || { echo "$*: message does not name $file:"; cat "$tmp/err"; exit 1; }
}
s=("$tmp"/b0.kgshard "$tmp"/b1.kgshard "$tmp"/b2.kgshard)
expect_refused "shard 2/3 is missing" "${s[0]}" "$kg" merge "${s[0]}" "${s[1]}"
expect_refused "given twice" "${s[1]}" "$kg" merge "${s[0]}" "${s[1]}" "${s[1]}" "${s[2]}"
"$kg" build --shard 1/2 "$brochure" -o "$tmp/other-n.kgshard" >/dev/null 2>&1
expect_refused "a shard of 2 shards, but .* is one of 3" "$tmp/other-n.kgshard" "$kg" merge "${s[@]}" "$tmp/other-n.kgshard"
"$kg" build --shard 2/3 examples/heldout-events.txt -o "$tmp/other-corpus.kgshard" >/dev/null 2>&1
expect_refused "another corpus" "$tmp/other-corpus.kgshard" "$kg" merge "${s[0]}" "${s[1]}" "$tmp/other-corpus.kgshard"
cp -r rules "$tmp/rules"
# One more blank line: other bytes, the same extraction; still not the rules of the shards.
echo >>"$(find "$tmp/rules/patterns" -name '*.json' | sort | head -1)"
"$kg" build --rules "$tmp/rules" --shard 2/3 "$brochure" -o "$tmp/other-rules.kgshard" >/dev/null 2>&1
expect_refused "built with other rules" "$tmp/other-rules.kgshard" "$kg" merge "${s[0]}" "${s[1]}" "$tmp/other-rules.kgshard"
expect_refused "other rules than those of $tmp/rules" "${s[0]}" "$kg" merge --rules "$tmp/rules" "${s[@]}"
sed '1s/"kg":"[^"]*"/"kg":"0.0.1"/' "${s[2]}" >"$tmp/old-kg.kgshard"
expect_refused "another version" "$tmp/old-kg.kgshard" "$kg" merge "${s[0]}" "${s[1]}" "$tmp/old-kg.kgshard"
sed '1s/"kg_shard":1/"kg_shard":9/' "${s[2]}" >"$tmp/newer.kgshard"
expect_refused "format version 9" "$tmp/newer.kgshard" "$kg" merge "${s[0]}" "${s[1]}" "$tmp/newer.kgshard"
head -n 40 "${s[2]}" >"$tmp/cut.kgshard"
expect_refused "damaged shard file" "$tmp/cut.kgshard" "$kg" merge "${s[0]}" "${s[1]}" "$tmp/cut.kgshard"
sed '$s/"mentions":\[\[/"mentions":[["nobody",/' "${s[2]}" >"$tmp/bad-kind.kgshard"
expect_refused "damaged shard file" "$tmp/bad-kind.kgshard" "$kg" merge "${s[0]}" "${s[1]}" "$tmp/bad-kind.kgshard"
expect_refused "not a kg shard file" "$brochure" "$kg" merge "${s[0]}" "${s[1]}" "$brochure"
expect_refused "not a kg shard file" "$tmp/whole.json" "$kg" merge "$tmp/whole.json"
# Never over an input; --shard needs -o, refuses corrections and bad specs.
cp "${s[2]}" "$tmp/keep.kgshard"
expect_refused "" "${s[2]}" "$kg" merge "${s[@]}" -o "${s[2]}"
cmp "${s[2]}" "$tmp/keep.kgshard" || { echo "a merge wrote over its input"; exit 1; }
expect_refused "give -o FILE" "kg merge" "$kg" build --shard 0/2 "$brochure"
expect_refused "give --corrections to kg merge" "kg merge" "$kg" build --shard 0/2 "${fixes[@]}" "$brochure" -o "$tmp/x"
for bad in 2/2 1 a/3 0/0 -1/2; do
  expect_refused "--shard" "$bad" "$kg" build --shard "$bad" "$brochure" -o "$tmp/x"
done
echo ok
