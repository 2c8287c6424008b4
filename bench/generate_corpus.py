#!/usr/bin/env python3
"""Writes a synthetic news-item corpus of the brochure's genre, for benchmarks and scale tests.

usage: generate_corpus.py ITEMS [--seed S] [--names fixed|new] [--typos FILE] [--one-item]
       > corpus.txt

Institutions and date forms are drawn at random (seeded, so runs repeat), in the heading forms
of several sites: `19-20 June 2018:`, `26.09.2014 -`, `September 26, 2014:`,
`Friday, September 26, 2014 -`, ISO dates. Dates run forward from 1 January 2000, so any
number of items stays in the years kg reads.

--names fixed   people drawn from 20 first names x 18 surnames: names repeat (the old corpus)
--names new     every item brings three new people whose names are random syllables
                ("Tomivel Gorvelmi"), and names one person of an earlier item again; about one
                repeat in twenty misspells the surname by one letter. The graph grows with the
                corpus, as it does on a real archive.
--typos FILE    (with --names new) writes each deliberate misspelling as "wrong<TAB>right".
--one-item      the texts of all ITEMS under the first heading: one long item (kg's speed
                on a single item of megabytes; about 450 bytes per ITEMS).
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
# Few syllables, so that distinct people often have names one or two letters apart
# ("Tomivel Gorvelmi", "Tamiver Lovelmi"): what resolution must keep apart at scale.
SYLLABLES = ["an", "ren", "vel", "mi", "to", "ta", "gor", "lo", "na", "ver", "el", "ri", "ma",
             "sa", "ko", "li", "mir", "dan"]


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


def invented_word(rng):
    syllables = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return syllables[:1].upper() + syllables[1:]


class NewPeople:
    """Invented people: never two with the same name; some come back, a few misspelt."""

    def __init__(self, rng):
        self.rng = rng
        self.known = []
        self.taken = set()
        self.typos = []

    def fresh(self):
        while True:
            name = f"{invented_word(self.rng)} {invented_word(self.rng)}"
            if name not in self.taken:
                self.taken.add(name)
                self.known.append(name)
                return name

    def again(self):
        name = self.rng.choice(self.known)
        first, last = name.split(" ")
        if len(last) >= 6 and self.rng.random() < 0.05:
            wrong = self.misspelt(last)
            if f"{first} {wrong}" not in self.taken:
                self.typos.append((f"{first} {wrong}", name))
                return f"{first} {wrong}"
        return name

    def misspelt(self, word):
        # One letter replaced, never the first: the kind of typo a repair should undo.
        at = self.rng.randrange(2, len(word))
        letter = self.rng.choice([c for c in "aeioulnrst" if c != word[at]])
        return word[:at] + letter + word[at + 1:]


def fixed_people(rng):
    return [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2)]


def item(rng, day, people, again, heading=True):
    topic, body, prog = rng.choice(TOPICS), rng.choice(BODIES), rng.choice(PROGRAMMES)
    place = rng.choice(PLACES)
    sep = rng.choice([":", " -"])
    text = f"{heading_date(rng, day)}{sep} Exchanges on {topic}\n\n" if heading else ""
    text += (f"Ms {people[0]}, {rng.choice(TITLES)} of UNODC, met {body} in {place} to discuss "
            f"{topic}. Mr {people[1]} from UNODC presented the {prog}, funded by the European "
            f"Union. ")
    if len(people) > 2:
        text += f"Mr {people[2]}, {rng.choice(TITLES)} of Europol, also attended. "
    if again:
        text += f"Ms {again} of UNODC joined the meeting. "
    return text + "The meeting was an opportunity to share best practices.\n\nImage © UNODC\n\n\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("items", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--names", choices=["fixed", "new"], default="fixed")
    ap.add_argument("--typos")
    ap.add_argument("--one-item", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    new_people = NewPeople(rng)
    day = datetime.date(2000, 1, 1)
    print("Synthetic corpus for kg benchmarks\n\n")
    for n in range(a.items):
        day += datetime.timedelta(days=rng.randrange(0, 2))
        if a.names == "new":
            people = [new_people.fresh() for _ in range(3)]
            again = new_people.again() if n > 0 else None
        else:
            people, again = fixed_people(rng), None
        text = item(rng, day, people, again, heading=n == 0 or not a.one_item)
        # One item: its paragraphs, without the blank lines that end an item.
        print(text.rstrip("\n") + "\n\n" if a.one_item else text, end="")
    if a.typos:
        with open(a.typos, "w", encoding="utf-8") as out:
            for wrong, right in new_people.typos:
                out.write(f"{wrong}\t{right}\n")


if __name__ == "__main__":
    main()
