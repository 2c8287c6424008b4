#!/usr/bin/env python3
"""Writes a synthetic news-item corpus of the brochure's genre, for benchmarks.

usage: generate_corpus.py ITEMS [--seed S] > corpus.txt

Names, institutions and date forms are drawn at random (seeded, so runs repeat), in the
heading forms of several sites: `19-20 June 2018:`, `26.09.2014 -`, `September 26, 2014:`,
`Friday, September 26, 2014 -`, ISO dates.
"""
import argparse
import datetime
import random

FIRST = ["Anna", "Marco", "Leila", "Tomas", "Grace", "Yusuf", "Ingrid", "Pablo", "Mei", "Kwame",
         "Sofia", "Dmitri", "Amina", "Lukas", "Rosa", "Hiroshi", "Fatou", "Jonas", "Elena", "Omar"]
LAST = ["Keller", "Rossi", "Haddad", "Novak", "Mensah", "Okafor", "Lindqvist", "Herrera", "Chen",
        "Boateng", "Moreau", "Ivanova", "Diallo", "Schmidt", "Costa", "Tanaka", "Ndiaye", "Berg"]
TITLES = ["Chief of the Terrorism Prevention Branch", "Head of the Brussels Liaison Office",
          "Programme Officer", "Regional Coordinator", "Senior Adviser", "Director of Operations"]
BODIES = ["DG HOME", "DG DEVCO", "DG NEAR", "the European External Action Service",
          "the Horizontal Working Party on Drugs", "the European Parliament", "Europol", "Frontex"]
PROGRAMMES = ["Container Control Programme", "Global Maritime Crime Programme", "AIRCOP",
              "Global Programme on Cybercrime", "Cocaine Route Programme"]
PLACES = ["Brussels", "Vienna", "Nairobi", "Dakar", "Panama", "Bangkok", "Tunis", "Kabul"]
TOPICS = ["migrant smuggling", "cybercrime", "maritime crime", "drug trafficking", "corruption",
          "wildlife crime", "terrorism prevention", "firearms trafficking"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def heading_date(rng, day):
    form = rng.randrange(5)
    if form == 0:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if form == 1:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if form == 2:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if form == 3:
        return f"{day.strftime('%A')}, {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return day.isoformat()


def item(rng, day):
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    topic, body, prog = rng.choice(TOPICS), rng.choice(BODIES), rng.choice(PROGRAMMES)
    place = rng.choice(PLACES)
    sep = rng.choice([":", " -"])
    return (f"{heading_date(rng, day)}{sep} Exchanges on {topic}\n\n"
            f"Ms {person}, {rng.choice(TITLES)} of UNODC, met {body} in {place} to discuss "
            f"{topic}. Mr {other} from UNODC presented the {prog}, funded by the European Union. "
            f"The meeting was an opportunity to share best practices.\n\n"
            f"Image © UNODC\n\n\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("items", type=int)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    day = datetime.date(2030, 1, 1)
    print("Synthetic corpus for kg benchmarks\n\n")
    for _ in range(a.items):
        day -= datetime.timedelta(days=rng.randrange(1, 4))
        print(item(rng, day), end="")


if __name__ == "__main__":
    main()
