#!/usr/bin/env bash
# The benchmark of issue 11, on generated corpora of the brochure's genre where every item
# brings new people (the graph grows with the corpus). Per size:
#   build    CPU time, wall time and peak memory of `kg build` with --jobs 1 and --jobs 2
#   stages   the seconds of each stage of the --jobs 1 build (KG_TIMINGS=1) and their MB/s
#   export   each export format of the saved .kgb (whole command, load included)
#   load     the saved graph as JSON and as .kgb: load seconds inside kg (KG_TIMINGS=1) and
#            file-MB/s, and CPU and peak memory of the whole command (`kg show` of one person)
#   path     `kg path --batch` between PATHS random pairs of people on the loaded .kgb:
#            p50 and p99 of each query's time, load and path index (made once) excluded
#   compromise  the NER library compromise (npm, through Node.js) on the same text, up to
#            the size COMPROMISE_MAX (it is about a hundred times slower than kg)
#   real     every page under examples/ (4.2 MB of the genre as sites write it): generated
#            text repeats its templates, real pages do not, and costs differ (REAL=none skips)
# usage: bench/run.sh [KG_BINARY] [SIZES...]
#   SIZES are multiples of the brochure (76 items, 34 kB): 1x 10x 100x 1000x
#   (default 1x 10x 100x). Needs /usr/bin/time, python3; node and npm for compromise.
#   PATHS=N          path queries per size (default 200)
#   COMPROMISE_MAX=S largest size compromise runs on (default 10x; "none" skips it)
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-build/kg}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1x 10x 100x)
paths=${PATHS:-200}
compromise_max=${COMPROMISE_MAX:-10x}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

items_of() { echo $((76 * ${1%x})); }
measure() {  # label, command...: prints "label cpu-s wall-s peak-MiB"; stderr kept in $tmp/err
  local label=$1
  shift
  /usr/bin/time -f '%U %S %e %M' -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err"
  read -r user sys wall kib <"$tmp/t"
  awk -v l="$label" -v u="$user" -v s="$sys" -v w="$wall" -v k="$kib" \
    'BEGIN { printf "%s %.2f %.2f %d\n", l, u + s, w, k / 1024 }'
}
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.2f", b / 1e6 }'; }

echo "== build (MB/s of CPU time; peak memory over the corpus size)"
printf '%-6s %-7s %-7s %-5s %-8s %-8s %-9s %-9s %-6s\n' \
  size items MB jobs cpu-s wall-s MB/s-cpu peak-MiB x-corpus
for size in "${sizes[@]}"; do
  n=$(items_of "$size")
  python3 bench/generate_corpus.py "$n" --names new >"$tmp/c$size.txt"
  bytes=$(stat -c %s "$tmp/c$size.txt")
  for jobs in 1 2; do
    rm -f "$tmp/g$size.json"  # replacing the last build's graph would time its deletion too
    read -r _ cpu wall mib < <(KG_TIMINGS=1 measure build "$kg" build --jobs "$jobs" \
      "$tmp/c$size.txt" -o "$tmp/g$size.json")
    [ "$jobs" = 1 ] && cp "$tmp/err" "$tmp/stages$size"
    awk -v s="$size" -v n="$n" -v b="$bytes" -v j="$jobs" -v c="$cpu" -v w="$wall" -v m="$mib" \
      'BEGIN { printf "%-6s %-7s %-7.2f %-5s %-8.2f %-8.2f %-9.2f %-9d %-6.1f\n",
               s, n, b / 1e6, j, c, w, b / 1e6 / (c > 0 ? c : 0.01), m, m * 1048576 / b }'
  done
  "$kg" build "$tmp/g$size.json" -o "$tmp/g$size.kgb" >/dev/null 2>&1
done

echo "== stages of kg build --jobs 1 (KG_TIMINGS=1, wall seconds; MB/s of the corpus)"
printf '%-6s %-9s %-9s %-9s\n' size stage seconds MB/s
for size in "${sizes[@]}"; do
  awk -v s="$size" -v b="$(stat -c %s "$tmp/c$size.txt")" '$1 == "timing:" {
    printf "%-6s %-9s %-9.3f %-9.1f\n", s, $2, $3, b / 1e6 / ($3 > 0 ? $3 : 0.001) }' \
    "$tmp/stages$size"
done

echo "== export of the .kgb per format (whole command: load included)"
printf '%-6s %-10s %-9s %-9s\n' size format cpu-s wall-s
for size in "${sizes[@]}"; do
  for format in json graphml gexf cypher neo4j-csv dot html; do
    read -r _ cpu wall _ < <(measure export "$kg" export --format "$format" "$tmp/g$size.kgb" \
      -o "$tmp/export-$size-$format")
    printf '%-6s %-10s %-9.2f %-9.2f\n' "$size" "$format" "$cpu" "$wall"
  done
  rm -rf "$tmp"/export-"$size"-*
done

echo "== saved graph: load inside kg (KG_TIMINGS) and the whole kg show of one person"
printf '%-6s %-6s %-9s %-9s %-10s %-9s %-9s\n' size format MB load-s file-MB/s cpu-s peak-MiB
for size in "${sizes[@]}"; do
  who=$(grep -m1 -o '"id": "person:[^"]*"' "$tmp/g$size.json" | cut -d'"' -f4)
  for format in json kgb; do
    file="$tmp/g$size.$format"
    read -r _ cpu _ mib < <(KG_TIMINGS=1 measure load "$kg" show "$who" "$file")
    load=$(awk '$1 == "timing:" && $2 == "load" { print $3 }' "$tmp/err")
    awk -v s="$size" -v f="$format" -v b="$(stat -c %s "$file")" -v l="$load" -v c="$cpu" \
      -v m="$mib" 'BEGIN { printf "%-6s %-6s %-9.2f %-9.3f %-10.1f %-9.2f %-9d\n",
                           s, f, b / 1e6, l, b / 1e6 / (l > 0 ? l : 0.001), c, m }'
  done
done

echo "== kg path --batch between $paths random pairs of people (.kgb loaded once; ms per query)"
printf '%-6s %-9s %-8s %-8s %-8s %-8s %-8s\n' size found p50-ms p99-ms max-ms load-s index-s
for size in "${sizes[@]}"; do
  grep -o '"id": "person:[^"]*"' "$tmp/g$size.json" | cut -d'"' -f4 |
    shuf -n $((2 * paths)) -r --random-source=<(yes) | paste - - | awk -F'\t' '$1 != $2' >"$tmp/pairs"
  status=0
  KG_TIMINGS=1 "$kg" path --batch "$tmp/pairs" "$tmp/g$size.kgb" >"$tmp/paths" 2>"$tmp/err" ||
    status=$?
  [ "$status" -le 1 ] || { cat "$tmp/err" >&2; exit 1; }
  found=$(grep -c ' hops\?:$' "$tmp/paths" || true)
  load=$(awk '$1 == "timing:" && $2 == "load" { print $3 }' "$tmp/err")
  # path-index: the undirected view and id order, made once after the load for every query
  index=$(awk '$1 == "timing:" && $2 == "path-index" { print $3 }' "$tmp/err")
  awk '$1 == "timing:" && $2 == "query" { print $3 * 1000 }' "$tmp/err" | sort -n |
    awk -v s="$size" -v f="$found" -v l="$load" -v x="$index" '{ t[NR] = $1 } END {
      p50 = t[int((NR + 1) * 0.5)]; i99 = int(NR * 0.99 + 0.999); if (i99 > NR) i99 = NR
      printf "%-6s %-9s %-8.2f %-8.2f %-8.2f %-8.3f %-8.3f\n", s, f "/" NR, p50, t[i99], t[NR], l, x }'
done

if [ "${REAL:-}" != none ]; then
  echo "== real pages: every page under examples/ (kg build, MB/s of CPU time)"
  mapfile -t pages < <(find examples -name '*.txt' | sort)
  bytes=$(cat "${pages[@]}" | wc -c)
  printf '%-6s %-7s %-5s %-8s %-8s %-9s %-9s\n' pages MB jobs cpu-s wall-s MB/s-cpu peak-MiB
  for jobs in 1 2; do
    read -r _ cpu wall mib < <(measure build "$kg" build -q --jobs "$jobs" "${pages[@]}" \
      -o "$tmp/real.json")
    awk -v p="${#pages[@]}" -v b="$bytes" -v j="$jobs" -v c="$cpu" -v w="$wall" -v m="$mib" \
      'BEGIN { printf "%-6s %-7.2f %-5s %-8.2f %-8.2f %-9.2f %-9d\n", p, b / 1e6, j, c, w,
               b / 1e6 / (c > 0 ? c : 0.01), m }'
  done
fi

[ "$compromise_max" = none ] && exit 0
echo "== the NER library compromise on the same text (paragraph by paragraph; kg: extract stage)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "SKIPPED: node and npm are needed for compromise"
  exit 0
fi
# Installed beside the script on first use (bench/node_modules is ignored by git).
[ -d bench/node_modules/compromise ] ||
  npm install --prefix bench --no-save --no-audit --no-fund compromise@14 >/dev/null 2>&1 || {
  echo "SKIPPED: npm could not install compromise"
  exit 0
}
printf '%-6s %-7s %-11s %-9s %-8s %-9s %-9s %-13s\n' \
  size MB tool seconds MB/s people orgs kg-extract-s
for size in "${sizes[@]}"; do
  [ "${size%x}" -le "${compromise_max%x}" ] || continue
  read -r _ _ bytes seconds people orgs _ < <(node bench/compromise_ner.mjs "$tmp/c$size.txt")
  extract=$(awk '$1 == "timing:" && $2 == "extract" { print $3 }' "$tmp/stages$size")
  awk -v s="$size" -v b="$bytes" -v t="$seconds" -v p="$people" -v o="$orgs" -v e="$extract" \
    'BEGIN { printf "%-6s %-7.2f %-11s %-9.2f %-8.3f %-9s %-9s %-13.3f\n",
             s, b / 1e6, "compromise", t, b / 1e6 / t, p, o, e }'
done

