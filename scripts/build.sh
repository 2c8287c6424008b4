#!/usr/bin/env bash
# Installs missing packages, configures and builds kg (Release) into build/.
# Quick when nothing changed: dpkg lookups, then a no-op ninja run. A unity build (CMake
# compiles the sources of a target in batches of 8): a fresh build takes a third of the time, as
# every source includes Boost.Graph, RapidJSON or CLI11 (all headers).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build_dir=${KG_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON "$@"
fi
cmake --build "$build_dir" -j "$(nproc)"
