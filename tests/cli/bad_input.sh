#!/usr/bin/env bash
# Bad input (issue 9), each case with its exit code, a message naming the file (and line), and
# no output replaced: empty, blank and binary files, Windows-1252, UTF-16/32, CRLF, lone CR,
# NUL bytes, a corpus or folder without items, an empty rules folder, unreadable entries.
# No case may end in "internal error".
set -euo pipefail
kg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "$*" >&2
  exit 1
}
# run CODE PATTERN COMMAND...: that exit code and PATTERN (grep -E) on stderr; PATTERN
# "quiet" wants nothing on stderr.
run() {
  local code=$1 pattern=$2 status=0
  shift 2
  "$@" > "$tmp/out" 2> "$tmp/err" || status=$?
  ! grep -q 'internal error' "$tmp/err" || fail "internal error from: $*: $(cat "$tmp/err")"
  if [ "$pattern" = quiet ]; then
    [ "$status" = "$code" ] && [ ! -s "$tmp/err" ] ||
      fail "expected exit $code and no message from: $*; got $status: $(head -c 2000 "$tmp/err")"
    return
  fi
  [ "$status" = "$code" ] && grep -Eq -- "$pattern" "$tmp/err" ||
    fail "expected exit $code and /$pattern/ from: $*; got $status: $(head -c 2000 "$tmp/err")"
}
# An earlier good output that a failed run must leave as it was.
echo '{"earlier": "output"}' > "$tmp/earlier.json"
unchanged() {
  [ "$(cat "$tmp/earlier.json")" = '{"earlier": "output"}' ] || fail "output replaced after: $*"
}
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
    "crlf": text.replace(b"\n", b"\r\n"),
    "cr": text.replace(b"\n", b"\r"),
    "cp1252": s.replace("Another", "Caf\u00e9 \u201ctalks\u201d").encode("cp1252"),
    "nul": text.replace(b"Paul", b"Pa\0ul"),
    "random": bytes((k * 7919 + (k >> 3) * 31) % 256 for k in range(20000)),
}
for name, data in out.items():
    open(f"{d}/{name}.txt", "wb").write(data)
PY
for name in utf16le-bom utf16be-bom utf16le utf16be utf32le-bom utf32be-bom crlf cr; do
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
run 0 'loop.txt: warning: skipped: cannot read it \(Too many levels of symbolic links\)' \
  "$kg" items "$tmp/folder"
grep -q 'broken.txt: warning: skipped: cannot read it (No such file or directory)' "$tmp/err" ||
  fail "broken link not named: $(cat "$tmp/err")"
cmp -s "$tmp/out" "$tmp/lf.items" || fail "folder: the readable file's items are lost"
# Named directly, or a name too long: an error naming the path and the system's reason; never
# "internal error: filesystem error".
refused "$tmp/folder/loop.txt" 'loop.txt: cannot read file \(Too many levels of symbolic links\)'
long_name=$tmp/$(printf 'n%.0s' {1..300}).txt
run 2 'cannot read file \(File name too long\)' "$kg" build "$long_name"
cp -r rules "$tmp/rules-loop" && ln -s loop "$tmp/rules-loop/patterns/loop"
run 2 'rules-loop/patterns/loop: cannot read \(Too many levels of symbolic links\)' \
  "$kg" build --rules "$tmp/rules-loop" -o "$tmp/earlier.json" "$tmp/lf.txt"
unchanged build --rules rules-loop
echo "bad input: ok"
