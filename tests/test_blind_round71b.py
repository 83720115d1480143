"""Blind round 71b, class N: service words inside the victim's own name.

Class N. "Pellow Garden Supplies", "Rathmore Container Terminals", "Carrick Home Delivery",
"Yarrow Payments", "Linnet Gift Cards", "Quarrendon Pharmacy", "Trevose Stores", "Okehurst
Systems", "Sandgate Logistics", "Quayside Click & Collect", "Sorrel Rewards", "Tollard Data
Services": the victim's name holds words that are also service words of the taxonomy
(supplies, terminals, home delivery, payments, gift cards, pharmacy, stores, systems,
logistics, click & collect, rewards, data). The name tells no state of any service. The
organisation is the victim, by its full name, and its services are only those the article's
sentences say are affected, with their statuses; the service words inside the name add no
service and no status ("Pellow Garden Supplies said a cyber attack had disrupted its online
ordering" gives online_orders disrupted and no stock_and_supply). When the name's service word
coincides with a service the text states separately, that service takes the status the text
gives it ("prescription dispensing has been suspended" at Quarrendon Pharmacy gives pharmacy
suspended; "its branches are dispensing as normal" at Aldwick Pharmacy gives pharmacy not
disrupted).

N1  UK garden-centre chain, cyber attack, title-case headline "Cyber Attack Disrupts Online
    Ordering At Pellow Garden Supplies", lead "Pellow Garden Supplies said a cyber attack had
    disrupted its online ordering" -> Pellow Garden Supplies primary, online_orders disrupted,
    no stock_and_supply
N2  Irish port operator, cyber attack, "Rathmore Container Terminals has taken its website and
    email systems offline" -> Rathmore Container Terminals primary, website suspended, no
    card_payments
N3  Scottish furniture retailer, cyber attack, "Customers of Carrick Home Delivery have been
    unable to place orders online", "Deliveries that had already been booked are going ahead as
    planned" -> Carrick Home Delivery primary, online_orders disrupted, home_delivery not
    disrupted
N4  Australian payroll firm, staff data stolen, "some Yarrow Payments employees", possessive
    "Yarrow Payments' chief executive" -> Yarrow Payments primary, employee_data compromised, no
    card_payments and no contactless_payments
N5  Canadian prepaid-card seller, cyber attack, "Linnet Gift Cards ... said on Monday that a
    cyber attack had knocked out its customer service phone lines" -> Linnet Gift Cards
    primary, customer_service disrupted, no gift_cards
N6  English pharmacy chain, ransomware, "Quarrendon Pharmacy said prescription dispensing has
    been suspended at its 45 branches" -> Quarrendon Pharmacy primary, pharmacy suspended
N7  English pharmacy chain, cyber attack on head office, "at the head office of Aldwick
    Pharmacy", "its branches are dispensing as normal" -> Aldwick Pharmacy primary,
    internal_systems disrupted, pharmacy not disrupted
N8  Cornish convenience chain, supplier IT failure, place-like "Card payments were not working
    at Trevose Stores on Saturday" -> Trevose Stores primary, card_payments disrupted, no stores
N9  US dental-software maker, ransomware, "Okehurst Systems ... said Tuesday that it had taken
    its website offline" -> Okehurst Systems primary, website suspended, no internal_systems
N10 Dutch freight company, staff data stolen, "Dutch freight company Sandgate Logistics said
    ... hackers had stolen the bank details and home addresses of about 1,200 employees" ->
    Sandgate Logistics primary, employee_data compromised, no stock_and_supply
N11 English parcel-locker firm, faulty update, headline "Quayside Click & Collect app down after
    IT outage", "Quayside Click & Collect said its app had stopped working" -> Quayside Click &
    Collect primary, mobile_app disrupted, no click_and_collect
N12 Singapore mall-marketing firm, data breach, "Singapore-based Sorrel Rewards ... said ...
    about 40,000 customers had been accessed by hackers" -> Sorrel Rewards primary,
    customer_data compromised, no loyalty_program
N13 Indian IT outsourcer, ransomware, "Tollard Data Services said a ransomware attack ... had
    disrupted its email and some internal systems", "no evidence that any data had been taken"
    -> Tollard Data Services primary, internal_systems disrupted, customer_data not compromised,
    data_compromised not true

Guards: a service named with its brand belongs to the brand's owner; a service phrase holding
the owner's name belongs to the owner; a plain name with no service word keeps working.

G1  English supermarket chain, cyber attack, "The Dellacourt Rewards scheme was taken offline"
    -> Dellacourt primary, loyalty_program suspended
G2  Scottish bus operator, cyber attack, "Passengers could not buy tickets on the Drummarn Buses
    app" -> Drummarn Buses primary, mobile_app disrupted
G3  New Zealand homeware chain, payment-system fault, plain name "Moxham & Reid said ...
    customers could not pay by card" -> Moxham & Reid primary, card_payments disrupted
G4  UK energy supplier, cyber attack, possessive plain name "Orlan Energy's customer helpline
    has been down" -> Orlan Energy primary, customer_service disrupted
G5  German department store chain, cyber attack, plain name "Haberkorn has suspended online
    orders ... but its 18 department stores remain open" -> Haberkorn primary, online_orders
    suspended, stores unaffected

On the first run (the committed code at 5f008f8; no tracked file was edited), 14 of 18 cases
passed: N2, N4, N6-N10, N12, N13 and G1-G5. No case was changed after it.
Missed:
N1  stock_and_supply disrupted, read from the name's word "Supplies" in the lead (beside
    online_orders disrupted and stores unaffected)
N3  no incident at all: the record's incidents were [] ("Customers of Carrick Home Delivery
    have been unable to place orders online")
N5  no incident at all: the record's incidents were [] ("Linnet Gift Cards, a Toronto-based
    company ... said ... a cyber attack had knocked out its customer service phone lines")
N11 no incident at all: the record's incidents were [] ("Quayside Click & Collect said its app
    had stopped working")

After round 71's rules (a service word inside a name tells no state; a name of three words or
more ending in a service's words is still a name): 18 of 18.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _named(
    org: str,
    wanted: dict[str, str],
    none: tuple[str, ...] = (),
    refused: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The organisation primary by its full name, the stated services with their statuses, the
    services its name's words would suggest absent, and statuses refused."""
    expect: dict[str, Any] = {"primary": org, "statuses": {org: wanted}}
    if none:
        expect["no_service"] = {org: list(none)}
    if refused:
        expect["not_status"] = {org: refused}
    return expect


N_CASES = [
    pytest.param(
        _article(
            "Cyber Attack Disrupts Online Ordering At Pellow Garden Supplies",
            "Pellow Garden Supplies said a cyber attack had disrupted its online ordering, with "
            "customers unable to place orders on its website since Monday.",
            "The family-owned business, which runs 14 garden centres across the West Midlands, "
            "said its garden centres were open as usual.",
            "A spokesman said the company had called in specialists and reported the incident to "
            "the police.",
        ),
        "2025-09-17",
        _named("Pellow Garden Supplies", {"online_orders": "disrupted"}, ("stock_and_supply",)),
        id="N1",
    ),
    pytest.param(
        _article(
            "Cyber attack forces Irish port operator to take systems offline",
            "Rathmore Container Terminals has taken its website and email systems offline after a "
            "cyber attack on Tuesday, the Cork-based port operator said.",
            "Ships were still being loaded and unloaded, the company said, and it was working "
            "with the National Cyber Security Centre to investigate the attack.",
            "Rathmore Container Terminals handles around a fifth of the container traffic through "
            "Irish ports.",
        ),
        "2025-11-13",
        _named("Rathmore Container Terminals", {"website": "suspended"}, ("card_payments",)),
        id="N2",
    ),
    pytest.param(
        _article(
            "Carrick Home Delivery website down after cyber attack",
            "Customers of Carrick Home Delivery have been unable to place orders online since "
            "Friday after a cyber attack, the Glasgow-based furniture retailer said.",
            "Deliveries that had already been booked are going ahead as planned, the company said "
            "in a statement on Sunday.",
            "Carrick Home Delivery, which sells furniture and white goods through its website and "
            "a call centre in Paisley, said it had reported the attack to Police Scotland.",
        ),
        "2026-01-12",
        _named(
            "Carrick Home Delivery",
            {"online_orders": "disrupted"},
            refused={"home_delivery": "disrupted"},
        ),
        id="N3",
    ),
    pytest.param(
        _article(
            "Payroll firm Yarrow Payments says staff details accessed in cyber attack",
            "Hackers accessed the personal details of some Yarrow Payments employees in a cyber "
            "attack last week, the Melbourne-based payroll company said on Wednesday.",
            "Yarrow Payments' chief executive, Leanne Masters, said the names, addresses and tax "
            "file numbers of about 300 current and former staff had been taken.",
            "She said the company had notified the Office of the Australian Information "
            "Commissioner and was contacting the people affected.",
        ),
        "2025-08-20",
        _named(
            "Yarrow Payments",
            {"employee_data": "compromised"},
            ("card_payments", "contactless_payments"),
        ),
        id="N4",
    ),
    pytest.param(
        _article(
            "Linnet Gift Cards hit by cyber attack, call centre down",
            "Linnet Gift Cards, a Toronto-based company that sells prepaid cards for restaurants "
            "and cinemas, said on Monday that a cyber attack had knocked out its customer service "
            "phone lines.",
            "Customers calling the company's helpline have heard a recorded message since "
            "Saturday saying the lines are temporarily unavailable.",
            "The company said it was investigating with outside experts and had informed police.",
        ),
        "2025-10-20",
        _named("Linnet Gift Cards", {"customer_service": "disrupted"}, ("gift_cards",)),
        id="N5",
    ),
    pytest.param(
        _article(
            "Quarrendon Pharmacy suspends dispensing after ransomware attack",
            "Quarrendon Pharmacy said prescription dispensing has been suspended at its 45 "
            "branches in Buckinghamshire and Oxfordshire after a ransomware attack on Saturday.",
            "Patients have been advised to take their prescriptions to other pharmacies in the "
            "meantime, the chain said.",
            "Quarrendon Pharmacy said its shops remained open for over-the-counter medicines and "
            "other goods.",
        ),
        "2026-02-16",
        _named("Quarrendon Pharmacy", {"pharmacy": "suspended"}),
        id="N6",
    ),
    pytest.param(
        _article(
            "Aldwick Pharmacy head office hit by cyber attack",
            "A cyber attack has disrupted email and internal computer systems at the head office "
            "of Aldwick Pharmacy, the Sussex chain said on Thursday.",
            "The company said its branches are dispensing as normal and that patients should "
            "continue to collect prescriptions as usual.",
            "Aldwick Pharmacy, which has 28 branches along the south coast, said it had reported "
            "the attack to the Information Commissioner's Office as a precaution.",
        ),
        "2025-12-04",
        _named(
            "Aldwick Pharmacy",
            {"internal_systems": "disrupted"},
            refused={"pharmacy": "disrupted"},
        ),
        id="N7",
    ),
    pytest.param(
        _article(
            "Card payments down at Trevose Stores",
            "Card payments were not working at Trevose Stores on Saturday after an IT failure, "
            "the Cornish convenience chain said.",
            "Customers were asked to pay with cash, and a sign on the door of the St Ives branch "
            "said the problem was caused by a fault at its payment provider.",
            "Trevose Stores said engineers were investigating and that the failure was not a "
            "cyber attack.",
        ),
        "2025-07-19",
        _named("Trevose Stores", {"card_payments": "disrupted"}, ("stores",)),
        id="N8",
    ),
    pytest.param(
        _article(
            "Okehurst Systems takes website offline after ransomware attack",
            "Okehurst Systems, an Ohio-based maker of scheduling software for dental practices, "
            "said Tuesday that it had taken its website offline after a ransomware attack.",
            "The company said in a filing with the Securities and Exchange Commission that it was "
            "still investigating whether any customer information had been taken.",
            "A spokesperson for Okehurst Systems declined to say whether the company had been "
            "asked to pay a ransom.",
        ),
        "2026-03-10",
        _named("Okehurst Systems", {"website": "suspended"}, ("internal_systems",)),
        id="N9",
    ),
    pytest.param(
        _article(
            "Sandgate Logistics says hackers stole staff data",
            "Dutch freight company Sandgate Logistics said on Friday that hackers had stolen the "
            "bank details and home addresses of about 1,200 employees from its payroll system.",
            "The Rotterdam-based company said it had reported the breach to the Dutch Data "
            "Protection Authority and had informed the staff affected.",
            '"We deeply regret that our employees\' data has been taken," chief executive Pieter '
            "van Leeuwen said in a statement.",
        ),
        "2025-06-13",
        _named("Sandgate Logistics", {"employee_data": "compromised"}, ("stock_and_supply",)),
        id="N10",
    ),
    pytest.param(
        _article(
            "Quayside Click & Collect app down after IT outage",
            "Quayside Click & Collect said its app had stopped working on Tuesday morning after a "
            "faulty software update, leaving some customers unable to use it.",
            "The Leeds-based company, which runs parcel lockers at railway stations and "
            "supermarkets across northern England, said engineers were working on a fix.",
            "It said the outage was not caused by a cyber attack.",
        ),
        "2025-04-29",
        _named("Quayside Click & Collect", {"mobile_app": "disrupted"}, ("click_and_collect",)),
        id="N11",
    ),
    pytest.param(
        _article(
            "Sorrel Rewards says customer data exposed in breach",
            "Singapore-based Sorrel Rewards, which works with about 30 shopping malls across "
            "South-east Asia, said on Monday that the names, email addresses and phone numbers of "
            "about 40,000 customers had been accessed by hackers.",
            "The company said it had notified the Personal Data Protection Commission and was "
            "writing to the customers affected.",
            "Sorrel Rewards said it had hired an outside firm to investigate how the hackers got "
            "in.",
        ),
        "2025-11-24",
        _named("Sorrel Rewards", {"customer_data": "compromised"}, ("loyalty_program",)),
        id="N12",
    ),
    pytest.param(
        _article(
            "Tollard Data Services hit by ransomware, email down",
            "Bengaluru-based Tollard Data Services said a ransomware attack on Sunday had "
            "disrupted its email and some internal systems.",
            "The IT outsourcing firm said in a stock exchange filing on Tuesday that it had found "
            "no evidence that any data had been taken.",
            "Tollard Data Services said work for its clients was continuing and that it had "
            "informed CERT-In.",
        ),
        "2026-02-03",
        {
            **_named(
                "Tollard Data Services",
                {"internal_systems": "disrupted"},
                refused={"customer_data": "compromised"},
            ),
            "data_not": {"Tollard Data Services": True},
        },
        id="N13",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Dellacourt suspends rewards scheme after cyber attack",
            "The Dellacourt Rewards scheme was taken offline on Wednesday after a cyber attack on "
            "the Devon supermarket chain, Dellacourt said.",
            "Shoppers will not be able to collect or spend points until the scheme is back, the "
            "company said, but its 36 stores are open and taking payments as normal.",
            "Dellacourt said it had found no evidence that customers' payment details had been "
            "accessed.",
        ),
        "2025-05-14",
        _named("Dellacourt", {"loyalty_program": "suspended"}),
        id="G1",
    ),
    pytest.param(
        _article(
            "Bus operator's app down after cyber attack",
            "Passengers could not buy tickets on the Drummarn Buses app on Monday after a cyber "
            "attack on the Ayrshire operator, the company said.",
            "Drivers were accepting cash and contactless payments on board, and services were "
            "running to timetable, Drummarn Buses said.",
            "The company said it had reported the attack to Police Scotland.",
        ),
        "2025-09-23",
        _named("Drummarn Buses", {"mobile_app": "disrupted"}),
        id="G2",
    ),
    pytest.param(
        _article(
            "Payment fault hits Moxham & Reid",
            "Moxham & Reid said a fault with its payment system meant customers could not pay by "
            "card at its 22 stores on Saturday.",
            "The Auckland-based homeware chain said the fault had been caused by a problem at a "
            "third-party provider and was not a cyber attack.",
            "Customers were able to pay with cash, a spokeswoman said.",
        ),
        "2025-12-14",
        _named("Moxham & Reid", {"card_payments": "disrupted"}),
        id="G3",
    ),
    pytest.param(
        _article(
            "Energy supplier's helpline down after cyber attack",
            "Orlan Energy's customer helpline has been down since Tuesday after a cyber attack, "
            "the supplier said.",
            "Customers with urgent problems have been asked to use the company's online "
            "contact form, and Orlan Energy said it would extend the deadline for bill payments.",
            "The company said it had reported the attack to the National Cyber Security Centre.",
        ),
        "2026-01-22",
        _named("Orlan Energy", {"customer_service": "disrupted"}),
        id="G4",
    ),
    pytest.param(
        _article(
            "German department store chain halts online orders after cyber attack",
            "Haberkorn has suspended online orders after a cyber attack on Thursday, but its 18 "
            "department stores remain open, the Munich-based chain said.",
            "The company said it had informed the Bavarian data protection authority and was "
            "working with outside specialists.",
            "Haberkorn did not say when online orders would resume.",
        ),
        "2025-10-03",
        _named("Haberkorn", {"online_orders": "suspended", "stores": "unaffected"}),
        id="G5",
    ),
]

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(N_CASES, KNOWN_MISSES))
def test_class_n_service_words_in_the_victims_name(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_n_guards_brand_services_and_plain_names(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)
