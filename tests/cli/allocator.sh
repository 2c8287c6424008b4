#!/usr/bin/env bash
# kg allocates through mimalloc when the build found it (CMakeLists.txt; scripts/install-deps.sh
# installs libmimalloc-dev): with glibc's malloc a build cost about a tenth more CPU time
# (CMakeLists.txt). A sanitizer build brings its own allocator and is left alone.
set -euo pipefail
kg="$1"
if ldd "$kg" | grep 'libasan' >/dev/null; then
  echo "SKIPPED: a sanitizer build (its own allocator)"
  exit 0
fi
if [ ! -f /usr/lib/x86_64-linux-gnu/cmake/mimalloc/mimalloc-config.cmake ] &&
  ! dpkg-query -W -f='${Status}' libmimalloc-dev 2>/dev/null | grep "install ok installed" >/dev/null; then
  echo "SKIPPED: libmimalloc-dev is not installed (kg uses the system's malloc)"
  exit 0
fi
ldd "$kg" | grep 'libmimalloc' >/dev/null || { echo "libmimalloc-dev is there but kg does not link it"; exit 1; }
# mimalloc's own statistics, printed at exit, show that it served kg's allocations.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
MIMALLOC_SHOW_STATS=1 "$kg" build -q examples/eu-unodc-brochure.txt >/dev/null 2>"$tmp/err"
grep -q 'heap stats' "$tmp/err" || { echo "mimalloc printed no statistics"; exit 1; }
echo ok
