#!/usr/bin/python3
"""Loads kg's exports with real readers and compares them with the graph they came from.

    check_exports.py --expected GRAPH.json [--graphml F] [--gexf F] [--json F]
                     [--neo4j-csv DIR] [--cypher-strings F] [--names]

GRAPH.json is the graph as `kg export --format json` saves it: node and edge counts by kind
must be equal in every reader. With --names, every node's id and name must come back
unchanged (in XML, less the characters XML 1.0 forbids, which the exporters remove).
--cypher-strings is the decoded string literals of a Cypher script (lint.mjs --strings): every
id and name must be among them.

Readers: networkx (Debian's python3-networkx: read_graphml, read_gexf, node_link_graph) and
Python's csv module for the neo4j-admin files.
"""
import argparse
import collections
import csv
import json
import os
import re
import sys

import networkx as nx
from networkx.readwrite import gexf as nx_gexf

# networkx 2.8 knows GEXF 1.1draft and 1.2draft; 1.3 differs in namespace only for what is read.
nx_gexf.GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
})

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ARRAY_DELIMITER = "\x1f"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def counts(kinds):
    return dict(sorted(collections.Counter(kinds).items()))


def load_expected(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = {n["id"]: n for n in data["nodes"]}
    links = data.get("links", data.get("edges", []))
    return {
        "names": {i: n.get("name", "") for i, n in nodes.items()},
        "nodes": counts(n["kind"] for n in nodes.values()),
        "edges": counts(link["kind"] for link in links),
    }


def compare(reader, expected, node_kinds, edge_kinds, names, xml, check_names):
    got_nodes, got_edges = counts(node_kinds), counts(edge_kinds)
    if got_nodes != expected["nodes"]:
        fail(f"{reader}: nodes by kind {got_nodes}, expected {expected['nodes']}")
    if got_edges != expected["edges"]:
        fail(f"{reader}: edges by kind {got_edges}, expected {expected['edges']}")
    if check_names:
        want = {i: (XML_FORBIDDEN.sub("", n) if xml else n) for i, n in expected["names"].items()}
        if xml:
            want = {XML_FORBIDDEN.sub("", i): n for i, n in want.items()}
        for node_id, name in want.items():
            if node_id not in names:
                fail(f"{reader}: node id {node_id!r} missing")
            elif names[node_id] != name:
                fail(f"{reader}: node {node_id!r} name {names[node_id]!r}, expected {name!r}")
    print(f"{reader}: {sum(got_nodes.values())} nodes {got_nodes}, "
          f"{sum(got_edges.values())} edges {got_edges}")


def check_graphml(path, expected, check_names):
    g = nx.read_graphml(path, force_multigraph=True)
    compare("graphml " + path, expected,
            [d.get("kind") for _, d in g.nodes(data=True)],
            [d.get("kind") for _, _, d in g.edges(data=True)],
            {n: d.get("label") for n, d in g.nodes(data=True)}, True, check_names)
    # networkx keeps GraphML edge ids as the multigraph's edge keys.
    ids = [key for _, _, key in g.edges(keys=True)]
    if len(set(ids)) != len(ids) or None in ids:
        fail(f"graphml {path}: edge ids are not unique")


def check_gexf(path, expected, check_names):
    g = nx.read_gexf(path, version="1.3")
    compare("gexf " + path, expected,
            [d.get("kind") for _, d in g.nodes(data=True)],
            [d.get("kind") for _, _, d in g.edges(data=True)],
            {n: d.get("label") for n, d in g.nodes(data=True)}, True, check_names)
    events = [d for _, d in g.nodes(data=True) if d.get("kind") == "event" and d.get("date")]
    if events and not all("start" in d and "end" in d for d in events):
        fail(f"gexf {path}: events without start/end for the timeline")
    # A one-day event must last a day on the timeline, not no time at all.
    if any(d["end"] <= d["start"] for d in events if "start" in d and "end" in d):
        fail(f"gexf {path}: an event whose interval has no length")
    # Lists are GEXF liststring values, written as JSON arrays.
    for _, d in g.nodes(data=True):
        if "aliases" in d and not isinstance(json.loads(d["aliases"]), list):
            fail(f"gexf {path}: aliases {d['aliases']!r} is not a list")


def node_link(data):
    # networkx 3.4 names the links key `edges=`; 2.8 (Debian 12) takes `link=`.
    try:
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    except TypeError:
        return nx.node_link_graph(data, directed=True, multigraph=True, link="links")


def check_json(path, expected, check_names):
    with open(path, encoding="utf-8") as f:
        g = node_link(json.load(f))
    compare("json " + path, expected,
            [d.get("kind") for _, d in g.nodes(data=True)],
            [d.get("kind") for _, _, d in g.edges(data=True)],
            {n: d.get("name") for n, d in g.nodes(data=True)}, False, check_names)


def check_neo4j_csv(folder, expected, check_names):
    node_kinds, edge_kinds, names, ids = [], [], {}, set()
    files = sorted(os.listdir(folder))
    for name in files:
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        for row in body:
            if len(row) != len(header):
                fail(f"neo4j-csv {name}: a row of {len(row)} fields under {len(header)} columns")
                continue
            record = dict(zip(header, row))
            if name.startswith("nodes-"):
                node_kinds.append(record["kind"])
                names[record["id:ID"]] = record["name"]
                ids.add(record["id:ID"])
            else:
                edge_kinds.append(record["kind"])
                for end in (record[":START_ID"], record[":END_ID"]):
                    if end not in ids and not any(n.startswith("nodes-") for n in files):
                        fail(f"neo4j-csv {name}: unknown node {end!r}")
    with open(os.path.join(folder, "import.sh"), encoding="utf-8") as f:
        script = f.read()
    for name in files:
        if name.endswith(".csv") and name not in script:
            fail(f"neo4j-csv: import.sh does not load {name}")
    compare("neo4j-csv " + folder, expected, node_kinds, edge_kinds, names, False, check_names)


def check_cypher_strings(path, expected):
    with open(path, encoding="utf-8") as f:
        strings = set(json.load(f))
    missing = [(i, n) for i, n in expected["names"].items() if i not in strings or n not in strings]
    for node_id, name in missing:
        fail(f"cypher: id {node_id!r} or name {name!r} not among the script's literals")
    print(f"cypher {path}: {len(expected['names']) - len(missing)} of "
          f"{len(expected['names'])} ids and names found as literals")


def check_stats(path, expected):
    with open(path, encoding="utf-8") as f:
        stats = json.load(f)
    for key, field in (("nodes", "nodes_by_kind"), ("edges", "edges_by_kind")):
        got = {k: v for k, v in sorted(stats[field].items()) if v}
        if got != expected[key]:
            fail(f"kg stats: {field} {got}, but the JSON graph has {expected[key]}")
    print(f"kg stats {path}: counts by kind agree with the JSON graph")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expected", required=True)
    parser.add_argument("--graphml")
    parser.add_argument("--gexf")
    parser.add_argument("--json")
    parser.add_argument("--neo4j-csv")
    parser.add_argument("--cypher-strings")
    parser.add_argument("--names", action="store_true")
    parser.add_argument("--stats", help="`kg stats --json` of the same graph: counts must agree")
    args = parser.parse_args()
    expected = load_expected(args.expected)
    if args.stats:
        check_stats(args.stats, expected)
    if args.graphml:
        check_graphml(args.graphml, expected, args.names)
    if args.gexf:
        check_gexf(args.gexf, expected, args.names)
    if args.json:
        check_json(args.json, expected, args.names)
    if args.neo4j_csv:
        check_neo4j_csv(args.neo4j_csv, expected, args.names)
    if args.cypher_strings:
        check_cypher_strings(args.cypher_strings, expected)
    print(f"readers: {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
