#!/usr/bin/env bash
# The query commands through the executable, on the hand-made graph tests/data/query/small.json:
# outputs, formats and exit codes (0 found, 1 nothing found, 2 error/ambiguous/unknown).
# Usage: tests/cli/query_commands.sh KG   (run at the repository root)
set -uo pipefail
kg=$1
graph=tests/data/query/small.json
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# expect CODE PATTERN -- ARGS...: exit code CODE and stdout+stderr matching PATTERN (grep -E).
expect() {
  local code=$1 pattern=$2
  shift 3
  local out
  out=$("$kg" "$@" 2>&1)
  local got=$?
  [ "$got" = "$code" ] || fail "kg $* exited $got, expected $code; output: $out"
  if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" <<<"$out"; then
    fail "kg $*: output lacks /$pattern/: $out"
  fi
}

# path
expect 0 '^  <--attended--  Horizontal Working Party on Drugs \(organisation\)$' -- path "Silke Albert" "Horizontal Working Party on Drugs" "$graph"
expect 0 '--attended-->  2017-03-01 Meeting on drugs \(event:1\)' -- path "silke albert" hwpd "$graph"
expect 0 'item 1: "Ms Silke Albert of UNODC briefed the party." \[test.rule\]' -- path "Silke Albert" "Horizontal Working Party on Drugs" --evidence "$graph"
# A sentence two rules read prints once, with both rules.
expect 0 'item 1: "The Horizontal Working Party on Drugs met on 1 March." \[test.rule, test.second_rule\]$' -- path "Silke Albert" "Horizontal Working Party on Drugs" --evidence "$graph"
[ "$("$kg" path "Silke Albert" "Horizontal Working Party on Drugs" --evidence "$graph" 2>&1 | grep -c 'met on 1 March')" = 1 ] || fail "kg path --evidence printed a sentence twice"
# An unknown command names the nearest one.
expect 2 'unknown command "shwo"; did you mean "show"\?' -- shwo "Silke Albert" "$graph"
expect 2 'unknown command "frobnicate" \(' -- frobnicate
expect 0 '^path 3 of 3, 4 hops:$' -- path Dakowah "Silke Albert" -k 3 "$graph"
expect 0 '^path 2 of 2, 2 hops:$' -- path Dakowah "Silke Albert" --all "$graph"
expect 0 '--represents-->  UNODC' -- path Dakowah "Silke Albert" --edge-kinds represents "$graph"
# The window applies to affiliations too: both are stated in 2017 only, so 2018 has no path.
expect 1 'no path between' -- path Dakowah "Silke Albert" --from 2018-01-01 --to 2018-12-31 "$graph"
expect 0 '--represents-->  UNODC' -- path Dakowah "Silke Albert" --from 2017-01-01 --to 2017-12-31 --edge-kinds represents "$graph"
expect 0 '' -- path Dakowah "Silke Albert" --node-kinds event "$graph"
expect 1 '^no path between Yatta Dakowah \(person\) and Silke Albert \(person\) with these options$' -- path Dakowah "Silke Albert" --edge-kinds funds "$graph"
expect 1 '' -- path Dakowah "Silke Albert" --max-hops 1 "$graph"
expect 1 '^no path between' -- path Dakowah Brussels "$graph"
expect 2 '"albert" is ambiguous' -- path albert UNODC "$graph"
expect 2 'person  person:anna-albert   Anna Albert' -- path albert UNODC "$graph"
expect 2 'no entity named "Europool"; nearest names: "Europol", ' -- path Europool UNODC "$graph"
expect 0 '' -- path person:anna-albert organisation:unodc "$graph"
expect 2 'excludes' -- path Dakowah UNODC --all -k 2 "$graph"
expect 2 'unknown edge kind "met"' -- path Dakowah UNODC --edge-kinds met "$graph"
expect 2 'not a date' -- path Dakowah UNODC --from 2017-13-01 "$graph"
expect 2 'before --from' -- path Dakowah UNODC --from 2018-01-01 --to 2017-01-01 "$graph"

json=$("$kg" path Dakowah "Silke Albert" -k 3 --evidence --json "$graph")
/usr/bin/python3 - "$json" <<'PY' || fail "path --json shape"
import json, sys
d = json.loads(sys.argv[1])
assert d["length"] == 2, d["length"]
assert [len(p) for p in d["paths"]] == [5, 5, 9]
first = d["paths"][0]
assert first[0] == {"node": "person:yatta-dakowah", "name": "Yatta Dakowah", "kind": "person"}, first[0]
assert first[1]["edge"] == "attended" and first[1]["evidence"][0]["sentence"].startswith("Ms Yatta")
assert first[2]["kind"] == "event" and first[2]["date"] == "2017-03-01" and first[2]["name"] == "Meeting on drugs"
PY
[ "$("$kg" path Dakowah Brussels --json "$graph")" = $'{\n  "length": null,\n  "paths": []\n}' ] || fail "no path --json"
[ "$("$kg" path Dakowah "Silke Albert" --all --csv "$graph" | head -2)" = $'path,step,id,name,kind,date,end_date,edge,direction\n1,0,person:yatta-dakowah,Yatta Dakowah,person,,,,' ] || fail "path --csv"

# show and neighbours
expect 0 '^  aliases  Ms Albert; Ms Silke Albert$' -- show "Silke Albert" "$graph"
expect 0 '2017-06-10\.\.2017-06-11  Migration exchanges' -- show ms\ albert "$graph"
expect 0 '^  represented by \(3\)$' -- show UNODC "$graph"
expect 0 '"label": "attended by"' -- show event:2 --json "$graph"
expect 0 '^represents,out,organisation:unodc,UNODC,organisation,,,1$' -- show "Silke Albert" --csv "$graph"
expect 2 'no entity named' -- show "Nobody At All" "$graph"
expect 0 '^3 neighbours of UNODC \(organisation\) within 1 hop$' -- neighbours UNODC "$graph"
expect 0 'Launch of GLO.ACT +2016-11-20 +event:4 +attended +José Álvarez$' -- neighbours UNODC --depth 2 --kind event "$graph"
expect 0 '^1,programme,GLO.ACT,,programme:glo-act,funds,$' -- neighbours "European Union" --kind programme --csv "$graph"
expect 1 '^0 neighbours' -- neighbours Brussels "$graph"
# The shared filter options: --node-kinds picks the nodes listed (--kind is its other name),
# --edge-kinds and --from/--to cut the graph walked, checked as every command checks them.
expect 0 '^1,programme,GLO.ACT,,programme:glo-act,funds,$' -- neighbours "European Union" --node-kinds programme --csv "$graph"
[ "$("$kg" neighbours UNODC --depth 2 --kind event,person "$graph")" = "$("$kg" neighbours UNODC --depth 2 --node-kinds event,person "$graph")" ] || fail "neighbours: --kind and --node-kinds differ"
expect 0 '^3 neighbours of UNODC \(organisation\) within 2 hops$' -- neighbours UNODC --depth 2 --edge-kinds represents "$graph"
expect 0 '^1,event,Migration exchanges,2017-06-10..2017-06-11,event:2,attended,$' -- neighbours "Silke Albert" --from 2017-06-01 --csv "$graph"
[ "$("$kg" neighbours "Silke Albert" --from 2017-06-01 --csv "$graph" | wc -l)" = 2 ] || fail "neighbours --from kept an edge or event outside the window"
expect 1 'Meeting on drugs is an event outside --from/--to' -- neighbours "Meeting on drugs" --from 2018-01-01 "$graph"
expect 2 'unknown node kind "unicorn"' -- neighbours UNODC --node-kinds unicorn "$graph"
expect 2 'unknown edge kind "unicorn"' -- neighbours UNODC --edge-kinds unicorn "$graph"
expect 2 '--to 2017-01-01 is before --from 2018-01-01' -- neighbours UNODC --from 2018-01-01 --to 2017-01-01 "$graph"

# engagements
expect 0 '^UNODC people x eu bodies: 3 people, 5 bodies$' -- engagements "$graph"
expect 0 '^Silke Albert +2 +2 +\. +\. +\. +1$' -- engagements "$graph"
expect 0 '^Silke Albert,person:silke-albert,2,1$' -- engagements --from 2017-01-01 --to 2017-12-31 --csv "$graph"
expect 0 '^person,id,European External Action Service,Horizontal Working Party on Drugs$' -- engagements --bodies tests/data/query/group.json --csv "$graph"
# UNODC is in this group through its alias "United Nations Office on Drugs and Crime".
expect 0 '^Anna Albert,person:anna-albert,1,0,0$' -- engagements --org Europol --bodies tests/data/query/group.json --keep-empty --csv "$graph"
expect 1 '0 people' -- engagements --org "Council of Europe" "$graph"
expect 2 'bad-group.json:4:3: unknown field "pattern"' -- engagements --bodies tests/data/query/bad-group.json "$graph"
expect 2 'no group "nato"' -- engagements --bodies nato "$graph"
json=$("$kg" engagements --json "$graph")
/usr/bin/python3 - "$json" <<'PY' || fail "engagements --json shape"
import json, sys
d = json.loads(sys.argv[1])
assert d["organisation"]["id"] == "organisation:unodc" and d["group"] == "eu"
assert [r["id"] for r in d["rows"]] == ["person:silke-albert", "person:yatta-dakowah", "person:jose-alvarez"]
assert d["counts"][0] == [2, 0, 0, 0, 1]
cell = next(c for c in d["cells"] if c["person"] == "person:silke-albert" and c["body"] == "organisation:dg-home")
assert [(e["date"], e["title"]) for e in cell["events"]] == [("2017-03-01", "Meeting on drugs"), ("2017-06-10", "Migration exchanges")]
PY

# rank and stats
expect 0 '^   1       3  organisation  UNODC' -- rank "$graph"
expect 0 '^1,56.667,person,Yatta Dakowah,person:yatta-dakowah$' -- rank --kind person --by betweenness --csv "$graph"
expect 0 '^   1       2  organisation  DG HOME' -- rank --kind org --by events "$graph"
expect 0 '^   1       1  organisation  Council of Europe' -- rank --kind org --by events --from 2017-06-01 "$graph"
expect 0 '^   5       0  organisation  European Union' -- rank --kind org --by events --from 2017-06-01 "$graph"
expect 2 '' -- rank --by pagerank "$graph"
# --node-kinds picks the nodes ranked (--kind is its other name); the scores count every kind,
# on the graph --edge-kinds and --from/--to leave.
expect 0 '^1,56.667,person,Yatta Dakowah,person:yatta-dakowah$' -- rank --node-kinds person --by betweenness --csv "$graph"
[ "$("$kg" rank --kind org --by events --from 2017-06-01 "$graph")" = "$("$kg" rank --node-kinds org --by events --from 2017-06-01 "$graph")" ] || fail "rank: --kind and --node-kinds differ"
expect 0 '^1,3,person,Silke Albert,person:silke-albert$' -- rank --node-kinds person --csv "$graph"
expect 0 '^1,2,person,Silke Albert,person:silke-albert$' -- rank --node-kinds person --edge-kinds attended --csv "$graph"
expect 0 '^4,1,person,José Álvarez,person:jose-alvarez$' -- rank --node-kinds person --edge-kinds attended --csv "$graph"
expect 2 'unknown node kind "unicorn"' -- rank --node-kinds unicorn "$graph"
expect 2 'unknown edge kind "unicorn"' -- rank --edge-kinds unicorn "$graph"
# The other commands that filter take --kind too: one set of options.
[ "$("$kg" export --format json --kind person,event "$graph")" = "$("$kg" export --format json --node-kinds person,event "$graph")" ] || fail "export: --kind and --node-kinds differ"
expect 0 '^components  2 \(1 isolated node\)$' -- stats "$graph"
expect 0 '^largest     16 nodes: person 4, organisation 7, programme 1, event 4$' -- stats "$graph"
expect 0 '"largest_component": 16' -- stats --json "$graph"
expect 0 '^edges.attended,13$' -- stats --csv "$graph"

# Same input, same bytes.
[ "$("$kg" rank --by betweenness --json "$graph")" = "$("$kg" rank --by betweenness --json "$graph")" ] || fail "rank is not deterministic"

if [ "$failures" -gt 0 ]; then
  echo "$failures failures"
  exit 1
fi
echo "ok: query commands"
