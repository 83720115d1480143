"""A deterministic corpus of news-like articles (2-6 KB) about retail incidents and non-incidents.

Invented organisations, numbers and people keep every article distinct, so the
vocabulary keeps growing as it would over a real news archive.
"""

from __future__ import annotations

import random
from pathlib import Path

FIRST = [
    "Alder",
    "Brook",
    "Cedar",
    "Dove",
    "Elm",
    "Fern",
    "Glen",
    "Heath",
    "Ivy",
    "Juniper",
    "Kestrel",
    "Larch",
    "Moor",
    "North",
    "Oak",
    "Pine",
    "Quarry",
    "Rowan",
    "Sedge",
    "Thorn",
    "Upton",
    "Vale",
    "Willow",
    "Yew",
    "Ash",
    "Birch",
    "Copper",
    "Drake",
    "Ember",
    "Flint",
]
SECOND = [
    "field",
    "gate",
    "wood",
    "bridge",
    "ford",
    "ley",
    "mere",
    "stone",
    "well",
    "worth",
    "hill",
    "bury",
    "ton",
    "combe",
    "dale",
    "holme",
    "hurst",
    "mouth",
    "wick",
    "side",
]
SUFFIX = [
    "Foods",
    "Stores",
    "Markets",
    "Retail",
    "Pharmacy",
    "Outfitters",
    "Home",
    "Grocers",
    "Fashion",
    "Group",
    "Supermarkets",
    "Bakeries",
]
SERVICES = [
    "online orders",
    "contactless payments",
    "click and collect",
    "gift cards",
    "its website",
    "its app",
    "home deliveries",
    "card payments",
    "its pharmacies",
    "deliveries to stores",
    "its call centre",
    "its loyalty scheme",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PEOPLE = [
    "Alex Carter",
    "Sam Patel",
    "Jo Reid",
    "Chris Morgan",
    "Priya Shah",
    "Tom Evans",
    "Lucy Grant",
    "Omar Haddad",
    "Nina Brooks",
    "Ravi Kumar",
]
FILLER = [
    "The company employs {n} people across {m} sites and has been investing in new stores.",
    "Analysts said trading over the period had been mixed, with food sales stronger than clothing.",
    "Shares in the group closed {p} per cent lower on the day, valuing it at about £{n} million.",
    "{person}, an analyst at {org2} Capital, said shoppers were trading down to cheaper ranges.",
    "The chain opened its first store in {year} and now trades from {m} locations.",
    "Its annual report showed revenue of £{n} million, up {p} per cent on the previous year.",
    "Customers in {town} said the queues at the tills were longer than usual on {day}.",
    "The retailer has been modernising its supply chain with new distribution centres.",
    "Industry figures published on {day} showed retail footfall rose {p} per cent in {month}.",
    "The business was founded by two brothers in {town} and remained family-owned until {year}.",
    "Competition in the sector has intensified as discounters continue to open new stores.",
    "A union representing staff said it would seek talks with management about pay.",
    "The group's chief executive said the focus remained on value, quality and service.",
    "Local councillors in {town} welcomed plans for a new store on the edge of the town.",
]
INCIDENT = [
    "{org} said on {day} that a cyber attack had disrupted {service}.",
    "{org} has paused {service} after detecting suspicious activity on its network on {date}.",
    "The retailer said {service} had been restored at most stores by {day} evening.",
    "A spokesperson for {org} said {service2} would resume from the weekend.",
    "It is not yet known whether customer data was accessed, the company said.",
    "{org} said there was no evidence that customer data had been stolen.",
    "Hackers stole customer names and email addresses, {org} confirmed on {day}.",
    "The problems began on {date} when a ransomware attack encrypted some of its servers.",
    "Its stores remain open and customers can still pay by card.",
    "The National Cyber Security Centre said it was working with the company.",
    "{org} said a faulty software update, not a cyber attack, had caused the outage.",
    "Suppliers said deliveries to stores had been delayed by the attack on {org2} Logistics.",
]
TOWNS = ["Leeds", "Bristol", "Norwich", "Derby", "Exeter", "York", "Carlisle", "Bath", "Truro"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)}{rng.choice(SECOND)} {rng.choice(SUFFIX)}"


def article(rng: random.Random, index: int) -> str:
    org = _name(rng)
    values = {
        "org": org,
        "org2": f"{rng.choice(FIRST)}{rng.choice(SECOND)}",
        "service": rng.choice(SERVICES),
        "service2": rng.choice(SERVICES),
        "day": rng.choice(DAYS),
        "month": rng.choice(MONTHS),
        "date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)}",
        "n": str(rng.randint(12, 900_000)),
        "m": str(rng.randint(3, 900)),
        "p": f"{rng.randint(0, 9)}.{rng.randint(0, 9)}",
        "year": str(rng.randint(1890, 2015)),
        "town": rng.choice(TOWNS),
        "person": rng.choice(PEOPLE),
    }
    incident = index % 4 != 3  # a quarter of the corpus reports no incident
    title = f"{org} hit by cyber attack" if incident else f"{org} reports {values['month']} sales"
    paragraphs = [title, f"Published {values['date']} 2025"]
    target = rng.randint(2000, 6000)
    body: list[str] = []
    while sum(len(p) for p in body) < target:
        pool = INCIDENT if incident and rng.random() < 0.45 else FILLER
        sentences = [rng.choice(pool).format(**values) for _ in range(rng.randint(1, 3))]
        body.append(" ".join(sentences))
        values["n"] = str(rng.randint(12, 90000))
        values["day"] = rng.choice(DAYS)
    return "\n\n".join(paragraphs + body) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 2025) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = folder / f"article-{index:05d}.txt"
        path.write_text(article(rng, index), encoding="utf-8")
        paths.append(path)
    return paths
