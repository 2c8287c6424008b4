#!/usr/bin/env bash
# Runs each libFuzzer target of fuzz/targets.hpp for KG_FUZZ_SECONDS (default 60) from its
# committed seeds (fuzz/seeds/TARGET/), under AddressSanitizer + UndefinedBehaviorSanitizer,
# after building the `fuzz` preset (clang). Prints the executions of each target. A crash, a
# sanitizer report, a broken invariant or an input slower than 10 s fails the run and leaves
# the input in build-fuzz/crashes/TARGET/: fix it, then add the input to tests/data/fuzz/TARGET/
# (tests/fuzz_regressions_test.cpp runs it in every build).
# KG_FUZZ_TARGETS="headings graph_json" picks targets; KG_FUZZ_JOBS (default: the cores) how many
# run at once.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${KG_FUZZ_SECONDS:-60}
read -r -a targets <<< "${KG_FUZZ_TARGETS:-corpus_reader segmentation json_lines export_round_trip graph_json rules_loader corrections headings}"
[ -f build-fuzz/build.ninja ] || cmake --preset fuzz > /dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}" > build-fuzz/build.log ||
  { tail -40 build-fuzz/build.log; exit 1; }
# One target per core at a time: each fuzzer runs on one thread, and CI has two cores.
jobs=${KG_FUZZ_JOBS:-$(nproc)}
run_target() {
  local target=$1
  local grown=build-fuzz/corpus/$target  # what the fuzzer found; kept between runs, not committed
  local crashes=build-fuzz/crashes/$target
  mkdir -p "$grown" "$crashes"
  local log=build-fuzz/fuzz-$target.log status=0
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=fuzz/ubsan.supp \
    "build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" "$grown" "fuzz/seeds/$target" \
    > "$log" 2>&1 || status=$?
  echo "$status" > "build-fuzz/fuzz-$target.status"
}
running=0
for target in "${targets[@]}"; do
  run_target "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait
failed=0
printf '%-17s %-9s %-11s %-8s %s\n' target seconds executions exec/s result
for target in "${targets[@]}"; do
  log=build-fuzz/fuzz-$target.log
  crashes=build-fuzz/crashes/$target
  status=$(cat "build-fuzz/fuzz-$target.status")
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  result=ok
  if [ "$status" != 0 ]; then
    result="FAILED (exit $status): $(ls "$crashes" | head -3 | tr '\n' ' ')"
    failed=1
  fi
  printf '%-17s %-9s %-11s %-8s %s\n' "$target" "$seconds" "${executions:-?}" "${per_second:-?}" "$result"
  if [ "$status" != 0 ]; then grep -E 'ERROR|SUMMARY|what\(\)|#[0-9]+ 0x' "$log" | head -30; fi
done
exit "$failed"
