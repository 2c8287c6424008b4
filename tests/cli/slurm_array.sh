#!/usr/bin/env bash
# The Slurm recipe for real: a one-node Slurm cluster (munged, slurmctld and slurmd, started
# here as root, configured in a temporary folder, on ports of their own) runs
# examples/slurm/submit.sh: the array of shard tasks, then the merge that waits for it; the
# graph must be the one `kg build` gives. SKIPPED where Slurm or munge is not installed
# (scripts/install-deps.sh installs them) or when not root (the daemons need it).
set -euo pipefail
kg=$(realpath "$1")
for tool in sbatch squeue slurmctld slurmd munged mungekey; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || {
    echo "SKIPPED: $tool is not installed (Debian: slurm-wlm and munge)"
    exit 0
  }
done
[ "$(id -u)" = 0 ] || { echo "SKIPPED: the Slurm daemons are started as root"; exit 0; }
export PATH="$(dirname "$kg"):/usr/sbin:$PATH"
corpus="$PWD/examples/eu-unodc-brochure.txt"
submit="$PWD/examples/slurm/submit.sh"
tmp=$(mktemp -d)
stop() {
  for pid_file in "$tmp/slurmd.pid" "$tmp/slurmctld.pid" "$tmp/munge/munged.pid"; do
    [ -s "$pid_file" ] && kill "$(cat "$pid_file")" 2>/dev/null || true
  done
  sleep 1
  rm -rf "$tmp"
}
trap stop EXIT
mkdir -p "$tmp/munge" "$tmp/state" "$tmp/spool" "$tmp/run"
chmod 700 "$tmp/munge"
mungekey --create --keyfile="$tmp/munge/munge.key" --force
munged --force --socket="$tmp/munge/munge.sock" --key-file="$tmp/munge/munge.key" \
  --pid-file="$tmp/munge/munged.pid" --log-file="$tmp/munge/munged.log" --seed-file="$tmp/munge/seed"
port=$((20000 + RANDOM % 20000))
host=$(hostname -s)
cat >"$tmp/slurm.conf" <<CONF
ClusterName=kgtest
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$tmp/munge/munge.sock
SlurmctldPort=$port
SlurmdPort=$((port + 1))
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
SwitchType=switch/none
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$tmp/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 60); do sinfo -h -o %t 2>/dev/null | grep idle >/dev/null && break; sleep 1; done
sinfo -h -o %t | grep idle >/dev/null || { echo "the Slurm node never became idle"; tail "$tmp"/*.log; exit 1; }
cd "$tmp/run"
bash "$submit" "$corpus" 3 graph.json
for _ in $(seq 150); do
  [ -z "$(squeue -h)" ] && break
  # a failed shard task leaves the merge waiting forever
  if squeue -h -o %r | grep DependencyNeverSatisfied >/dev/null; then
    echo "a shard task failed:"; cat kg-shard-*.log; exit 1
  fi
  sleep 1
done
[ -z "$(squeue -h)" ] || { echo "the jobs did not finish within 150 s"; squeue; exit 1; }
[ -f graph.json ] || { echo "no graph merged"; cat kg-*.log; exit 1; }
[ "$(ls shards | wc -l)" = 3 ] || { echo "not 3 shard files"; ls shards; exit 1; }
"$kg" build "$corpus" -o whole.json >/dev/null 2>&1
cmp whole.json graph.json || { echo "the Slurm array built another graph"; exit 1; }
grep -q '^graph written to graph.json' kg-merge.log || { echo "merge log lacks its summary"; exit 1; }
echo ok
