#!/usr/bin/env bash
# exports/ must be what scripts/make-exports.sh makes of the bundled brochure now.
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! bash scripts/make-exports.sh "$kg" "$tmp/exports" > "$tmp/log" 2>&1; then
  cat "$tmp/log" >&2
  exit 1
fi
if ! diff -r exports "$tmp/exports" > "$tmp/diff"; then
  head -40 "$tmp/diff"
  echo "exports/ is stale: run  bash scripts/make-exports.sh  and commit exports/" >&2
  exit 1
fi
echo "exports/ is fresh"
