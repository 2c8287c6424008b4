#!/usr/bin/env bash
# Every C++ file of the project is formatted as .clang-format says: `clang-format -i FILE`
# fixes a failure. Checked with Debian 12's clang-format 14 (scripts/install-deps.sh installs
# it); another major version formats some constructs differently, so it says SKIPPED.
# Generated tables opt out with `// clang-format off`.
# Usage: tests/cli/format_clean.sh KG   (run at the repository root; KG is not used)
set -uo pipefail
if ! command -v clang-format >/dev/null 2>&1; then
  echo "format_clean: SKIPPED (no clang-format; scripts/install-deps.sh installs it)"
  exit 0
fi
version=$(clang-format --version | grep -o 'version [0-9]*' | grep -o '[0-9]*$')
if [ "$version" != 14 ]; then
  echo "format_clean: SKIPPED (clang-format $version; the project's format is that of 14)"
  exit 0
fi
mapfile -t files < <(find include src tests bench \( -name '*.cpp' -o -name '*.hpp' \) \
  -not -path '*/node_modules/*' 2>/dev/null | sort)
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
  echo "format_clean: ${#bad[@]} file(s) differ from .clang-format; run: clang-format -i ${bad[*]}"
  exit 1
fi
echo "format_clean: ${#files[@]} files formatted"
