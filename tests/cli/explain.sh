#!/usr/bin/env bash
# `kg explain` shows an entity's mentions and edges with the sentence and the rule id, and
# `kg rules check` reports broken rule folders by file, line and rule id.
set -euo pipefail
kg="$1"
out="$("$kg" explain UNODC examples/eu-unodc-brochure.txt)"
grep -q '^organisation:unodc  UNODC (organisation)' <<<"$out" || { echo "no header: $out" | head -5; exit 1; }
grep -q '\[gazetteer\.[a-z_]*\.unodc\]' <<<"$out" || { echo "no gazetteer rule id"; exit 1; }
grep -q 'attended -> event:' <<<"$out" || { echo "no attended edge"; exit 1; }
grep -q '\[represents\.' <<<"$out" || { echo "no represents rule id"; exit 1; }
# The sentence line follows each evidence line.
evidence="$(grep -A1 '\[represents\.' <<<"$out")"
grep -q '^      .*UNODC' <<<"$evidence" || { echo "no sentence"; exit 1; }

# Names are found as by every query (kg show): a unique surname finds the person; an unknown
# or ambiguous name exits 2 with the nearest names or the candidates.
graph=tests/data/query/small.json
"$kg" explain Dakowah "$graph" | grep '^person:yatta-dakowah  Yatta Dakowah (person)$' >/dev/null ||
  { echo "explain Dakowah should find her"; exit 1; }
set +e
unknown="$("$kg" explain "No Such Entity Anywhere" "$graph" 2>&1)"
[ $? -eq 2 ] || { echo "unknown name should exit 2 as in kg show"; exit 1; }
grep -q 'nearest names' <<<"$unknown" || { echo "unknown name: $unknown"; exit 1; }
ambiguous="$("$kg" explain albert "$graph" 2>&1)"
[ $? -eq 2 ] && grep -q 'is ambiguous' <<<"$ambiguous" || { echo "albert: $ambiguous"; exit 1; }

"$kg" rules check rules >/dev/null || { echo "project rules should check clean"; exit 1; }
check="$("$kg" rules check tests/data/rules-bad/bad-regex)"
[ $? -eq 2 ] || { echo "bad rules should exit 2"; exit 1; }
set -e
grep -q 'persons.json:6:[0-9]*: \[person.broken\] invalid regex' <<<"$check" || { echo "bad: $check"; exit 1; }
# A broken group of bodies fails the check too, at its file and line.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r rules "$tmp/rules"
printf '{\n  "name": "eu",\n  "bodies": "European Commission"\n}\n' > "$tmp/rules/groups/eu.json"
set +e
groups="$("$kg" rules check "$tmp/rules")"
[ $? -eq 2 ] || { echo "a broken groups/eu.json should fail the check: $groups"; exit 1; }
set -e
grep -q 'groups/eu.json:3:[0-9]*: \[group.eu\] "bodies" must be a list' <<<"$groups" || { echo "bad group: $groups"; exit 1; }
json="$("$kg" rules check tests/data/rules-bad/bad-json || true)"
grep -q 'broken.json:5:[0-9]*: invalid JSON' <<<"$json" || { echo "bad: $json"; exit 1; }

# Node-level corrections (rename, kind, same, different) show in `explain` with FILE:LINE.
cat > "$tmp/fixes.corrections" <<'EOF2'
rename "Silke Albert" "Silke M. Albert"   # her full name, item 1
kind "GLO.ACT" organisation
same "DG HOME" "DG NEAR"
different "Ilias Chatzis" "Morgane Nicot"
EOF2
explain_fixed() { "$kg" explain "$1" --corrections "$tmp/fixes.corrections" examples/eu-unodc-brochure.txt 2>/dev/null; }
fixed="$(explain_fixed "Silke M. Albert")"
grep -q "^    correction $tmp/fixes.corrections:1: rename \"Silke Albert\" \"Silke M. Albert\"  # her full name, item 1$" <<<"$fixed" ||
  { echo "rename not explained: $fixed" | head -8; exit 1; }
grep -q "^    correction $tmp/fixes.corrections:2: kind " <<<"$(explain_fixed GLO.ACT)" ||
  { echo "kind not explained"; exit 1; }
grep -q "^    correction $tmp/fixes.corrections:3: same " <<<"$(explain_fixed "DG HOME")" ||
  { echo "same not explained"; exit 1; }
grep -q "fixes.corrections:4: different " <<<"$(explain_fixed Nicot)" ||
  { echo "different not explained"; exit 1; }
# Without the file, no corrections section.
! grep -q 'corrections (' <<<"$("$kg" explain "Silke Albert" examples/eu-unodc-brochure.txt 2>/dev/null)" ||
  { echo "a correction section without corrections"; exit 1; }
echo ok
