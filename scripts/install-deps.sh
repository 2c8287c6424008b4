#!/usr/bin/env bash
# Installs what kg needs on a fresh Debian 12 machine (as root, or with sudo).
# Idempotent and quick when everything is there already.
set -euo pipefail

packages=(g++ cmake ninja-build make pkg-config
          libboost-graph-dev rapidjson-dev libre2-dev libcli11-dev doctest-dev
          libmimalloc-dev      # kg's allocator (CMakeLists.txt: faster extraction)
          clang-format python3 python3-networkx  # clang-format: tests/cli/format_clean.sh
          dpkg-dev groff-base  # the .deb of CPack and the man page check
          chromium             # the browser check of the HTML page
          clang libclang-rt-14-dev   # the libFuzzer targets (scripts/fuzz.sh)
          parallel rsync             # the GNU parallel recipe of sharded builds (tests/cli/parallel_recipe.sh)
          slurm-wlm munge)           # its Slurm array job, on a one-node Slurm (tests/cli/slurm_array.sh)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js runs the Cypher lint of the export checks; keep a Node.js that is there already.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The Cypher lint of the export checks: Neo4j's Cypher language support, pinned by its
# package-lock.json (2.0.0-next.20 is the newest that runs on Debian 12's Node.js 20).
lint_dir="$(dirname "$0")/../tests/readers/cypher-lint"
if [ ! -f "$lint_dir/node_modules/@neo4j-cypher/language-support/package.json" ]; then
  (cd "$lint_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
# The browser check of the HTML page drives Debian's chromium (above) with playwright-core,
# pinned by its package-lock.json; playwright-core downloads no browser of its own.
browser_dir="$(dirname "$0")/../tests/browser"
if [ ! -f "$browser_dir/node_modules/playwright-core/package.json" ]; then
  (cd "$browser_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
