#!/usr/bin/env bash
# Acronyms as names in every query, on the bundled brochure: HDG (defined in the text as
# "the Horizontal Working Party on Drugs (HDG)") and LIBE (a gazetteer acronym the brochure
# never writes) find their bodies in show, explain, neighbours, path and engagements.
set -euo pipefail
kg=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
graph="$tmp/brochure.kgb"
"$kg" build --quiet -o "$graph" examples/eu-unodc-brochure.txt > /dev/null 2>&1

hdg=organisation:horizontal-working-party-on-drugs
libe=organisation:committee-on-civil-liberties-justice-and-home-affairs
"$kg" show HDG "$graph" | grep "^  id       $hdg$" >/dev/null || fail "kg show HDG"
"$kg" show hdg "$graph" | grep "^  id       $hdg$" >/dev/null || fail "kg show hdg (case)"
"$kg" show LIBE "$graph" | grep "^  id       $libe$" >/dev/null || fail "kg show LIBE"
"$kg" show HDG "$graph" | grep '^  aliases  HDG$' >/dev/null || fail "HDG is not the only alias"
! "$kg" show HDG "$graph" | grep '(HDG)' >/dev/null || fail "the acronym is still part of a name"
"$kg" explain HDG "$graph" | grep '\[acronym.after_mention\] "HDG"' >/dev/null ||
  fail "kg explain HDG: no mention of the definition with its rule"
"$kg" neighbours HDG "$graph" | grep 'of Horizontal Working Party on Drugs (organisation)' >/dev/null ||
  fail "kg neighbours HDG"
"$kg" path HDG LIBE "$graph" | grep -- '--  Committee on Civil Liberties, Justice and Home Affairs (organisation)$' >/dev/null ||
  fail "kg path HDG LIBE"
"$kg" engagements --csv "$graph" > "$tmp/matrix.csv"
head -1 "$tmp/matrix.csv" | grep 'Horizontal Working Party on Drugs' >/dev/null ||
  fail "the engagement matrix lost HDG's column"
"$kg" engagements --width 0 "$graph" > "$tmp/matrix.txt"
grep -Eq '^HDG +Horizontal Working Party on Drugs +[0-9]+$' "$tmp/matrix.txt" ||
  fail "the engagement legend does not name HDG's column by its acronym"
# No node of its own, in the graph or the exports.
! "$kg" show "organisation:hdg" "$graph" > /dev/null 2>&1 || fail "HDG became a node"
echo "acronym_names: ok"
