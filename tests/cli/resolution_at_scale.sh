#!/usr/bin/env bash
# Resolution keeps its precision at scale: on 1,000 items naming about 3,000 invented people
# whose names are made of a few syllables (so that many are one or two letters apart), every
# "near spelling" merge is a one-typo repair, and every deliberate one-letter misspelling of
# the generator is repaired.
set -euo pipefail
kg="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/generate_corpus.py 1000 --names new --seed 7 --typos "$tmp/typos.tsv" >"$tmp/c.txt"
"$kg" build "$tmp/c.txt" >"$tmp/out.txt" 2>"$tmp/notes.txt"
python3 - "$tmp/typos.tsv" "$tmp/notes.txt" "$tmp/out.txt" <<'PY'
import re, sys

def distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]

def one_typo(a, b):
    x, y = a.lower().split(), b.lower().split()
    changed = [(u, v) for u, v in zip(x, y) if u != v]
    return len(x) == len(y) and len(changed) == 1 and distance(*changed[0]) == 1

typos = [tuple(line.rstrip("\n").split("\t")) for line in open(sys.argv[1])]
merged = set()
bad = []
for line in open(sys.argv[2]):
    m = re.match(r'note: merged "(.*)" (?:and|into) "(.*)" \(near spelling\)', line)
    if not m:
        continue
    merged |= {(m[1], m[2]), (m[2], m[1])}
    if not one_typo(m[1], m[2]):
        bad.append(line.strip())
missed = [t for t in typos if t not in merged]
people = int(re.search(r"person (\d+)", open(sys.argv[3]).read())[1])
print(f"{len(merged) // 2} near-spelling merges, {len(typos)} deliberate typos, {people} people")
if bad:
    sys.exit("merges that are more than one typo:\n" + "\n".join(bad))
if missed:
    sys.exit(f"deliberate typos not repaired: {missed}")
if len(typos) < 10 or people < 2800:
    sys.exit("the generated corpus is not what this test needs")
PY
echo ok
