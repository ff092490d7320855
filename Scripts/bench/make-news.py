#!/usr/bin/env python3
"""Writes a deterministic corpus of news-like articles for the extraction benchmark.

Sentences come from the templates below (written for this benchmark), filled with names
read from the project's gazetteers (countries, demonyms, cities, companies and
international organizations) and a short list of well-known people. The same arguments
always give byte-identical files.

usage: make-news.py OUTPUT_DIR [TOTAL_BYTES] [ARTICLE_BYTES]
"""
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZETTEER = os.path.join(ROOT, "Sources", "GraphExtraction", "Gazetteer")

PEOPLE = [
    "Donald Trump", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Narendra Modi",
    "Vladimir Putin", "Fumio Kishida", "Justin Trudeau", "Luiz Inacio Lula da Silva",
    "Cyril Ramaphosa", "Recep Tayyip Erdogan", "Giorgia Meloni", "Anthony Albanese",
    "Jensen Huang", "Tim Cook", "Sundar Pichai", "Satya Nadella", "Mary Barra",
    "Antonio Guterres", "Ursula von der Leyen", "Kristalina Georgieva", "Scott Bessent",
    "Marco Rubio", "Wang Yi", "Annalena Baerbock", "Rishi Sunak", "Pedro Sanchez",
]
LEADER_TITLES = ["President", "Prime Minister", "Chancellor", "Premier"]
OFFICE_TITLES = ["Foreign Minister", "Trade Minister", "Finance Minister", "Ambassador"]
COMPANY_TITLES = ["CEO", "chief executive", "chairman", "chief financial officer"]
EVENTS = ["phone call", "meeting", "summit", "round of talks", "trade agreement", "state visit"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

TEMPLATES = [
    "On {weekday}, {D1} {leader} {P1} and {D2} {leader2} {P2} held a {minutes}-minute {event}.",
    "The {event}, initiated by {P1}, focused on trade, security and climate change.",
    "{C1} accused {C2} of dumping cheap steel on world markets.",
    "{C2} has criticized {C1} for imposing restrictions on chip sales to {C3}.",
    "{C1} raised its tariffs on {D2} goods from {rate1}% to {rate2}%, officials said.",
    "{P1} invited {P2} to visit {C2} later this year.",
    "In {year}, during the meeting with {P2}, {P1} stressed the need for cooperation.",
    "{O1} {ctitle} {P3} said the company would expand production in {CITY1}, {CITY1C}.",
    "{P3}, the {ctitle} of {O1}, told analysts that demand remained strong.",
    "The {month} {day} agreement between {C1} and {C2} lowered duties on farm goods.",
    "{C1} and {C2} agreed to work together on clean energy and public health.",
    "{D1} {office} {P2} met {D2} {leader2} {P1} in {CITY1} on {month} {day}, {year}.",
    "The two leaders discussed trade, investment and student exchanges.",
    "He also accused {C2} of breaking the spirit of the deal.",
    "Markets rose on {weekday} as investors welcomed the news from {CITY2}.",
    "{IO1} imposed sanctions on {C3} after months of negotiations.",
    "Analysts expect the next round of talks to take place in {CITY2}, {CITY2C}.",
    "{C3} was criticized by {IO1} for its handling of the crisis.",
    "The {event} lasted two hours and ended with a joint statement.",
    "Trade between the two countries reached ${amount} billion in {year}, a record.",
    "{P1} said the talks had been constructive, according to a statement from {O2}.",
    "Factories in {CITY1} and {CITY2} reported higher orders in {month}.",
    "{IO1} {office2} {P3} warned that growth would slow in {C3} next year.",
    "{C1} imposed export controls on advanced chips to {C2} in {month} {year}.",
    "{C2} and {C1} negotiated for several days before reaching a deal.",
]


def read_rows(name, variable):
    path = os.path.join(GAZETTEER, name)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    start = text.index(f"static let {variable} = \"\"\"")
    body = text[start:].split('"""')[1]
    return [line.strip() for line in body.splitlines() if line.strip()]


def load():
    countries = []
    for row in read_rows("GazetteerData+Countries.swift", "countries"):
        name, _, demonyms = (row.split("|") + ["", ""])[:3]
        demonym = demonyms.split(";")[0] if demonyms else ""
        if demonym:
            countries.append((name, demonym))
    cities = []
    for row in read_rows("GazetteerData+Places.swift", "cities"):
        name, _, country = (row.split("|") + ["", ""])[:3]
        cities.append((name.lstrip("*"), country))
    companies, internationals = [], []
    for row in read_rows("GazetteerData+Organizations.swift", "organizations"):
        parts = (row.split("|") + ["", "", ""])[:4]
        if parts[2] == "company":
            companies.append(parts[0])
        elif parts[2] == "international":
            internationals.append(parts[0])
    return countries, cities, companies, internationals


def sentence(rng, template, names):
    countries, cities, companies, internationals = names
    (c1, d1), (c2, d2), (c3, _) = rng.sample(countries, 3)
    (city1, city1c), (city2, city2c) = rng.sample(cities, 2)
    p1, p2, p3 = rng.sample(PEOPLE, 3)
    values = {
        "C1": c1, "C2": c2, "C3": c3, "D1": d1, "D2": d2, "P1": p1, "P2": p2, "P3": p3,
        "CITY1": city1, "CITY1C": city1c, "CITY2": city2, "CITY2C": city2c,
        "O1": rng.choice(companies), "O2": rng.choice(companies),
        "IO1": rng.choice(internationals),
        "leader": rng.choice(LEADER_TITLES), "leader2": rng.choice(LEADER_TITLES),
        "office": rng.choice(OFFICE_TITLES), "office2": rng.choice(OFFICE_TITLES),
        "ctitle": rng.choice(COMPANY_TITLES), "event": rng.choice(EVENTS),
        "weekday": rng.choice(WEEKDAYS), "month": rng.choice(MONTHS),
        "day": rng.randint(1, 28), "year": rng.randint(2015, 2025),
        "minutes": rng.choice([30, 45, 60, 90, 120]), "rate1": rng.randint(20, 145),
        "rate2": rng.randint(5, 19), "amount": rng.randint(50, 700),
    }
    return template.format(**values)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000_000
    article = int(sys.argv[3]) if len(sys.argv) > 3 else 5_000
    names = load()
    rng = random.Random(20250605)
    os.makedirs(out, exist_ok=True)
    written, index = 0, 0
    while written < total:
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        lines = [f"{MONTHS[month - 1]} {day}, 2025", ""]
        size = 0
        while size < article:
            paragraph = " ".join(sentence(rng, rng.choice(TEMPLATES), names)
                                 for _ in range(rng.randint(3, 6)))
            lines.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 1
        text = "\n".join(lines) + "\n"
        path = os.path.join(out, f"article-{index:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        written += len(text.encode("utf-8"))
        index += 1
    print(f"{index} articles, {written} bytes in {out}")


if __name__ == "__main__":
    main()
