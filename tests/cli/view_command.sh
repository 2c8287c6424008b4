#!/usr/bin/env bash
# `kg view`: without a display it writes the page and prints its path; with one it hands the
# page to xdg-open (a stand-in here that records what it was given); a failing opener is an
# error that still names the page.
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TMPDIR=$tmp

page=$(env -u DISPLAY -u WAYLAND_DISPLAY "$kg" view 2> "$tmp/err")
[[ "$page" == "$tmp"/kg-view-*.html ]] || { echo "unexpected path: $page" >&2; exit 1; }
grep -q 'id="kg-data"' "$page"
grep -q 'no display' "$tmp/err"

mkdir "$tmp/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" > "%s/opened"\n' "$tmp" > "$tmp/bin/xdg-open"
chmod +x "$tmp/bin/xdg-open"
page=$(env -u WAYLAND_DISPLAY DISPLAY=:7 PATH="$tmp/bin:$PATH" "$kg" view 2> "$tmp/err")
[ "$(cat "$tmp/opened")" = "$page" ] || { echo "xdg-open got $(cat "$tmp/opened"), not $page" >&2; exit 1; }
! grep -q 'no display' "$tmp/err"
rm "$tmp/opened"

# Wayland alone is a display too; --no-open never opens.
env -u DISPLAY WAYLAND_DISPLAY=wayland-0 PATH="$tmp/bin:$PATH" "$kg" view > /dev/null
[ -f "$tmp/opened" ] && rm "$tmp/opened"
env -u DISPLAY WAYLAND_DISPLAY=wayland-0 PATH="$tmp/bin:$PATH" "$kg" view --no-open > /dev/null 2>&1
[ ! -f "$tmp/opened" ]

printf '#!/bin/sh\nexit 3\n' > "$tmp/bin/xdg-open"
status=0
DISPLAY=:7 PATH="$tmp/bin:$PATH" "$kg" view > /dev/null 2> "$tmp/err" || status=$?
[ "$status" -eq 2 ] || { echo "a failing xdg-open gave exit $status" >&2; exit 1; }
grep -q 'xdg-open failed (exit 3); open the page yourself: .*kg-view-.*\.html' "$tmp/err"
echo "kg view: ok"
