#!/usr/bin/env bash
# `kg build -o graph.kgb` saves the binary format: reading it back gives the graph of the JSON
# save byte for byte (with corrections and paragraphs), queries answer the same from either,
# and a truncated, damaged, newer or foreign .kgb is refused with exit 2 and a message that
# says what is wrong.
set -euo pipefail
kg="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus=examples/eu-unodc-brochure.txt
fixes=(--corrections examples/eu-unodc-brochure.corrections)
"$kg" build "${fixes[@]}" "$corpus" -o "$tmp/g.json" >/dev/null 2>&1
"$kg" build "${fixes[@]}" "$corpus" -o "$tmp/g.kgb" >/dev/null 2>&1
head -c 8 "$tmp/g.kgb" | od -c | grep 'K   G   B' >/dev/null || { echo "no magic"; exit 1; }
[ "$(stat -c %s "$tmp/g.kgb")" -lt "$(stat -c %s "$tmp/g.json")" ] || { echo "kgb not smaller"; exit 1; }
"$kg" build "$tmp/g.kgb" -o "$tmp/again.json" >/dev/null
cmp "$tmp/g.json" "$tmp/again.json" || { echo "kgb -> json differs from the JSON save"; exit 1; }
grep -q '"corrections"' "$tmp/again.json" || { echo "corrections lost"; exit 1; }
grep -q '"paragraphs"' "$tmp/again.json" || { echo "paragraphs lost"; exit 1; }
for query in "stats" "rank --by degree" "show UNODC"; do
  # shellcheck disable=SC2086
  "$kg" $query "$tmp/g.json" >"$tmp/a.txt"
  # shellcheck disable=SC2086
  "$kg" $query "$tmp/g.kgb" >"$tmp/b.txt"
  diff "$tmp/a.txt" "$tmp/b.txt" || { echo "kg $query answers differently"; exit 1; }
done
expect_refused() {  # file, expected words in the message
  set +e
  "$kg" stats "$1" >/dev/null 2>"$tmp/err"
  local code=$?
  set -e
  [ "$code" = 2 ] || { echo "$1: exit $code, not 2"; cat "$tmp/err"; exit 1; }
  grep -q "$2" "$tmp/err" || { echo "$1: message lacks '$2':"; cat "$tmp/err"; exit 1; }
  grep -q "$1" "$tmp/err" || { echo "$1: message does not name the file"; exit 1; }
}
size=$(stat -c %s "$tmp/g.kgb")
head -c $((size / 2)) "$tmp/g.kgb" >"$tmp/half.kgb"
expect_refused "$tmp/half.kgb" truncated
head -c 12 "$tmp/g.kgb" >"$tmp/header.kgb"
expect_refused "$tmp/header.kgb" truncated
cp "$tmp/g.kgb" "$tmp/damaged.kgb"
printf '\xff' | dd of="$tmp/damaged.kgb" bs=1 seek=$((size - 10)) conv=notrunc status=none
expect_refused "$tmp/damaged.kgb" damaged
cp "$tmp/g.kgb" "$tmp/newer.kgb"
printf '\x09' | dd of="$tmp/newer.kgb" bs=1 seek=8 conv=notrunc status=none
expect_refused "$tmp/newer.kgb" "version 9"
echo "nodes and links, but not a graph" >"$tmp/foreign.kgb"
expect_refused "$tmp/foreign.kgb" "not a binary kg graph"
echo ok
