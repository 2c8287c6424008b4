#!/usr/bin/env bash
# Issue 10's names through the whole program: people whose names hold capitals of Latin
# Extended-A at even and odd code points (Ś, Ż) get their ids, keep their names through a saved
# graph (JSON and .kgb), and are found by `kg show` and `kg explain` alike; `kg explain` answers
# every name as `kg show` does (same entity, same exit code), found, unknown or ambiguous.
# Invented people only. Usage: tests/cli/names_round_trip.sh KG   (run at the repository root)
set -uo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

cat > "$tmp/news.txt" <<'TEXT'
3 March 2031: Meeting on border checks

Ms Anna Śmigła of UNODC opened the meeting. Mr Jan Żukowski of Europol closed it.

9 April 2031: Follow-up in Vienna

Mr Żukowski and Ms Śmigła met again in Vienna.
TEXT
"$kg" build -q "$tmp/news.txt" -o "$tmp/graph.json" >/dev/null 2>&1 || fail "kg build -o graph.json"
"$kg" build -q "$tmp/news.txt" -o "$tmp/graph.kgb" >/dev/null 2>&1 || fail "kg build -o graph.kgb"

# The id a command prints first for NAME, and its exit code: "ID CODE".
first_id() {
  local out code
  out=$("$kg" "$@" 2>/dev/null)
  code=$?
  echo "$(grep -o -m1 '\(person\|organisation\|place\|programme\|event\):[a-z0-9-]*' <<<"$out" | head -1) $code"
}

for input in "$tmp/news.txt" "$tmp/graph.json" "$tmp/graph.kgb"; do
  for name in "Anna Śmigła" "anna smigla" "Śmigła" "person:anna-smigla"; do
    [ "$(first_id show "$name" "$input")" = "person:anna-smigla 0" ] || fail "kg show $name ($input): $(first_id show "$name" "$input")"
  done
  for name in "Jan Żukowski" "ZUKOWSKI" "Żukowski"; do
    [ "$(first_id show "$name" "$input")" = "person:jan-zukowski 0" ] || fail "kg show $name ($input): $(first_id show "$name" "$input")"
  done
  "$kg" show "Jan Żukowski" "$input" 2>/dev/null | grep 'Jan Żukowski' >/dev/null || fail "the name Jan Żukowski is not kept as written ($input)"
done
people=$("$kg" rank --node-kinds person --csv -n 0 "$tmp/graph.json" 2>/dev/null | tail -n +2 | cut -d, -f4,5 | sort)
[ "$people" = "$(printf 'Anna Śmigła,person:anna-smigla\nJan Żukowski,person:jan-zukowski')" ] ||
  fail "the people of the saved graph: $people"

# kg explain finds what kg show finds, and fails as it fails.
graph=tests/data/query/small.json
for name in "Anna Śmigła" "Żukowski" "UNODC" "Vienna" "Nobody At All" "person:anna-smigla" "event:1"; do
  [ "$(first_id explain "$name" "$tmp/graph.json")" = "$(first_id show "$name" "$tmp/graph.json")" ] ||
    fail "explain and show differ on $name: $(first_id explain "$name" "$tmp/graph.json") vs $(first_id show "$name" "$tmp/graph.json")"
done
for name in "José Álvarez" "alvarez" "Anna Albert" "albert" "GLO.ACT" "DG HOME" "Brussels" "hwpd" "Someone Else"; do
  [ "$(first_id explain "$name" "$graph")" = "$(first_id show "$name" "$graph")" ] ||
    fail "explain and show differ on $name: $(first_id explain "$name" "$graph") vs $(first_id show "$name" "$graph")"
done
[ "$(first_id explain "Nobody At All" "$graph")" = " 2" ] || fail "an unknown name should exit 2 in kg explain"

if [ "$failures" -gt 0 ]; then
  echo "$failures failures"
  exit 1
fi
echo "ok: names round-trip, explain finds what show finds"
