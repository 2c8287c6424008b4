#!/usr/bin/env bash
# Bad input (issue 9), each case with its exit code, a message naming the file (and line), and
# no output replaced: empty, blank and binary files, Windows-1252, UTF-16/32, CRLF, lone CR,
# NUL bytes, a corpus or folder without items, an empty rules folder, unreadable entries.
# No case may end in "internal error".
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=lib/expect.bash
source "$(dirname "$0")/lib/expect.bash"
# refused FILE PATTERN: items exits 1 or 2, build -o and export -o exit 2; output untouched.
refused() {
  local file=$1 pattern=$2
  run 2 "$pattern" "$kg" build -o "$tmp/earlier.json" "$file"
  unchanged build "$file"
  run 2 "$pattern" "$kg" export --format json -o "$tmp/earlier.json" "$file"
  unchanged export "$file"
  run 2 "$pattern" "$kg" export --format graphml -o "$tmp/earlier.json" "$file"
  unchanged export graphml "$file"
}

# One small corpus in UTF-8 with LF; every other encoding of it must give the same items.
printf '1 June 2020: A meeting in Gr\xc3\xbcnwald\nJane Doerr met Paul Quint in Vienna.\n\n3 June 2020: Another\nMore text.\n' > "$tmp/lf.txt"
"$kg" items "$tmp/lf.txt" > "$tmp/lf.items"
"$kg" build "$tmp/lf.txt" > "$tmp/lf.build" 2>&1
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
text = open(f"{d}/lf.txt", "rb").read()
s = text.decode("utf-8")
out = {
    "utf16le-bom": b"\xff\xfe" + s.encode("utf-16-le"),
    "utf16be-bom": b"\xfe\xff" + s.encode("utf-16-be"),
    "utf16le": s.encode("utf-16-le"),
    "utf16be": s.encode("utf-16-be"),
    "utf32le-bom": b"\xff\xfe\0\0" + s.encode("utf-32-le"),
    "utf32be-bom": b"\0\0\xfe\xff" + s.encode("utf-32-be"),
    "utf32le": s.encode("utf-32-le"),
    "utf32be": s.encode("utf-32-be"),
    "crlf": text.replace(b"\n", b"\r\n"),
    "cr": text.replace(b"\n", b"\r"),
    "cp1252": s.replace("Another", "Caf\u00e9 \u201ctalks\u201d").encode("cp1252"),
    "nul": text.replace(b"Paul", b"Pa\0ul"),
    "random": bytes((k * 7919 + (k >> 3) * 31) % 256 for k in range(20000)),
}
for name, data in out.items():
    open(f"{d}/{name}.txt", "wb").write(data)
PY
for name in utf16le-bom utf16be-bom utf16le utf16be utf32le-bom utf32be-bom utf32le utf32be crlf cr; do
  run 0 quiet "$kg" items "$tmp/$name.txt"
  cmp -s "$tmp/out" "$tmp/lf.items" || fail "$name: items differ from UTF-8: $(cat "$tmp/out")"
  "$kg" build "$tmp/$name.txt" 2>&1 | sed "s/corpus $name/corpus lf/" | cmp -s - "$tmp/lf.build" ||
    fail "$name: graph differs from UTF-8"
done

# Windows-1252: warned with file, line, the character and the iconv hint; still read.
run 0 "cp1252.txt:1: warning: invalid UTF-8 byte 0xFC \(\"ü\" in Windows-1252\).*iconv -f WINDOWS-1252" \
  "$kg" items "$tmp/cp1252.txt"
grep -Eq "cp1252.txt:4: warning: invalid UTF-8 byte 0xE9 .*\(3 bytes on this line\)$" "$tmp/err" ||
  fail "cp1252: line 4 not named: $(cat "$tmp/err")"
grep -q 'Caf.*talks' "$tmp/out" || fail "cp1252: the item's title is lost"
run 2 "cp1252.txt:1: invalid UTF-8 byte 0xFC" "$kg" items --strict "$tmp/cp1252.txt"

# NUL bytes: replaced, warned with the line; the item is kept.
run 0 'nul.txt:2: warning: NUL byte \(0x00\) replaced by U\+FFFD' "$kg" build "$tmp/nul.txt"
grep -q '2 items' "$tmp/out" || fail "nul: items lost: $(cat "$tmp/out")"

# Impossible dates, days no month has, a reversed range, a misspelled month: warned with file
# and line, an error with --strict; the lines join the item before, which says so.
for heading in '32 May 2018: Talks' '0 May 2018: Talks' 'May 32, 2018: Talks' \
    '3 June - 1 June 2018: Talks' '5 - 3 June 2018: Talks' '31 February 2018: Talks' \
    '31 Febuary 2018: Talks'; do
  printf '1 May 2018: First\nAnna Roe met Bob Poe.\n\n%s\nCarl Vee spoke.\n' "$heading" > "$tmp/dates.txt"
  run 0 "dates.txt:4: warning: \"${heading%%: Talks}\" starts what looks like a heading, but (is not a possible date|its month is misspelled); its lines join the item before" \
    "$kg" items "$tmp/dates.txt"
  [ "$(wc -l < "$tmp/out")" = 1 ] || fail "$heading: read as a heading: $(cat "$tmp/out")"
  run 2 "dates.txt:4: " "$kg" build --strict -o "$tmp/earlier.json" "$tmp/dates.txt"
  unchanged build --strict "$heading"
done

# Random bytes: binary data, refused by every command, no output replaced.
run 2 'random.txt: binary data, not text' "$kg" items "$tmp/random.txt"
refused "$tmp/random.txt" 'random.txt: binary data, not text'

# Empty, blank and item-less files: items exits 1 (nothing found), build and export 2.
: > "$tmp/empty.txt"
printf ' \n\r\n\t\n' > "$tmp/blank.txt"
printf 'Some text without a dated heading.\nMore of it.\n' > "$tmp/no-items.txt"
run 1 'empty.txt: warning: empty file' "$kg" items "$tmp/empty.txt"
refused "$tmp/empty.txt" 'empty.txt: no dated items in this corpus'
run 1 'blank.txt: warning: blank file' "$kg" items "$tmp/blank.txt"
refused "$tmp/blank.txt" 'blank.txt: no dated items'
run 1 'no-items.txt: warning: no dated items found' "$kg" items "$tmp/no-items.txt"
refused "$tmp/no-items.txt" 'no-items.txt: warning: no dated items found'
refused "$tmp/no-items.txt" 'no-items.txt: no dated items in this corpus'
mkdir "$tmp/no-corpus-files" && echo 'x' > "$tmp/no-corpus-files/notes.pdf"
refused "$tmp/no-corpus-files" 'no-corpus-files: warning: folder has no .txt'

# An empty rules folder (no patterns) is an error, not a graph of events only.
mkdir "$tmp/rules-empty"
run 2 'rules-empty: no patterns in this rules folder' \
  "$kg" build --rules "$tmp/rules-empty" -o "$tmp/earlier.json" "$tmp/lf.txt"
unchanged build --rules
run 2 quiet "$kg" rules check "$tmp/rules-empty"
grep -q 'rules-empty: no patterns in this rules folder' "$tmp/out" ||
  fail "rules check: no word of the missing patterns: $(cat "$tmp/out")"

# Unreadable entries (as root nothing is unreadable by permission: a link loop and a broken
# link stand for them): skipped with a warning naming each; the rest of the folder is read.
mkdir "$tmp/folder" && cp "$tmp/lf.txt" "$tmp/folder/a.txt"
ln -s loop.txt "$tmp/folder/loop.txt"
ln -s missing.txt "$tmp/folder/broken.txt"
mkfifo "$tmp/folder/fifo.txt"
mkdir "$tmp/folder/sub.txt"
run 0 'loop.txt: warning: skipped: cannot read it \(Too many levels of symbolic links\)' \
  "$kg" items "$tmp/folder"
grep -q 'broken.txt: warning: skipped: cannot read it (No such file or directory)' "$tmp/err" ||
  fail "broken link not named: $(cat "$tmp/err")"
grep -q 'fifo.txt: warning: skipped: cannot read it (not a regular file)' "$tmp/err" ||
  fail "FIFO not named: $(cat "$tmp/err")"
grep -q 'sub.txt: warning: skipped: cannot read it (a folder)' "$tmp/err" ||
  fail "folder sub.txt not named: $(cat "$tmp/err")"
rm "$tmp/folder/fifo.txt"
cmp -s "$tmp/out" "$tmp/lf.items" || fail "folder: the readable file's items are lost"
# A FIFO named directly is refused before it is opened: kg never waits on one (the writer
# here keeps it open, so a read would block for ever).
mkfifo "$tmp/pipe.txt"
exec 3<> "$tmp/pipe.txt"
run 2 'pipe.txt: cannot read file \(not a regular file\)' timeout 20 "$kg" items "$tmp/pipe.txt"
exec 3>&-
# A file that cannot be read for its permissions: root reads everything, so kg runs as
# nobody there (setpriv); skipped with the system's reason in a folder, an error named alone.
mkdir "$tmp/locked" && cp "$tmp/lf.txt" "$tmp/locked/a.txt" && cp "$tmp/lf.txt" "$tmp/locked/b.txt"
chmod 000 "$tmp/locked/b.txt"
as_user=()
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv > /dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    cp "$kg" "$tmp/kg-copy" && chmod 755 "$tmp" "$tmp/kg-copy" "$tmp/locked"
    chmod 644 "$tmp/locked/a.txt"
  else
    echo "SKIPPED: unreadable by permission (root, and no setpriv)"
  fi
fi
if [ "$(id -u)" != 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  reader=$kg
  [ ${#as_user[@]} -gt 0 ] && reader=$tmp/kg-copy
  run 0 'locked/b.txt: warning: skipped: cannot read it \(Permission denied\)' \
    "${as_user[@]}" "$reader" items "$tmp/locked"
  cmp -s "$tmp/out" "$tmp/lf.items" || fail "locked: the readable file's items are lost"
  run 2 'locked/b.txt: cannot read file \(Permission denied\)' "${as_user[@]}" "$reader" items "$tmp/locked/b.txt"
fi
# No folder for kg view's page: the error says which and what to do.
run 2 'no folder for temporary files \(.*\): set TMPDIR' env TMPDIR="$tmp/none" "$kg" view --no-open "$tmp/lf.txt"

# Named directly, or a name too long: an error naming the path and the system's reason; never
# "internal error: filesystem error".
refused "$tmp/folder/loop.txt" 'loop.txt: cannot read file \(Too many levels of symbolic links\)'
long_name=$tmp/$(printf 'n%.0s' {1..300}).txt
run 2 'cannot read file \(File name too long\)' "$kg" build "$long_name"
cp -r rules "$tmp/rules-loop" && ln -s loop "$tmp/rules-loop/patterns/loop"
run 2 'rules-loop/patterns/loop: cannot read \(Too many levels of symbolic links\)' \
  "$kg" build --rules "$tmp/rules-loop" -o "$tmp/earlier.json" "$tmp/lf.txt"
unchanged build --rules rules-loop
# A line of 20 MB (bench/hot_spots.sh times 100 MB): read as one item's body, nothing lost.
python3 -c "
import sys
sys.stdout.write('1 June 2020: A long line\\n' + 'Jane Doerr met Paul Quint. ' * 740000 + '\\n')" \
  > "$tmp/long-line.txt"
run 0 quiet "$kg" items "$tmp/long-line.txt"
[ "$(cut -f4 "$tmp/out")" = "A long line" ] || fail "long line: $(head -c 300 "$tmp/out")"

# JSON Lines: a broken, a non-object and an incomplete line are errors naming file and line.
good='{"date": "2020-06-01", "title": "A", "text": "Jane Doerr met Paul Quint."}'
printf '%s\n{"date": "2020-06-02", "title": "B", "text": "cut\n' "$good" > "$tmp/broken.jsonl"
printf '%s\n[1, 2]\n' "$good" > "$tmp/array-line.jsonl"
printf '%s\n\n{"date": "2020-06-03", "text": "no title"}\n' "$good" > "$tmp/incomplete.jsonl"
refused "$tmp/broken.jsonl" 'broken.jsonl:2:[0-9]+: invalid JSON: Missing a closing quotation mark'
refused "$tmp/array-line.jsonl" 'array-line.jsonl:2: a JSON Lines item must be an object'
refused "$tmp/incomplete.jsonl" 'incomplete.jsonl:3: item lacks "title"'

# A saved graph cut short: the line and column where it ends; nothing written.
head -c 3000 tests/data/query/small.json > "$tmp/truncated.json"
run 2 'truncated.json:[0-9]+:[0-9]+: invalid graph JSON' "$kg" stats "$tmp/truncated.json"
run 2 'truncated.json:[0-9]+:[0-9]+: invalid graph JSON' \
  "$kg" export -o "$tmp/earlier.json" "$tmp/truncated.json"
unchanged export truncated graph
# A binary graph cut short: the bytes it has and wants.
"$kg" build -o "$tmp/graph.kgb" "$tmp/lf.txt" > /dev/null 2>&1
head -c "$(($(stat -c %s "$tmp/graph.kgb") / 2))" "$tmp/graph.kgb" > "$tmp/cut.kgb"
run 2 'cut.kgb: binary graph is truncated: [0-9]+ of [0-9]+ bytes' "$kg" stats "$tmp/cut.kgb"

# Rules: re2 has no backtracking, so a pattern catastrophic for a backtracking engine runs in
# linear time on the line made to defeat it; a backreference (which would need one) is a clear
# error naming file, line, column and rule.
cp -r rules "$tmp/rules-hostile"
cat > "$tmp/rules-hostile/patterns/zz_catastrophic.json" <<'JSON'
{"type": "patterns", "extractor": "noise",
 "patterns": [{"id": "test.catastrophic", "regex": "(x+x+)+y"}]}
JSON
python3 -c "print('1 June 2020: Backtracking\\n' + 'x' * 100000)" > "$tmp/xs.txt"
run 0 quiet "$kg" build --rules "$tmp/rules-hostile" "$tmp/xs.txt"
grep -q '1 items' "$tmp/out" || fail "catastrophic pattern: $(cat "$tmp/out")"
cat > "$tmp/rules-hostile/patterns/zz_catastrophic.json" <<'JSON'
{"type": "patterns", "extractor": "noise",
 "patterns": [{"id": "test.backreference", "regex": "(a)\\1"}]}
JSON
run 2 'zz_catastrophic.json:2:[0-9]+: \[test.backreference\] invalid regex: invalid escape sequence' \
  "$kg" build --rules "$tmp/rules-hostile" -o "$tmp/earlier.json" "$tmp/xs.txt"
unchanged build backreference
# Malformed rules: an unknown option, a regex that is no string, a pattern without an id.
for rule in '{"id": "test.option", "regex": "x", "frobnicate": true}|\[test.option\] unknown pattern option "frobnicate"' \
    '{"id": "test.number", "regex": 5}|\[test.number\] "regex" must be a string' \
    '{"id": "test.empty", "regex": ""}|\[test.empty\] empty "regex": it would match everywhere' \
    '{"id": "test.own", "regex": "x", "extractor": "nosie"}|\[test.own\] unknown extractor "nosie" \(acronym, ' \
    '{"regex": "x"}|pattern without an "id"'; do
  printf '{"type": "patterns", "extractor": "noise", "patterns": [%s]}' "${rule%%|*}" \
    > "$tmp/rules-hostile/patterns/zz_catastrophic.json"
  run 2 "zz_catastrophic.json:1:[0-9]+: ${rule#*|}" \
    "$kg" build --rules "$tmp/rules-hostile" -o "$tmp/earlier.json" "$tmp/xs.txt"
  unchanged build "$rule"
done
# A misspelt extractor or key in a patterns file: an error at its line and column, for a
# build and for `kg rules check` (which lists every problem).
printf '{"type": "patterns",\n "extractor": "persn",\n "patterns": [{"id": "test.x", "regex": "x"}]}' \
  > "$tmp/rules-hostile/patterns/zz_catastrophic.json"
run 2 'zz_catastrophic.json:2:2: unknown extractor "persn" \(acronym, active_in, ' \
  "$kg" build --rules "$tmp/rules-hostile" -o "$tmp/earlier.json" "$tmp/xs.txt"
unchanged build misspelt extractor
printf '{"type": "patterns",\n "extractor": "persn",\n "pattern": [],\n "patterns": [{"id": "test.x", "regex": "x"}]}' \
  > "$tmp/rules-hostile/patterns/zz_catastrophic.json"
status=0
"$kg" rules check "$tmp/rules-hostile" > "$tmp/out" 2>&1 || status=$?
[ "$status" = 2 ] || fail "rules check with a misspelt extractor: exit $status"
grep -q 'zz_catastrophic.json:2:2: unknown extractor "persn"' "$tmp/out" &&
  grep -q 'zz_catastrophic.json:3:2: unknown key "pattern" in a patterns file' "$tmp/out" ||
  fail "rules check does not list the misspelt extractor and key: $(cat "$tmp/out")"
# An enormous regex (2 MB of alternatives): refused before re2 spends seconds on it.
python3 -c "
import json
regex = '|'.join('word%dx' % k for k in range(250000))
print(json.dumps({'type': 'patterns', 'extractor': 'noise', 'patterns': [{'id': 'test.enormous', 'regex': regex}]}))" \
  > "$tmp/rules-hostile/patterns/zz_catastrophic.json"
run 2 'zz_catastrophic.json:1:[0-9]+: \[test.enormous\] regex too long: [0-9]+ bytes once expanded \(at most 1 MiB\)' \
  "$kg" build --rules "$tmp/rules-hostile" -o "$tmp/earlier.json" "$tmp/xs.txt"
unchanged build enormous regex

# A killed run, stopped by lib/signal_at_rename.c just as it renames its complete temporary
# file (or folder) into place, every time: SIGTERM's handler removes it (exit 143); after
# SIGKILL (137) it stays, and the next run into the same output removes it. The earlier
# output is whole either way.
cc -shared -fPIC -o "$tmp/signal_at_rename.so" "$(dirname "$0")/lib/signal_at_rename.c" -ldl ||
  fail "cannot compile lib/signal_at_rename.c"
killed() {  # killed SIGNAL COMMAND...: COMMAND dies of SIGNAL as it renames its output
  local signal=$1 status=0
  shift
  LD_PRELOAD="$tmp/signal_at_rename.so" KG_TEST_SIGNAL="$(kill -l "$signal")" \
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
    "$@" > /dev/null 2>&1 || status=$?
  [ "$status" = $((128 + $(kill -l "$signal"))) ] || fail "SIG$signal: exit $status from $*"
}
leftovers() { find "$tmp" -name '*.kg-tmp-*'; }
killed TERM "$kg" build -o "$tmp/earlier.json" "$tmp/lf.txt"
unchanged SIGTERM
[ -z "$(leftovers)" ] || fail "SIGTERM left $(leftovers)"
killed KILL "$kg" build -o "$tmp/earlier.json" "$tmp/lf.txt"
unchanged SIGKILL
left=$(leftovers)
[ -n "$left" ] && [ "$(tail -c 2 "$left")" = $'}' ] ||
  fail "SIGKILL left no whole temporary file: '$left'"
run 0 quiet "$kg" build -o "$tmp/earlier.json" "$tmp/lf.txt" 2> /dev/null
[ -z "$(leftovers)" ] || fail "the next run left $(leftovers)"
grep -q '"nodes"' "$tmp/earlier.json" || fail "the next run wrote no graph"
# The same for a neo4j-csv folder, new and replacing an earlier export.
for earlier in no yes; do
  killed TERM "$kg" export --format neo4j-csv -o "$tmp/csv" "$tmp/lf.txt"
  [ -z "$(leftovers)" ] || fail "SIGTERM left $(leftovers)"
  killed KILL "$kg" export --format neo4j-csv -o "$tmp/csv" "$tmp/lf.txt"
  [ -n "$(leftovers)" ] || fail "SIGKILL left no temporary folder"
  [ "$earlier" = no ] || [ -x "$tmp/csv/import.sh" ] || fail "SIGKILL lost the earlier export"
  "$kg" export --format neo4j-csv -o "$tmp/csv" "$tmp/lf.txt" > /dev/null 2>&1
  [ -z "$(leftovers)" ] || fail "the next export left $(leftovers)"
  [ -x "$tmp/csv/import.sh" ] || fail "no export after the killed one"
done

echo "bad input: ok"
