#!/usr/bin/env bash
# A corrections file changes the brochure's graph exactly where it says: the checks compare
# the corrected build with the uncorrected one (never with fixed extraction results, which
# the rules may improve), and look for the provenance in JSON, Cypher, GraphML and explain.
set -euo pipefail
kg="$1"
fix=examples/eu-unodc-brochure.corrections
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --lenient: a line the extraction has made stale must not hide what the others do.
"$kg" build -o "$tmp/raw.json" >/dev/null 2>&1
"$kg" build --corrections "$fix" --lenient -o "$tmp/fixed.json" >/dev/null 2>"$tmp/warnings"
"$kg" engagements --json --keep-empty >"$tmp/raw-matrix.json"
"$kg" engagements --json --keep-empty --corrections "$fix" --lenient >"$tmp/fixed-matrix.json" 2>/dev/null

python3 - "$tmp" "$fix" <<'PY'
import json, re, sys
tmp, fix = sys.argv[1], sys.argv[2]
raw, fixed = (json.load(open(f"{tmp}/{n}.json")) for n in ("raw", "fixed"))

def by_name(graph):
    out = {}
    for node in graph["nodes"]:
        for name in [node["name"]] + node.get("aliases", []):
            out.setdefault(name, node["id"])
    return out

names = by_name(raw)
def edges(graph):
    return {(l["source"], l["target"], l["kind"]): l for l in graph["links"]}
raw_edges, fixed_edges = edges(raw), edges(fixed)

# What the file asks for, read from the file itself.
removed, added = set(), set()
for number, line in enumerate(open(fix), 1):
    line = line.split("#")[0].strip()
    if not line:
        continue
    args = re.findall(r'"([^"]*)"|(\S+)', line)
    words = [a or b for a, b in args]
    negated = words[0] == "not"
    verb, a, b = (words[1:] if negated else words)
    source = names[a]
    target = f"event:{b}" if verb == "attended" else names[b]
    key = (source, target, verb)
    (removed if negated else added).add((key, number))

for key, number in removed:
    assert key not in fixed_edges, f"line {number}: {key} still in the corrected graph"
for key, number in added:
    link = fixed_edges.get(key)
    assert link, f"line {number}: {key} missing from the corrected graph"
    rules = [e["rule"] for e in link["evidence"]]
    assert f"correction {fix}:{number}" in rules, f"line {number}: no provenance in {rules}"

# Nothing else changed.
asked = {k for k, _ in removed} | {k for k, _ in added}
changed = {k for k in raw_edges.keys() ^ fixed_edges.keys()}
assert changed <= asked, f"edges changed that the file does not name: {changed - asked}"
assert changed, "the corrections changed no edge"
for key in raw_edges.keys() & fixed_edges.keys() - asked:
    assert raw_edges[key] == fixed_edges[key], f"{key} changed"
assert [c["source"] for c in fixed["graph"]["corrections"]], "no corrections recorded"

# The matrix changes only in the rows of the people named and at the events named.
def cells(path):
    m = json.load(open(path))
    return {(c["person"], c["body"]): {e["id"] for e in c["events"]} for c in m["cells"]}, \
           {r["id"] for r in m["rows"]}
raw_cells, raw_rows = cells(f"{tmp}/raw-matrix.json")
fixed_cells, fixed_rows = cells(f"{tmp}/fixed-matrix.json")
people = {k[0] for k in asked if k[0].startswith("person:")}
events = {k[1] for k in asked if k[2] == "attended"}
bodies = {k[0] for k in asked if k[2] == "attended"}
for cell in raw_cells.keys() | fixed_cells.keys():
    before, after = raw_cells.get(cell, set()), fixed_cells.get(cell, set())
    if before == after:
        continue
    person, body = cell
    assert person in people or (body in bodies and (before ^ after) <= events), \
        f"cell {cell} changed: {before} -> {after}"
assert fixed_rows - raw_rows <= people, f"new rows {fixed_rows - raw_rows}"
assert fixed_rows != raw_rows, "no row added or removed"
for (person, body), evs in fixed_cells.items():
    assert not (body in bodies and evs & events), f"{person} x {body} still holds {evs & events}"
PY

# Provenance in every export that carries evidence, and in explain.
for format in cypher graphml json; do
  "$kg" export --format "$format" --corrections "$fix" --lenient >"$tmp/export" 2>/dev/null
  grep -q "correction $fix:[0-9]" "$tmp/export" || { echo "no provenance in $format"; exit 1; }
done
"$kg" explain "Bob Van den Berghe" --corrections "$fix" --lenient >"$tmp/explain" 2>/dev/null
grep -q "\[correction $fix:[0-9]*\]" "$tmp/explain" || { echo "no provenance in explain"; exit 1; }
# $KG_CORRECTIONS does what --corrections does.
KG_CORRECTIONS="$fix" "$kg" build --lenient -o "$tmp/env.json" >/dev/null 2>&1
cmp -s "$tmp/env.json" "$tmp/fixed.json" || { echo "KG_CORRECTIONS not applied"; exit 1; }

# A stale correction fails with its file and line; --lenient makes it a warning.
printf '# stale\nnot represents "Silke Albert" Jamaica\ndrop "Zebulon Quarterfield"\n' >"$tmp/stale"
set +e
err="$("$kg" build --corrections "$tmp/stale" 2>&1 >/dev/null)"
code=$?
set -e
[ "$code" -eq 2 ] || { echo "stale correction should exit 2, got $code"; exit 1; }
grep -q "$tmp/stale:2: correction \`not represents \"Silke Albert\" Jamaica\`: the graph has no edge" <<<"$err" ||
  { echo "bad stale message: $err"; exit 1; }
warn="$("$kg" build --corrections "$tmp/stale" --lenient 2>&1 >/dev/null)"
grep -q "$tmp/stale:2: warning: " <<<"$warn" || { echo "no warning for line 2: $warn"; exit 1; }
grep -q "$tmp/stale:3: warning: .*no entity named \"Zebulon Quarterfield\"" <<<"$warn" ||
  { echo "no warning for line 3: $warn"; exit 1; }
# A saved graph keeps the corrections it was built with; more are an error.
set +e
"$kg" stats --corrections "$fix" "$tmp/raw.json" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "corrections on a saved graph should exit 2"; exit 1; }
set -e
echo ok
