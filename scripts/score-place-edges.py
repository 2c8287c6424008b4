#!/usr/bin/env python3
"""Scores the held_in and active_in edges of a graph against a gold file that lists them.

`kg eval` scores what the reference scorer kgscore.py scores, which knows no place edges. A gold
item may also hold "held_in": [place, ...] (where the item's event took place) and
"active_in": [[programme, place], ...] (docs/GUIDELINE.md, section 3). This script compares the
graph that `kg build -o graph.json` saved with them, item by item, and prints a table in the
shape of `kg eval`'s (P, R, F1, tp, fp, fn), then the misses and spurious edges with --errors.

usage: score-place-edges.py GOLD.json GRAPH.json [--errors]
"""
import json
import sys


def norm(name):
    return " ".join(name.casefold().replace("’", "'").split())


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    gold = json.load(open(argv[1], encoding="utf-8"))
    graph = json.load(open(argv[2], encoding="utf-8"))
    show_errors = "--errors" in argv[3:]

    # (kind, normalised form) -> canonical gold name
    alias = {}
    for e in gold["entities"]:
        for form in [e["name"], *e.get("aliases", [])]:
            alias.setdefault((e["kind"], norm(form)), e["name"])

    nodes = {n["id"]: n for n in graph["nodes"]}

    def label(node_id):
        node = nodes[node_id]
        for form in [node.get("name", ""), *node.get("aliases", [])]:
            found = alias.get((node["kind"], norm(form)))
            if found:
                return found
        return "?" + node_id

    held_gold, held_pred, active_gold, active_pred = set(), set(), set(), set()
    for item in gold["items"]:
        held_gold |= {(item["n"], place) for place in item.get("held_in", [])}
        active_gold |= {(item["n"], prog, place) for prog, place in item.get("active_in", [])}
    for link in graph["links"]:
        for ev in link.get("evidence", []):
            if link["kind"] == "held_in":
                held_pred.add((nodes[link["source"]]["n"], label(link["target"])))
            elif link["kind"] == "active_in":
                active_pred.add((ev["item"], label(link["source"]), label(link["target"])))

    print(f"{'table':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}")
    for name, g, p in (("held_in", held_gold, held_pred), ("active_in", active_gold, active_pred)):
        tp, fp, fn = len(g & p), len(p - g), len(g - p)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{name:<12}{prec:>7.3f}{rec:>7.3f}{f1:>7.3f}{tp:>7}{fp:>7}{fn:>7}")
        if show_errors:
            for miss in sorted(g - p, key=str):
                print(f"    miss     {miss}")
            for extra in sorted(p - g, key=str):
                print(f"    spurious {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
