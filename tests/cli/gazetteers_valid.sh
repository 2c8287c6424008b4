#!/usr/bin/env bash
# Checks the gazetteers in rules/gazetteers/: valid JSON, "type": "gazetteer", a valid kind
# for every entry, a name for every entry, string-only extra fields, no alias naming two
# entries (exactly, within a kind, across files; or as the same gazetteer-index key, which
# the matcher would confuse: first token case-insensitive below its initial, later tokens
# folded, all-caps acronyms exact), and parents that name existing entries.
# Then, when the kg binary ($1) has the `rules check` subcommand, runs it on rules/.
# Runs at the repository root.
set -euo pipefail
kg=${1:-}
cd "$(dirname "$0")/../.."

python3 - rules/gazetteers <<'PY'
import glob, json, os, sys

folder = sys.argv[1]
files = sorted(glob.glob(os.path.join(folder, "**", "*.json"), recursive=True))
if not files:
    sys.exit(f"no gazetteer files in {folder}")
KINDS = {"person", "organisation", "organization", "programme", "program", "place"}
CANON = {"organization": "organisation", "program": "programme"}
errors = []

# --- the matcher's keys (src/rules/tokenize.cpp, gazetteer_index.cpp) -----------------
def is_word_char(ch):
    cp = ord(ch)
    if cp < 0x80:
        return ch.isascii() and ch.isalnum()
    if cp < 0xC0 or cp in (0xD7, 0xF7):
        return False
    if 0x2000 <= cp <= 0x2BFF or 0x3000 <= cp <= 0x303F or cp == 0xFEFF:
        return False
    return True

def is_upper(ch):
    cp = ord(ch)
    if cp < 0x80:
        return "A" <= ch <= "Z"
    if 0xC0 <= cp <= 0xDE:
        return cp != 0xD7
    if 0x100 <= cp <= 0x17F:
        return cp % 2 == 0
    return False

APOS = ("'", "\u2019")

def tokenize(text):
    tokens, i, glued = [], 0, False
    while i < len(text):
        ch = text[i]
        if ch in " \t\n\r\u00a0":
            glued = False
            i += 1
            continue
        end = i + 1
        if is_word_char(ch):
            j = i + 1
            while j < len(text):
                if is_word_char(text[j]):
                    j += 1
                    continue
                if text[j] in APOS and j + 1 < len(text):
                    after = text[j + 1]
                    if not is_word_char(after):
                        break
                    k = j + 2
                    if after == "s" and (k >= len(text) or not is_word_char(text[k])):
                        break
                    j = k
                    continue
                break
            end = j
        elif ch in APOS and i + 1 < len(text) and text[i + 1] == "s":
            k = i + 2
            if k >= len(text) or not is_word_char(text[k]):
                end = k
        tokens.append((text[i:end], glued))
        i = end
        glued = True
    return tokens

def fold(word):
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in word.replace("\u2019", "'"))

def is_acronym(word):
    if any("a" <= c <= "z" for c in word):
        return False
    return sum("A" <= c <= "Z" for c in word) >= 2

def index_key(form):
    keys = []
    for n, (word, glued) in enumerate(tokenize(form)):
        prefix = "" if n == 0 else ("+" if glued else " ")
        if is_acronym(word):
            keys.append(prefix + "=" + word)
        elif n == 0:
            up = is_upper(word[0]) or not is_word_char(word[0])
            keys.append(("C" if up else "l") + fold(word))
        else:
            keys.append(prefix + "~" + fold(word))
    return tuple(keys)

# --- per file ---------------------------------------------------------------------------
entries = []  # (file, kind, entry)
for path in files:
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        errors.append(f"{path}: not valid JSON: {e}")
        continue
    if not isinstance(doc, dict) or doc.get("type") != "gazetteer":
        errors.append(f"{path}: \"type\" is not \"gazetteer\"")
        continue
    if not isinstance(doc.get("source"), str) or not doc["source"].strip():
        errors.append(f"{path}: no \"source\" saying what the list is")
    file_kind = doc.get("kind")
    if file_kind is not None and file_kind not in KINDS:
        errors.append(f"{path}: unknown kind {file_kind!r}")
    if not isinstance(doc.get("entries"), list) or not doc["entries"]:
        errors.append(f"{path}: no \"entries\" list")
        continue
    for n, e in enumerate(doc["entries"]):
        where = f"{path}: entry {n + 1}"
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
            errors.append(f"{where}: no \"name\"")
            continue
        where += f" ({e['name']})"
        if e["name"] != e["name"].strip():
            errors.append(f"{where}: name has surrounding spaces")
        kind = e.get("kind", file_kind)
        if kind not in KINDS:
            errors.append(f"{where}: no valid kind (person, organisation, programme, place)")
            continue
        for field in ("aliases", "parents"):
            value = e.get(field, [])
            if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
                errors.append(f"{where}: \"{field}\" must be a list of non-empty strings")
                e[field] = []
        for key, value in e.items():
            if key not in ("name", "kind", "aliases", "parents") and not isinstance(value, str):
                errors.append(f"{where}: field {key!r} must be a string")
        entries.append((path, CANON.get(kind, kind), e))

# --- across files -----------------------------------------------------------------------
names = {}
exact = {}   # (kind, form) -> name
keys = {}    # index key -> (name, kind, form)
for path, kind, e in entries:
    if (kind, e["name"]) in names:
        errors.append(f"{path}: {kind} {e['name']!r} is already an entry in {names[(kind, e['name'])]}")
    names[(kind, e["name"])] = path
for path, kind, e in entries:
    for form in [e["name"]] + e.get("aliases", []):
        owner = exact.setdefault((kind, form), e["name"])
        if owner != e["name"]:
            errors.append(f"{path}: {kind} alias {form!r} of {e['name']!r} already names {owner!r}")
            continue
        key = index_key(form)
        if not key:
            errors.append(f"{path}: {form!r} of {e['name']!r} has no tokens")
            continue
        first = keys.setdefault(key, (e["name"], kind, form))
        if first[0] != e["name"] and first[2] != form:
            errors.append(f"{path}: {form!r} of {e['name']!r} matches the same text as "
                          f"{first[2]!r} of {first[0]!r} ({first[1]})")
        elif first[0] != e["name"] and first[1] != kind:
            errors.append(f"{path}: {form!r} names a {kind} and a {first[1]} ({first[0]!r})")
all_names = {name for _, name in names}
for path, kind, e in entries:
    for parent in e.get("parents", []):
        if parent not in all_names:
            errors.append(f"{path}: parent {parent!r} of {e['name']!r} is not a gazetteer entry")
        if parent == e["name"]:
            errors.append(f"{path}: {e['name']!r} is its own parent")

for message in errors:
    print(message, file=sys.stderr)
print(f"{len(files)} gazetteer files, {len(entries)} entries, {len(keys)} forms; {len(errors)} problems")
sys.exit(1 if errors else 0)
PY

# The loader's own check, once the CLI has it.
if [ -n "$kg" ] && [ -x "$kg" ] && "$kg" rules check --help >/dev/null 2>&1; then
  "$kg" rules check rules
else
  echo "kg rules check not available: skipped"
fi
