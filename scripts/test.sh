#!/usr/bin/env bash
# Every test: the Release build's suite (unit tests, CLI checks, real readers of the exports),
# then each libFuzzer target for KG_FUZZ_SECONDS (default 60) from its seeds (scripts/fuzz.sh),
# then, under AddressSanitizer + UndefinedBehaviorSanitizer, the unit tests again and the CLI
# checks that feed kg broken or hostile input (tests/CMakeLists.txt lists them).
# KG_SKIP_FUZZ=1 and KG_SKIP_SANITIZERS=1 skip the last two during development.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
if [ "${KG_SKIP_FUZZ:-0}" != 1 ]; then
  bash scripts/fuzz.sh
fi
if [ "${KG_SKIP_SANITIZERS:-0}" != 1 ]; then
  if [ ! -f build-asan/build.ninja ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKG_SANITIZE=ON \
      -DCMAKE_UNITY_BUILD=ON
  fi
  cmake --build build-asan -j "$(nproc)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
fi
