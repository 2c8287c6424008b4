#!/usr/bin/env bash
# CPU seconds of the inputs that once grew quadratically (issues 9, 11): long items, a large
# gazetteer, names of 30,000 letters. Prints one line per case; compare two builds by running
# it with each.
# usage: bench/hot_spots.sh [KG_BINARY] [ITEMS_IN_ONE] [GAZETTEER_ENTRIES]
#        (default build/kg 2000 89000; needs /usr/bin/time and python3)
# KG_BENCH_BIG=1 adds a line of 100 MB and a million tiny items (minutes, gigabytes).
set -euo pipefail
cd "$(dirname "$0")/.."
kg=$(realpath "${1:-build/kg}")
items=${2:-2000}
entries=${3:-89000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cpu() {  # cpu LABEL SIZE COMMAND...: user+system seconds and peak memory of one run
  local label=$1 size=$2
  shift 2
  /usr/bin/time -f '%U %S %M' -o "$tmp/t" "$@" > /dev/null 2>&1 || {
    echo "$label: failed: $*" >&2
    exit 1
  }
  read -r user sys kib < "$tmp/t"
  awk -v l="$label" -v s="$size" -v u="$user" -v y="$sys" -v k="$kib" \
    'BEGIN { printf "%-40s %-10s %-8.2f %-8d\n", l, s, u + y, k / 1024 }'
}
printf '%-40s %-10s %-8s %-8s\n' case size cpu-s peak-MiB

# One item: the generated corpus with every heading but the first turned into body text.
python3 bench/generate_corpus.py "$items" --names new > "$tmp/split.txt"
awk 'NR <= 4 { print; next } /^[^ ]/ && !done { print; done = 1; next }
     { print (length($0) ? "Earlier: " $0 : $0) }' "$tmp/split.txt" > "$tmp/one.txt"
cpu "the same text as $items items" "$(stat -c %s "$tmp/split.txt")B" "$kg" build "$tmp/split.txt"
cpu "the same text as one item" "$(stat -c %s "$tmp/one.txt")B" "$kg" build "$tmp/one.txt"
# Issue 11's single item of 2 MB (its paragraphs end in photo credits, as the genre's do).
python3 bench/generate_corpus.py 5100 --names new --one-item > "$tmp/one-2mb.txt"
cpu "one item of 2 MB (--one-item 5100)" "$(stat -c %s "$tmp/one-2mb.txt")B" \
  "$kg" build --jobs 1 "$tmp/one-2mb.txt"

# A gazetteer of many entries beside the project's rules: loading and checking them.
cp -r rules "$tmp/rules"
python3 - "$entries" > "$tmp/rules/gazetteers/bench_large.json" <<'PY'
import json, random, sys
random.seed(9)
syllables = ["an", "ren", "vel", "mi", "to", "ta", "gor", "lo", "na", "ver", "el", "ri"]
def word():
    return "".join(random.choice(syllables) for _ in range(3)).capitalize()
entries, seen = [], set()
while len(entries) < int(sys.argv[1]):
    name = f"{word()} {word()} Agency for {word()} {word()} and {word()} Affairs"
    if name in seen:
        continue
    seen.add(name)
    entries.append({"name": name, "aliases": [f"{name} Office", f"The {name}"],
                    "country": word(), "kind": "organisation"})
json.dump({"type": "gazetteer", "kind": "organisation", "entries": entries}, sys.stdout,
          indent=1)
PY
cpu "rules check: $entries gazetteer entries" \
  "$(stat -c %s "$tmp/rules/gazetteers/bench_large.json")B" "$kg" rules check "$tmp/rules"

# Names of 30,000 letters, one letter apart, in three items.
python3 - > "$tmp/long-names.txt" <<'PY'
long = "Ta" + "lo" * 15000
names = [long, long[:15000] + "x" + long[15001:], long + "n"]
for k, name in enumerate(names):
    print(f"{k + 1} June 2020: Meeting {k}\n\nMs Anna {name}, Programme Officer of UNODC, met "
          f"DG HOME in Brussels.\nMr {name} also spoke.\n")
PY
cpu "three 30,000-letter names" "$(stat -c %s "$tmp/long-names.txt")B" "$kg" build "$tmp/long-names.txt"

if [ "${KG_BENCH_BIG:-0}" = 1 ]; then
  python3 -c "
import sys
sys.stdout.write('1 June 2020: A long line\\n' + 'Jane Doerr met Paul Quint in Vienna. ' * 2702702 + '\\n')" \
    > "$tmp/line.txt"
  cpu "one line of 100 MB: items" "$(stat -c %s "$tmp/line.txt")B" "$kg" items "$tmp/line.txt"
  cpu "one line of 100 MB: build" "$(stat -c %s "$tmp/line.txt")B" "$kg" build "$tmp/line.txt"
  rm "$tmp/line.txt"
  python3 -c "
for k in range(1000000): print(f'{1 + k % 28} June {2000 + k // 336}: Item {k}\\nMs Anna Roe met Bob Poe.\\n')" \
    > "$tmp/tiny.txt"
  cpu "a million tiny items: items" "$(stat -c %s "$tmp/tiny.txt")B" "$kg" items "$tmp/tiny.txt"
  cpu "a million tiny items: build --jobs 1" "$(stat -c %s "$tmp/tiny.txt")B" \
    "$kg" build --jobs 1 "$tmp/tiny.txt"
fi
