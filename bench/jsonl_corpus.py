#!/usr/bin/env python3
"""Writes bench/generate_corpus.py's corpus as JSON Lines, each item's text padded with
--filler-kb kilobytes of sentences that name nobody: a corpus far larger than its graph.

python3 bench/jsonl_corpus.py 20000 --filler-kb 10 > big.jsonl
"""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

FILLER = ("The participants reviewed the agenda, agreed on the next steps and thanked "
          "the hosts for the arrangements of the day. ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("items", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--names", choices=["fixed", "new"], default="new")
    ap.add_argument("--filler-kb", type=float, default=0)
    args = ap.parse_args()
    generator = Path(__file__).with_name("generate_corpus.py")
    text = subprocess.run([sys.executable, str(generator), str(args.items), "--seed",
                           str(args.seed), "--names", args.names],
                          check=True, capture_output=True, text=True).stdout
    filler = FILLER * max(0, int(args.filler_kb * 1024 / len(FILLER)))
    out = sys.stdout
    for block in text.split("\n\n\n")[1:]:
        block = block.strip("\n")
        if not block:
            continue
        heading, _, body = block.partition("\n")
        date, title = re.match(r"(.*?)(?::| -) (Exchanges on .*)$", heading).groups()
        item = {"date": date, "title": title, "text": body.strip() + "\n\n" + filler}
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
