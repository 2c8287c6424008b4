#!/usr/bin/env bash
# The Slurm recipe of examples/slurm/ without Slurm: the scripts parse (bash -n), and their
# commands, run with the variables Slurm sets (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT,
# SLURM_CPUS_PER_TASK) for each task of a 3-task array and then for the merge, give the graph
# of `kg build`; submit.sh, run against stand-ins for sbatch, submits the array with
# --array=0-2 and the merge with --dependency=afterok on it. (tests/cli/slurm_array.sh runs
# them on a real one-node Slurm where it is installed.)
set -euo pipefail
kg=$(realpath "$1")
slurm=$(realpath examples/slurm)
corpus=$(realpath examples/eu-unodc-brochure.txt)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for script in "$slurm"/*.sbatch "$slurm"/submit.sh; do bash -n "$script"; done
grep -q '^#SBATCH ' "$slurm/kg-shard.sbatch" || { echo "kg-shard.sbatch has no #SBATCH line"; exit 1; }
export PATH="$(dirname "$kg"):$PATH"
"$kg" build "$corpus" -o "$tmp/whole.json" >/dev/null 2>&1
mkdir "$tmp/run"
cd "$tmp/run"
for task in 0 1 2; do
  SLURM_ARRAY_TASK_ID=$task SLURM_ARRAY_TASK_COUNT=3 SLURM_CPUS_PER_TASK=1 KG_CORPUS="$corpus" \
    bash "$slurm/kg-shard.sbatch" >/dev/null
done
[ "$(ls shards | tr '\n' ' ')" = "shard-0.kgshard shard-1.kgshard shard-2.kgshard " ] ||
  { echo "unexpected shard files:"; ls shards; exit 1; }
KG_GRAPH=graph.json bash "$slurm/kg-merge.sbatch" >/dev/null 2>&1
cmp "$tmp/whole.json" graph.json || { echo "the Slurm scripts built another graph"; exit 1; }
# A task without its corpus says so and fails.
if SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_COUNT=3 bash "$slurm/kg-shard.sbatch" 2>"$tmp/err"; then
  echo "a task without KG_CORPUS succeeded"; exit 1
fi
grep -q KG_CORPUS "$tmp/err" || { echo "no word of KG_CORPUS:"; cat "$tmp/err"; exit 1; }
# submit.sh against a stand-in sbatch that logs its arguments and answers job ids 41, 42.
mkdir "$tmp/bin"
cat >"$tmp/bin/sbatch" <<'SBATCH'
#!/bin/bash
echo "$*" >>"$(dirname "$0")/sbatch.log"
echo $((40 + $(wc -l <"$(dirname "$0")/sbatch.log")))
SBATCH
chmod +x "$tmp/bin/sbatch"
PATH="$tmp/bin:$PATH" bash "$slurm/submit.sh" "$corpus" 3 g.json >"$tmp/submit.txt"
grep -q -- "--array=0-2 .*KG_SHARDS=3.*kg-shard.sbatch" <(sed -n 1p "$tmp/bin/sbatch.log") ||
  { echo "the array was not submitted as --array=0-2:"; cat "$tmp/bin/sbatch.log"; exit 1; }
grep -q -- "--dependency=afterok:41 .*kg-merge.sbatch" <(sed -n 2p "$tmp/bin/sbatch.log") ||
  { echo "the merge does not wait for the array:"; cat "$tmp/bin/sbatch.log"; exit 1; }
grep -q "merge: job 42 -> g.json" "$tmp/submit.txt" || { echo "submit.sh summary:"; cat "$tmp/submit.txt"; exit 1; }
echo ok
