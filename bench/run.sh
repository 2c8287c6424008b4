#!/usr/bin/env bash
# CPU time, wall time and peak memory of `kg build` on generated corpora where every item
# brings new people (the graph grows with the corpus), with --jobs 1 and --jobs 2.
# usage: bench/run.sh [KG_BINARY] [ITEMS...]   (default build/kg 1000 4000; needs /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-build/kg}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-8s %-7s %-5s %-9s %-9s %-8s %-9s\n' items MB jobs cpu-s wall-s MB/s-cpu peak-MiB
for n in "${sizes[@]}"; do
  python3 bench/generate_corpus.py "$n" --names new >"$tmp/c.txt"
  bytes=$(stat -c %s "$tmp/c.txt")
  for jobs in 1 2; do
    /usr/bin/time -f '%U %S %e %M' -o "$tmp/t" "$kg" build --jobs "$jobs" "$tmp/c.txt" \
      -o "$tmp/g.json" >/dev/null 2>&1
    read -r user sys wall kib <"$tmp/t"
    awk -v n="$n" -v b="$bytes" -v j="$jobs" -v u="$user" -v s="$sys" -v w="$wall" -v k="$kib" \
      'BEGIN { c = u + s; printf "%-8s %-7.2f %-5s %-9.2f %-9.2f %-8.2f %-9d\n", n, b / 1e6, j, c, w, b / 1e6 / c, k / 1024 }'
  done
done
