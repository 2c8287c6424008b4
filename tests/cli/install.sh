#!/usr/bin/env bash
# `cmake --install` gives a kg that works without the source tree: run from another folder, it
# finds its rules in PREFIX/share/kg/rules and reads the bundled brochure from
# PREFIX/share/kg/examples, saying so on stderr; $KG_RULES still overrides; the man page lists
# every command; CPack makes a .deb of the same files.
# usage: install.sh KG_BINARY   (from the repository root; the build folder is KG_BINARY's)
set -euo pipefail
kg=$1
build=$(cd "$(dirname "$kg")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" > "$tmp/install.log"
for f in bin/kg share/kg/rules/patterns/persons.json share/kg/examples/eu-unodc-brochure.txt \
  share/kg/examples/eu-unodc-brochure.gold.json share/man/man1/kg.1 share/doc/kg/GUIDELINE.md; do
  [ -e "$prefix/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done

# The source tree out of reach: a copy of the installed tree, run from an empty folder.
cp -a "$prefix" "$tmp/moved"
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
env -u KG_RULES "$tmp/moved/bin/kg" build > out 2> err
grep -q "^corpus eu-unodc-brochure: 76 items" out || { cat out err >&2; exit 1; }
grep -q "no input given: reading the bundled brochure $tmp/moved/share/kg/examples/eu-unodc-brochure.txt" err \
  || { cat err >&2; exit 1; }
env -u KG_RULES "$tmp/moved/bin/kg" rules check > out
grep -q "^$tmp/moved/share/kg/rules: ok" out || { cat out >&2; exit 1; }
# Installed rules are the ones used: without them the installed kg says where to look.
mv "$tmp/moved/share/kg/rules" "$tmp/rules-aside"
KG_RULES="$tmp/rules-aside" "$tmp/moved/bin/kg" rules check | grep "^$tmp/rules-aside: ok" >/dev/null
# An input named explicitly is used as given, with no note.
"$tmp/moved/bin/kg" items "$tmp/moved/share/kg/examples/eu-unodc-brochure.txt" > out 2> err
[ "$(wc -l < out)" = 76 ] && [ ! -s err ] || { cat err >&2; exit 1; }
cd - > /dev/null

# The man page renders and names every command of `kg --help`.
groff -man -Tutf8 -P-cbou "$prefix/share/man/man1/kg.1" > "$tmp/man.txt" 2> "$tmp/groff.err"
[ ! -s "$tmp/groff.err" ] || { cat "$tmp/groff.err" >&2; exit 1; }
commands=$("$kg" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF && !/Subcommands:/ {sub(",", "", $1); print $1}')
[ -n "$commands" ] || { echo "no commands in kg --help" >&2; exit 1; }
for c in $commands; do
  grep -q "\b$c\b" "$tmp/man.txt" || { echo "man page does not name the command $c" >&2; exit 1; }
done

# A Debian package of the same files.
if command -v dpkg-deb > /dev/null && command -v cpack > /dev/null; then
  (cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/deb" > cpack.log 2>&1) \
    || { cat "$tmp/cpack.log" >&2; exit 1; }
  deb=$(ls "$tmp"/deb/kg_*.deb)
  dpkg-deb -c "$deb" > "$tmp/deb.txt"
  for f in ./usr/bin/kg ./usr/share/kg/rules/groups/eu.json ./usr/share/man/man1/kg.1; do
    grep -q " $f$" "$tmp/deb.txt" || { echo "$deb lacks $f" >&2; exit 1; }
  done
  dpkg-deb -f "$deb" Depends | grep libre2 >/dev/null || { echo "$deb: no libre2 dependency" >&2; exit 1; }
else
  echo "SKIPPED: the .deb part needs dpkg-deb and cpack"
fi
echo "install: ok"
