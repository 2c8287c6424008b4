#!/bin/bash
# Submits a sharded kg build to Slurm: an array of N shard tasks, then the merge, which
# starts only when every task has succeeded. Run it in the folder the files should go to.
#   bash submit.sh CORPUS N [GRAPH]      e.g. bash submit.sh /data/news.txt 8 graph.json
set -euo pipefail
corpus=$(realpath "$1")
shards=$2
graph=${3:-graph.json}
here=$(dirname "$(realpath "$0")")
array=$(sbatch --parsable --array=0-$((shards - 1)) \
  --export=ALL,KG_CORPUS="$corpus",KG_SHARDS="$shards" "$here/kg-shard.sbatch")
array=${array%%;*}  # "JOBID;CLUSTER" on a federated cluster
merge=$(sbatch --parsable --dependency=afterok:"$array" --export=ALL,KG_GRAPH="$graph" \
  "$here/kg-merge.sbatch")
echo "shards: job $array (array 0-$((shards - 1))); merge: job ${merge%%;*} -> $graph"
