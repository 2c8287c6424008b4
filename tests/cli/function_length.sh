#!/usr/bin/env bash
# The largest function of src/, include/, bench/ and fuzz/ is under 80 lines (issue 10), counted by
# scripts/function_lengths.py from a function's declaration to its closing brace, lambdas
# inside it included. First the counter itself, on a sample whose functions' lengths are known
# and whose literals, comments, tables and initialisers hold braces that are no functions.
# Each src/cli/cmd_*.cpp is under 80 lines as well.
# Usage: tests/cli/function_length.sh KG   (run at the repository root; KG is not used)
set -uo pipefail
counter=scripts/function_lengths.py
sample=tests/data/function_lengths/sample.cc
fail() { echo "function_length: $*"; exit 1; }

listed=$(python3 "$counter" --top 20 "$sample" | awk 'NF == 3 {print $1, $3}')
expected="80 long_80
79 long_79
8 lambda_inside_8
4 Counter
3 operator
3 named_lambda_3
1 one_line
1 c_function_1"
[ "$listed" = "$expected" ] || fail "the counter misreads $sample:
$listed
expected:
$expected"
flagged=$(python3 "$counter" --max 80 "$sample") && fail "a function of 80 lines passed --max 80"
grep -q 'long_80' <<<"$flagged" || fail "--max 80 did not name long_80: $flagged"
grep -q 'long_79' <<<"$flagged" && fail "--max 80 named long_79, which has 79 lines"

if ! report=$(python3 "$counter" --max 80 src include bench fuzz); then
  fail "split each function of 80 lines or more:
$report"
fi
# A thin CLI: each command's file (options struct, run, printer call) under 80 lines too.
for file in src/cli/cmd_*.cpp; do
  lines=$(wc -l <"$file")
  [ "$lines" -lt 80 ] || fail "$file has $lines lines: move its work to a *_run.cpp or a library"
done
echo "function_length: $(tail -1 <<<"$report"); every src/cli/cmd_*.cpp under 80 lines"
