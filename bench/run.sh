#!/usr/bin/env bash
# CPU time, wall time and peak memory of `kg build` on generated corpora where every item
# brings new people (the graph grows with the corpus), with --jobs 1 and --jobs 2; the time of
# each stage of the build (KG_TIMINGS=1) and of each export format; then, per size, the saved
# graph as JSON and as .kgb (size, load CPU and memory) and `kg path` between
# random pairs of people (wall time of the whole command on the .kgb, load included: p50, p99).
# usage: bench/run.sh [KG_BINARY] [ITEMS...]   (default build/kg 1000 4000; needs /usr/bin/time)
#        PATHS=N bench/run.sh ...               N path queries per size (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-build/kg}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000)
paths=${PATHS:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # label, command...: prints "label cpu-s wall-s peak-MiB"
  local label=$1
  shift
  /usr/bin/time -f '%U %S %e %M' -o "$tmp/t" "$@" >/dev/null 2>&1
  read -r user sys wall kib <"$tmp/t"
  awk -v l="$label" -v u="$user" -v s="$sys" -v w="$wall" -v k="$kib" \
    'BEGIN { printf "%s %.2f %.2f %d\n", l, u + s, w, k / 1024 }'
}
echo "== build"
printf '%-8s %-7s %-5s %-9s %-9s %-8s %-9s\n' items MB jobs cpu-s wall-s MB/s-cpu peak-MiB
for n in "${sizes[@]}"; do
  python3 bench/generate_corpus.py "$n" --names new >"$tmp/c$n.txt"
  bytes=$(stat -c %s "$tmp/c$n.txt")
  for jobs in 1 2; do
    read -r _ cpu wall mib < <(measure build "$kg" build --jobs "$jobs" "$tmp/c$n.txt" -o "$tmp/g$n.json")
    awk -v n="$n" -v b="$bytes" -v j="$jobs" -v c="$cpu" -v w="$wall" -v m="$mib" \
      'BEGIN { printf "%-8s %-7.2f %-5s %-9.2f %-9.2f %-8.2f %-9d\n", n, b / 1e6, j, c, w, b / 1e6 / c, m }'
  done
  "$kg" build "$tmp/g$n.json" -o "$tmp/g$n.kgb" >/dev/null 2>&1
done
echo "== stages of kg build --jobs 1 (KG_TIMINGS=1, wall seconds; MB/s of the corpus)"
printf '%-8s %-9s %-9s %-9s\n' items stage seconds MB/s
for n in "${sizes[@]}"; do
  KG_TIMINGS=1 "$kg" build --jobs 1 "$tmp/c$n.txt" -o "$tmp/s$n.json" 2>&1 >/dev/null |
    awk -v n="$n" -v b="$(stat -c %s "$tmp/c$n.txt")" '$1 == "timing:" {
      printf "%-8s %-9s %-9.3f %-9.1f\n", n, $2, $3, b / 1e6 / ($3 > 0 ? $3 : 0.001) }'
done
echo "== export of the .kgb per format (whole command: load included)"
printf '%-8s %-10s %-9s %-9s\n' items format cpu-s wall-s
for n in "${sizes[@]}"; do
  for format in json graphml gexf cypher neo4j-csv dot html; do
    read -r _ cpu wall _ < <(measure export "$kg" export --format "$format" "$tmp/g$n.kgb" \
      -o "$tmp/export-$n-$format")
    printf '%-8s %-10s %-9.2f %-9.2f\n' "$n" "$format" "$cpu" "$wall"
  done
done
echo "== saved graph: load (kg show of one person: little beyond loading)"
printf '%-8s %-6s %-9s %-9s %-9s %-9s\n' items format MB cpu-s file-MB/s peak-MiB
for n in "${sizes[@]}"; do
  who=$(grep -m1 -o '"id": "person:[^"]*"' "$tmp/g$n.json" | cut -d'"' -f4)
  for format in json kgb; do
    file="$tmp/g$n.$format"
    read -r _ cpu _ mib < <(measure load "$kg" show "$who" "$file")
    awk -v n="$n" -v f="$format" -v b="$(stat -c %s "$file")" -v c="$cpu" -v m="$mib" \
      'BEGIN { printf "%-8s %-6s %-9.2f %-9.2f %-9.1f %-9d\n", n, f, b / 1e6, c, b / 1e6 / (c > 0 ? c : 0.01), m }'
  done
done
echo "== kg path between $paths random pairs of people (.kgb, whole command, seconds)"
printf '%-8s %-8s %-8s %-8s\n' items found p50 p99
for n in "${sizes[@]}"; do
  grep -o '"id": "person:[^"]*"' "$tmp/g$n.json" | cut -d'"' -f4 | shuf -n $((2 * paths)) \
    --random-source=<(yes) >"$tmp/people"
  found=0
  : >"$tmp/times"
  while read -r a && read -r b; do
    start=$(date +%s.%N)
    if "$kg" path "$a" "$b" "$tmp/g$n.kgb" >/dev/null 2>&1; then found=$((found + 1)); fi
    awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN { print a - b }' >>"$tmp/times"
  done <"$tmp/people"
  sort -n "$tmp/times" | awk -v n="$n" -v f="$found" '{ t[NR] = $1 } END {
    p50 = t[int((NR + 1) * 0.5)]; i99 = int(NR * 0.99 + 0.999); if (i99 > NR) i99 = NR
    printf "%-8s %-8s %-8.3f %-8.3f\n", n, f "/" NR, p50, t[i99] }'
done
