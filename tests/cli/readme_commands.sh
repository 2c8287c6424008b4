#!/usr/bin/env bash
# Every `$ kg ...` line of README.md runs as shown: exit 0 (or 1, "nothing found"), or exit 2
# where the README shows the error (its output starts with "kg: "), with that error's start.
# The commands run in a scratch copy of the project's layout, so what they write (`-o ev.json`)
# lands there; a line that needs `../shared/` is SKIPPED when that folder is absent.
set -uo pipefail
kg=$(realpath "$1")
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/project"
ln -s "$kg" "$tmp/bin/kg"
for entry in examples rules tests docs scripts bench exports; do ln -s "$root/$entry" "$tmp/project/$entry"; done
shared=$(realpath -m "$root/../shared")
[ -d "$shared" ] && ln -s "$shared" "$tmp/shared"
failures=0 ran=0 skipped=0

# Each command with the first line of the output the README shows under it.
# `kg eval --gold .../NAME.gold.json .../NAME | tail -1` of a corpus the quality gate scores is
# left to tests/cli/quality_gate.sh, which runs it anyway and checks the F1 line shown.
python3 - "$root/README.md" "$root/tests/data/quality/floors.txt" > "$tmp/commands" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
gated = {l.split()[0] for l in open(sys.argv[2], encoding="utf-8") if l.strip() and not l.startswith("#")}
gate_line = re.compile(r"\$ kg eval --gold \S*?([^/ ]+)\.gold\.json \S*?([^/ ]+?)(?:\.txt)? \| tail -1$")
in_block = False
for i, line in enumerate(lines):
    if line.startswith("```"):
        in_block = not in_block
        continue
    if in_block and line.startswith("$ kg "):
        gate = gate_line.match(line)
        if gate and gate.group(1) == gate.group(2) and gate.group(1) in gated:
            continue
        shown = lines[i + 1] if i + 1 < len(lines) else ""
        print(line[2:] + "\t" + ("" if shown.startswith(("```", "$ ")) else shown))
PY

while IFS=$'\t' read -r command shown; do
  if [[ "$command" == *"../shared/"* && ! -d "$shared" ]]; then
    echo "SKIPPED (no ../shared/): $command"
    skipped=$((skipped + 1))
    continue
  fi
  output=$(cd "$tmp/project" && PATH="$tmp/bin:$PATH" bash -c "$command" 2>&1 < /dev/null)
  status=$?
  ran=$((ran + 1))
  if [[ "$shown" == "kg: "* ]]; then
    if [ "$status" != 2 ] || ! grep -qF -- "${shown:0:30}" <<<"$output"; then
      echo "FAIL: $command: expected exit 2 and \"${shown:0:30}\"; got $status: ${output:0:300}"
      failures=$((failures + 1))
    fi
  elif [ "$status" -gt 1 ]; then
    echo "FAIL: $command exited $status: ${output:0:300}"
    failures=$((failures + 1))
  fi
done < "$tmp/commands"

[ "$ran" -ge 10 ] || { echo "FAIL: only $ran README commands found"; exit 1; }
# The gate's own lines must still be there: it checks them (a regex slip here would skip all).
gated=$(grep -cE '^\$ kg eval --gold \S+ \S+ \| tail -1$' "$root/README.md")
[ "$gated" -ge 10 ] || { echo "FAIL: only $gated kg eval lines for the quality gate"; exit 1; }
[ "$failures" = 0 ] || exit 1
echo "README commands: $ran ran, $skipped skipped, all as shown"
