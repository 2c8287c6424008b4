#!/usr/bin/env bash
# The checking tools: a cell with its evidence (--evidence, --cell, --csv, --json), the
# stricter meeting levels (--within), `kg item N` and `kg review`. Checks compare outputs
# with one another, never with extraction results the rules may change.
set -euo pipefail
kg="$1"
fix=examples/eu-unodc-brochure.corrections
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$kg" build -o "$tmp/g.json" >/dev/null 2>&1
for level in item paragraph sentence; do
  "$kg" engagements --json --within "$level" "$tmp/g.json" >"$tmp/$level.json"
done
"$kg" engagements --json --evidence "$tmp/g.json" >"$tmp/evidence.json"
"$kg" engagements --csv --evidence "$tmp/g.json" >"$tmp/evidence.csv"

python3 - "$tmp" <<'PY'
import csv, json, sys
tmp = sys.argv[1]
def cells(level):
    m = json.load(open(f"{tmp}/{level}.json"))
    assert m["within"] == level
    return {(c["person"], c["body"]): {e["id"] for e in c["events"]} for c in m["cells"]}
item, paragraph, sentence = cells("item"), cells("paragraph"), cells("sentence")
for stricter, looser in ((paragraph, item), (sentence, paragraph)):
    for key, events in stricter.items():
        assert events <= looser.get(key, set()), f"{key}: {events} not within {looser.get(key)}"
total = lambda c: sum(len(v) for v in c.values())
assert total(sentence) < total(item), "sentence level counted as many meetings as items"

evidence = json.load(open(f"{tmp}/evidence.json"))
assert {(c["person"], c["body"]): {e["id"] for e in c["events"]} for c in evidence["cells"]} == item
for c in evidence["cells"]:
    for e in c["events"]:
        assert e["date"] and e["title"], e
        for side in ("person_evidence", "body_evidence"):
            keys = [(s["item"], s["begin"], s["end"]) for s in e[side]]
            assert len(keys) == len(set(keys)), f"{side} repeats a sentence: {e[side]}"
            for s in e[side]:
                assert s["rules"] and s["sentence"], s
        assert e["person_evidence"] and e["body_evidence"], f"{c['person']} x {c['body']}: no evidence"
rows = list(csv.reader(open(f"{tmp}/evidence.csv")))
assert rows[0][:3] == ["person", "body", "event"], rows[0]
per_sentence = sum(len(e[s]) for c in evidence["cells"] for e in c["events"]
                   for s in ("person_evidence", "body_evidence"))
assert len(rows) - 1 == per_sentence, (len(rows) - 1, per_sentence)
for row in rows[1:]:
    assert row[9][:1] not in "=+-@", f"CSV cell not neutralised: {row[9]}"
first = evidence["cells"][0]
open(f"{tmp}/first", "w").write(f"{first['person']}\n{first['body']}\n{first['count']}\n")
PY

# --cell shows the same cell as the matrix, by any name of its two ends.
{ read -r person; read -r body; read -r count; } <"$tmp/first"
"$kg" engagements --cell "$person" "$body" --json "$tmp/g.json" >"$tmp/cell.json"
python3 -c "import json,sys; c=json.load(open('$tmp/cell.json')); assert c['count']==$count and c['person']=='$person', c"
"$kg" engagements --cell "$person" "$body" "$tmp/g.json" >"$tmp/cell.txt"
grep -q " x .*: $count event" "$tmp/cell.txt" || { echo "no cell header"; cat "$tmp/cell.txt"; exit 1; }
grep -q '^    .*  \[attended\.' "$tmp/cell.txt" || { echo "no rule ids in cell"; exit 1; }
set +e
"$kg" engagements --within word "$tmp/g.json" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "--within word should exit 2"; exit 1; }
set -e

# kg item: marks every mention; colour only when asked (or on a terminal without NO_COLOR).
"$kg" item 1 --colour never >"$tmp/item.txt" 2>/dev/null
grep -q '\[\[[^]|]*|person\]\]' "$tmp/item.txt" || { echo "no marked person"; exit 1; }
grep -q '\[\[[^]|]*|organisation\]\]' "$tmp/item.txt" || { echo "no marked organisation"; exit 1; }
! grep -q $'\x1b\\[' "$tmp/item.txt" || { echo "colour without a terminal"; exit 1; }
"$kg" item 1 --colour always 2>/dev/null | grep $'\x1b\\[1;34m' >/dev/null || { echo "no colour"; exit 1; }
NO_COLOR=1 "$kg" item 1 2>/dev/null | grep '\[\[' >/dev/null || { echo "NO_COLOR ignored"; exit 1; }
# A mention is marked where it stands as a word: "EU" of "the EU's" is not the start of "EUR".
printf 'Page\n\n\n12 March 2019 - Money\n\nThe Commission adopted a EUR 4.5 million measure under the EU'"'"'s budget.\n' >"$tmp/eur.txt"
"$kg" item 1 "$tmp/eur.txt" --colour never >"$tmp/eur.out" 2>/dev/null
grep 'a EUR 4.5 million' "$tmp/eur.out" >/dev/null || { echo "a mention marked inside EUR"; exit 1; }
grep "the \[\[EU|organisation\]\]'s" "$tmp/eur.out" >/dev/null || { echo "EU's not marked"; exit 1; }
set +e
"$kg" item 9999 >/dev/null 2>&1
[ $? -eq 1 ] || { echo "an unknown item should exit 1"; exit 1; }
set -e

# kg review: every line pastes into a corrections file; most doubtful first; a fixed
# affiliation is no longer suggested.
"$kg" review --limit 0 >"$tmp/review" 2>/dev/null
grep -v '^#' "$tmp/review" >"$tmp/review.corrections"
[ -s "$tmp/review.corrections" ] || { echo "empty review"; exit 1; }
"$kg" build --corrections "$tmp/review.corrections" --lenient >/dev/null 2>&1 ||
  { echo "review lines do not parse as corrections"; exit 1; }
sed 's/.*  # \([0-9.]*\) .*/\1/' "$tmp/review.corrections" | sort -rn -c ||
  { echo "review not ordered by doubt"; exit 1; }
"$kg" review --limit 0 --corrections "$fix" --lenient >"$tmp/review-fixed" 2>/dev/null
grep -o '^represents "[^"]*" UNODC' "$fix" | sed 's/ UNODC$//' | while read -r line; do
  ! grep -q "^$line " "$tmp/review-fixed" || { echo "still suggested: $line"; exit 1; }
done
echo ok
