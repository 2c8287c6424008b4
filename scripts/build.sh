#!/usr/bin/env bash
# Installs missing packages, configures and builds kg (Release) into build/.
# Quick when nothing changed: dpkg lookups, then a no-op ninja run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build_dir=${KG_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
fi
cmake --build "$build_dir" -j "$(nproc)"
