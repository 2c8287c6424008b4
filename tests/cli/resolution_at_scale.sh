#!/usr/bin/env bash
# Resolution keeps its precision at scale: on 3,000 items naming about 9,000 invented people
# whose names are made of a few syllables (so that many are one or two letters apart), every
# "near spelling" merge is a one-typo repair, every deliberate one-letter misspelling of the
# generator is repaired, and no person of the graph joins names two typos apart through a
# chain of one-typo steps ("Renli Maren" ~ "Renli Miren" ~ "Renmi Miren": this corpus had
# four such people before the check).
set -euo pipefail
kg="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/generate_corpus.py 3000 --names new --seed 7 --typos "$tmp/typos.tsv" >"$tmp/c.txt"
"$kg" build "$tmp/c.txt" -o "$tmp/g.json" >"$tmp/out.txt" 2>"$tmp/notes.txt"
python3 - "$tmp/typos.tsv" "$tmp/notes.txt" "$tmp/out.txt" "$tmp/g.json" <<'PY'
import json, re, sys

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

def one_name(a, b):  # the same, one typo apart, or with and without a middle name
    x, y = a.lower().split(), b.lower().split()
    return x == y or one_typo(a, b) or (len(x) != len(y) and x[0] == y[0] and x[-1] == y[-1])

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
chained = []
for node in json.load(open(sys.argv[4]))["nodes"]:
    if node["kind"] != "person":
        continue
    full = sorted({n for n in [node["name"], *node.get("aliases", [])] if len(n.split()) >= 2})
    if any(not one_name(a, b) for i, a in enumerate(full) for b in full[i + 1:]):
        chained.append(" / ".join(full))
print(f"{len(merged) // 2} near-spelling merges, {len(typos)} deliberate typos, {people} people")
if bad:
    sys.exit("merges that are more than one typo:\n" + "\n".join(bad))
if chained:
    sys.exit("people whose names are more than one typo apart:\n" + "\n".join(chained))
if missed:
    sys.exit(f"deliberate typos not repaired: {missed}")
if len(typos) < 30 or people < 8500:
    sys.exit("the generated corpus is not what this test needs")
PY
echo ok
