#!/usr/bin/env bash
# `kg path` lengths equal networkx's shortest path lengths on the exported JSON, direction
# ignored: first on a hand-made graph (tests/data/query/rich.json), then on the bundled
# brochure. Each graph must offer at least 20 connected pairs of entities.
# Usage: tests/cli/path_matches_networkx.sh KG   (run at the repository root)
set -euo pipefail
kg=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

compare() {  # compare LABEL GRAPH_JSON
  /usr/bin/python3 - "$kg" "$1" "$2" <<'PY'
import json, random, subprocess, sys

import networkx as nx

kg, label, path = sys.argv[1:4]
data = json.load(open(path, encoding="utf-8"))
try:  # networkx >= 3.4 names the key `edges`; Debian's 2.8.8 names it `link`
    graph = nx.node_link_graph(data, edges="links")
except TypeError:
    graph = nx.node_link_graph(data, link="links")
undirected = nx.Graph(graph.to_undirected())
kind = nx.get_node_attributes(graph, "kind")
entities = sorted(n for n in graph.nodes if kind.get(n) != "event")
if not entities:
    print(f"SKIP {label}: the graph has no entity nodes yet (only events)")
    sys.exit(0)

def kg_path(a, b, *options):
    run = subprocess.run([kg, "path", a, b, path, "--json", *options], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"FAIL {label}: kg path {a} {b} {' '.join(options)} exited {run.returncode}: {run.stderr.strip()}")
    return run.returncode, json.loads(run.stdout)

# Pairs drawn with a fixed seed: the same pairs on every run.
rng = random.Random(20240601)
candidates = [(a, b) for i, a in enumerate(entities) for b in entities[i + 1:]]
rng.shuffle(candidates)
connected = [p for p in candidates if nx.has_path(undirected, *p)][:30]
apart = [p for p in candidates if not nx.has_path(undirected, *p)][:5]
if len(connected) < 20:
    sys.exit(f"FAIL {label}: only {len(connected)} connected pairs of entities; need 20 "
             f"({len(entities)} entities, {undirected.number_of_edges()} edges)")

failures = []
for a, b in connected:
    expected = nx.shortest_path_length(undirected, a, b)
    code, answer = kg_path(a, b)
    paths = answer["paths"]
    if code != 0 or answer["length"] != expected or len(paths[0]) != 2 * expected + 1:
        failures.append(f"{a} -- {b}: kg {answer['length']} (exit {code}), networkx {expected}")
        continue
    walk = [step["node"] for step in paths[0][::2]]
    if walk[0] != a or walk[-1] != b or any(not undirected.has_edge(x, y) for x, y in zip(walk, walk[1:])):
        failures.append(f"{a} -- {b}: kg's path {walk} is not a path of the graph")
for a, b in apart:
    code, answer = kg_path(a, b)
    if code != 1 or answer["paths"]:
        failures.append(f"{a} -- {b}: no path in networkx, kg exit {code} with {len(answer['paths'])} paths")

# Every shortest path (--all) and paths through events only (--node-kinds event).
for a, b in connected[:8]:
    expected = sorted(tuple(p) for p in nx.all_shortest_paths(undirected, a, b))
    _, answer = kg_path(a, b, "--all")
    got = sorted(tuple(step["node"] for step in p[::2]) for p in answer["paths"])
    if got != expected:
        failures.append(f"{a} -- {b} --all: kg {len(got)} paths, networkx {len(expected)}")
    keep = {n for n in undirected if kind.get(n) == "event"} | {a, b}
    through_events = undirected.subgraph(keep)
    code, answer = kg_path(a, b, "--node-kinds", "event")
    if nx.has_path(through_events, a, b):
        if answer["length"] != nx.shortest_path_length(through_events, a, b):
            failures.append(f"{a} -- {b} --node-kinds event: kg {answer['length']}")
    elif code != 1:
        failures.append(f"{a} -- {b} --node-kinds event: expected no path, kg exit {code}")

if failures:
    print(f"FAIL {label}:", *failures, sep="\n  ")
    sys.exit(1)
lengths = sorted(nx.shortest_path_length(undirected, a, b) for a, b in connected)
print(f"ok {label}: {len(connected)} pairs agree with networkx {nx.__version__} "
      f"(lengths {lengths[0]}..{lengths[-1]}), {len(apart)} unconnected pairs give exit 1")
PY
}

"$kg" export --format json -o "$tmp/rich.json" tests/data/query/rich.json
compare "hand-made graph" "$tmp/rich.json"
"$kg" export --format json -o "$tmp/brochure.json"
compare "brochure" "$tmp/brochure.json"
