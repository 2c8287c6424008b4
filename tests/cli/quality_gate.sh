#!/usr/bin/env bash
# Extraction quality may only go up: `kg eval` on each corpus of tests/data/quality/floors.txt
# must reach every floor there. The shared corpora come from $KG_SHARED (default: ../shared
# beside the repository) and are SKIPPED when it is absent, except those the project carries
# itself (the brochure and the held-out sample in examples/), which are always checked. Targets not reached yet are listed, and do not fail the check.
# The F1 line README.md shows under `kg eval ... | tail -1` for a corpus must be the one kg gives.
# usage: quality_gate.sh KG_BINARY [--raise]   (from the repository root)
#   --raise  also rewrites floors.txt with every floor raised to the figure reached (the
#            ratchet; a floor is never lowered), and README.md's F1 line under each corpus's
#            `kg eval ... | tail -1` to the one kg gives
set -euo pipefail
kg=$1
raise=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${KG_SHARED:-$root/../shared}
floors=$root/tests/data/quality/floors.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# corpus_paths NAME: the corpus and gold files of NAME (the shared copy first, else the
# project's own: examples/NAME.gold.json, tests/data/heldout/NAME.gold.json), or nothing.
corpus_paths() {
  local name=$1
  if [ -f "$shared/corpus/$name.txt" ] && [ -f "$shared/gold/$name.gold.json" ]; then
    echo "$shared/corpus/$name.txt $shared/gold/$name.gold.json"
  elif [ -f "$root/examples/$name.txt" ] && [ -f "$root/examples/$name.gold.json" ]; then
    echo "$root/examples/$name.txt $root/examples/$name.gold.json"
  elif [ -f "$root/examples/$name.txt" ] && [ -f "$root/tests/data/heldout/$name.gold.json" ]; then
    echo "$root/examples/$name.txt $root/tests/data/heldout/$name.gold.json"
  elif [ -d "$root/examples/$name" ] && [ -f "$root/tests/data/heldout/$name.gold.json" ]; then
    echo "$root/examples/$name $root/tests/data/heldout/$name.gold.json"  # pages, each whole
  fi
}

# The README's `$ kg eval --gold .../NAME.gold.json .../NAME | tail -1` lines and the F1 line
# shown under each, by NAME: the gate checks them against its own run, so the README's figures
# stay today's (tests/cli/readme_commands.sh leaves these lines to the gate).
# readme_eval_corpus: an awk function, the NAME of such a line, else "" (read and --raise share it).
readme_eval_corpus='function eval_corpus(   corpus, gold) {
    if ($0 !~ /^\$ kg eval --gold [^ ]+ [^ ]+ \| tail -1$/) return ""
    corpus = $6; sub(/.*\//, "", corpus); sub(/\.txt$/, "", corpus)
    gold = $5; sub(/.*\//, "", gold)
    return gold == corpus ".gold.json" ? corpus : ""
  }'
declare -A readme_shown
while IFS=$'\t' read -r name shown; do readme_shown[$name]=$shown; done < <(
  awk "$readme_eval_corpus"'
       next_line { print name "\t" $0; next_line = 0; next }
       (name = eval_corpus()) != "" { next_line = 1 }' "$root/README.md")

# Every corpus's `kg eval` first, in as many `kg eval --batch` runs at once as the machine has
# cores, each loading the rules once (loading them is most of a small corpus's eval); the
# checks below read each corpus's output, cut from its batch's.
mapfile -t corpus_names < <(grep -v '^#' "$floors" | awk 'NF { print $1 }' | uniq)
batches=$(nproc 2>/dev/null || echo 2)
listed=0
for name in "${corpus_names[@]}"; do
  read -r corpus gold <<< "$(corpus_paths "$name")" || true
  [ -n "${corpus:-}" ] || continue
  batch=$((listed % batches))
  printf '%s\t%s\n' "$gold" "$corpus" >> "$tmp/batch$batch.list"
  echo "$name" >> "$tmp/batch$batch.names"
  listed=$((listed + 1))
done
pids=()
for list in "$tmp"/batch*.list; do
  [ -f "$list" ] || continue
  "$kg" eval --jobs 1 --batch "$list" > "${list%.list}.out" 2> "${list%.list}.err" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  if ! wait "$pid"; then
    cat "$tmp"/batch*.err >&2
    echo "quality_gate: kg eval failed on a corpus (above)" >&2
    exit 1
  fi
done
for list in "$tmp"/batch*.list; do
  [ -f "$list" ] || continue
  # The k-th "== INPUT (gold GOLD)" section is the k-th name's; blank lines only separate them.
  awk -v dir="$tmp" 'NR == FNR { names[++n] = $0; next }
       /^== / { out = dir "/" names[++k] ".out"; blank = 0; next }
       /^$/ { blank++; next }
       { for (; blank > 0; blank--) print "" > out; print > out }' \
    "${list%.list}.names" "${list%.list}.out"
done

# The floor lines of each corpus, read once.
declare -A floor_lines
while read -r corpus_name rest; do
  floor_lines[$corpus_name]+="$corpus_name $rest"$'\n'
done < <(grep -v '^#' "$floors" | awk 'NF')

failures=0
readme_stale=()  # with --raise: corpora whose README F1 line is rewritten to today's
unmet=()
raised=()  # "corpus table value" of every figure above its floor
checked=0
for name in "${corpus_names[@]}"; do
  read -r corpus gold <<< "$(corpus_paths "$name")" || true
  if [ -z "${corpus:-}" ]; then
    echo "SKIPPED $name: no corpus or gold under $shared (set KG_SHARED)"
    continue
  fi
  checked=$((checked + 1))
  if [ -n "${readme_shown[$name]+shown}" ] && [ "${readme_shown[$name]}" != "$(tail -1 "$tmp/$name.out")" ]; then
    if [ "$raise" = --raise ]; then
      readme_stale+=("$name")
    else
      echo "FAIL $name: README.md shows \"${readme_shown[$name]}\" under its kg eval line; kg eval gives \"$(tail -1 "$tmp/$name.out")\" (--raise rewrites it)"
      failures=$((failures + 1))
    fi
  fi
  while read -r corpus_name table floor target; do
    [ "$corpus_name" = "$name" ] || continue
    if [ "$table" = duplicates ]; then
      value=$(sed -n '1s/.*duplicate entity nodes: \([0-9]*\).*/\1/p' "$tmp/$name.out")
      below_floor=$(awk -v v="$value" -v f="$floor" 'BEGIN { print (v > f) }')
      below_target=$(awk -v v="$value" -v t="$target" 'BEGIN { print (v > t) }')
    else
      value=$(awk -v t="$table" '$1 == t { print $4 }' "$tmp/$name.out")
      below_floor=$(awk -v v="$value" -v f="$floor" 'BEGIN { print (v + 0.00005 < f) }')
      below_target=$(awk -v v="$value" -v t="$target" 'BEGIN { print (v + 0.00005 < t) }')
    fi
    if [ -z "$value" ]; then
      echo "FAIL $name $table: no such table in kg eval's output"
      failures=$((failures + 1))
    elif [ "$below_floor" = 1 ]; then
      echo "FAIL $name $table $value, floor $floor"
      failures=$((failures + 1))
    else
      echo "ok   $name $table $value (floor $floor, target $target)"
      [ "$value" != "$floor" ] && raised+=("$name $table $value")
      if [ "$below_target" = 1 ]; then
        if [ "$table" = duplicates ]; then unmet+=("$name $table $value > target $target")
        else unmet+=("$name $table $value < target $target"); fi
      fi
    fi
  done <<< "${floor_lines[$name]}"
done
if [ ${#unmet[@]} -gt 0 ]; then
  echo "targets not met yet (${#unmet[@]}):"
  printf '  %s\n' "${unmet[@]}"
fi
if [ "$raise" = --raise ] && [ "$failures" = 0 ]; then
  for entry in "${raised[@]}"; do
    read -r name table value <<< "$entry"
    awk -v n="$name" -v t="$table" -v v="$value" '
      $1 == n && $2 == t { line = $0; sub(/[0-9.]+([ ]+[0-9.]+)$/, "", line)
                           printf "%s%-5s  %s\n", line, v, $4; next }
      { print }' "$floors" > "$tmp/floors" && cp "$tmp/floors" "$floors"
  done
  echo "floors raised: ${#raised[@]}"
  for name in "${readme_stale[@]}"; do
    shown=$(tail -1 "$tmp/$name.out")
    awk -v n="$name" -v f="$shown" "$readme_eval_corpus"'
      rewrite { print f; rewrite = 0; next }
      eval_corpus() == n { rewrite = 1 }
      { print }' "$root/README.md" > "$tmp/README.md" && cp "$tmp/README.md" "$root/README.md"
  done
  echo "README kg eval lines rewritten: ${#readme_stale[@]}"
fi
if [ "$failures" -gt 0 ]; then
  echo "quality_gate: $failures figure(s) below their floor in tests/data/quality/floors.txt, or README lines not as kg gives them" >&2
  exit 1
fi
echo "quality gate: $checked corpora at or above their floors"
