#!/usr/bin/env bash
# The README's GNU parallel recipes, run as the README shows them: the two ```sh blocks that
# start with "# GNU parallel", on the brochure as corpus.txt, with this kg first on PATH. The
# SSH recipe runs through a stand-in for ssh (PARALLEL_SSH) that runs each host's commands
# in a folder of its own, so that the corpus really travels there and each shard file really
# comes back (--transferfile, --return, --cleanup). Each must merge into the graph of
# `kg build`. SKIPPED without GNU parallel and rsync, except in CI (CI=true), where it fails.
set -euo pipefail
kg=$(realpath "$1")
readme=$(realpath README.md)
for tool in parallel rsync; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    [ "${CI:-}" = true ] && { echo "no $tool in CI: scripts/install-deps.sh installs it" >&2; exit 1; }
    echo "SKIPPED: $tool is not installed (scripts/install-deps.sh installs it)"
    exit 0
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PATH="$(dirname "$kg"):$PATH"
"$kg" build examples/eu-unodc-brochure.txt -o "$tmp/whole.json" >/dev/null 2>&1
cat >"$tmp/ssh" <<'SSH'
#!/bin/bash
# ssh HOST [--] COMMAND... as ssh runs it on HOST: here, in hosts/HOST, through a shell.
while [[ $# -gt 0 && "$1" == -* ]]; do
  case "$1" in -o | -p | -l | -i | -S | -F) shift 2 ;; *) shift ;; esac
done
host=$1
shift
[[ "${1:-}" == -- ]] && shift
echo "$host" >>"$(dirname "$0")/hosts.log"
# sshd gives a session the user's login shell as SHELL, and GNU parallel's remote worker runs
# the command with $SHELL: without it (CI runs with a bare environment) the job does nothing.
export SHELL=$(getent passwd "$(id -un)" | cut -d: -f7)
export HOME=${HOME:-$(getent passwd "$(id -un)" | cut -d: -f6)}
mkdir -p "$(dirname "$0")/hosts/$host"
cd "$(dirname "$0")/hosts/$host" && exec bash -c "$*"
SSH
chmod +x "$tmp/ssh"
# The lines of the ```sh block whose first line starts with $1.
recipe() {
  awk -v first="$1" '
    /^```sh$/ { start = NR; next }
    start == NR - 1 && index($0, first) == 1 { inside = 1 }
    inside && /^```$/ { exit }
    inside { print }' "$readme"
}
for name in "# GNU parallel, one machine" "# GNU parallel over SSH"; do
  recipe "$name" >"$tmp/recipe.sh"
  grep -q '^parallel ' "$tmp/recipe.sh" || { echo "README has no recipe '$name'"; exit 1; }
  grep -q '^kg merge ' "$tmp/recipe.sh" || { echo "recipe '$name' has no kg merge"; exit 1; }
  work="$tmp/work"
  rm -rf "$work" "$tmp/hosts" "$tmp/hosts.log"
  mkdir "$work"
  cp examples/eu-unodc-brochure.txt "$work/corpus.txt"
  (cd "$work" && PARALLEL_SSH="$tmp/ssh" bash -euo pipefail "$tmp/recipe.sh" >"$tmp/out.txt" 2>&1) ||
    { echo "recipe '$name' failed:"; cat "$tmp/out.txt"; exit 1; }
  [ "$(ls "$work"/shard-*.kgshard | wc -l)" = 4 ] || { echo "'$name': not 4 shard files"; exit 1; }
  # The corpus name is the file's stem, corpus.txt -> "corpus": the only difference.
  sed 's/"corpus": "corpus"/"corpus": "eu-unodc-brochure"/' "$work/graph.json" >"$tmp/merged.json"
  cmp "$tmp/whole.json" "$tmp/merged.json" || { echo "'$name' merged another graph"; exit 1; }
  if [[ "$name" == *SSH* ]]; then
    sort -u "$tmp/hosts.log" | tr '\n' ' ' | grep '^alpha beta $' >/dev/null ||
      { echo "the SSH recipe did not run on both hosts"; cat "$tmp/hosts.log"; exit 1; }
    # --cleanup leaves nothing on the hosts
    [ -z "$(find "$tmp/hosts" -type f)" ] || { echo "files left on the hosts"; find "$tmp/hosts"; exit 1; }
  else
    [ ! -e "$tmp/hosts.log" ] || { echo "the one-machine recipe used ssh"; exit 1; }
  fi
done
echo ok
