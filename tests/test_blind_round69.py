"""Blind round 69, class S: an organisation that speaks of its own trouble, named only as the
speaker of the report.

Class S. A first-person quote attributed to the name ('"Our tills are down ...," Fellbeck Foods
said'), or an unquoted report of its own things with a trailing attribution ("Online orders have
been suspended after a ransomware attack, Tallowood Pet Supplies said"): the speaker is the
victim, primary, with the services and incident types the report states. Elsewhere the article
says only "the chain", "the company", "it". Guards: a health board, a rival's staff member, a
trade body, a rival chain, a police force or an analyst firm speaking of another's trouble in the
same shapes is no victim; the organisation the text names as hit is the primary.

S1  UK grocer, '"Our tills are down in all 52 of our stores after a cyber attack ...," Fellbeck
    Foods said' -> Fellbeck Foods primary, card_payments disrupted, cyber_attack
S2  Irish travel agent, '"We have been hit by a ransomware attack and our website is
    unavailable," said Corrib Holidays' -> Corrib Holidays primary, website disrupted, ransomware
S3  Canadian homeware chain, '"We took our website offline as a precaution ...," the homeware
    retailer Larchmont Living said in a statement' -> Larchmont Living primary, website suspended
S4  Australian pet chain, "Online orders have been suspended after a ransomware attack on its
    computer systems, Tallowood Pet Supplies said" -> Tallowood Pet Supplies primary,
    online_orders suspended, ransomware
S5  UK council, "The council's website was knocked offline by a cyber attack on Tuesday,
    Wrenford District Council said" -> Wrenford District Council primary, website disrupted,
    start on that Tuesday (2025-10-14)
S6  Scottish pharmacy chain, "Card payments failed at all 40 of its shops on Saturday because of
    a technical fault, Mossgiel Pharmacy said" -> Mossgiel Pharmacy primary, card_payments
    disrupted, technical_outage
S7  NZ hospital, '"Our computer systems have been down since early on Wednesday ...," Ruahine
    General Hospital said in a statement' -> Ruahine General Hospital primary, internal_systems
    disrupted
S8  US school district, '"Our email and phone systems are down following a cyber attack ...," the
    Cedar Bluff School District said in a message to families' -> Cedar Bluff School District
    primary, internal_systems disrupted, cyber_attack
S9  Dutch outdoor retailer, "Customers' names, email addresses and order histories were stolen in
    a cyber attack on its online shop, Brinkhof Outdoor said" -> Brinkhof Outdoor primary,
    data_compromised true, customer_data compromised
S10 German online grocer, "Home deliveries have been delayed by up to three days after a
    ransomware attack on its warehouse systems, Lindauer Frischmarkt said" -> Lindauer
    Frischmarkt primary, home_delivery disrupted, ransomware
S11 Canadian coffee chain, '"Our app is not working at the moment because of a technical problem
    ...," the coffee chain Maplecrest Roasters said on social media' -> Maplecrest Roasters
    primary, mobile_app disrupted
S12 Norwegian power supplier, '"We have closed our customer helpline as a precaution after a
    cyber attack on our systems," said Solbakken Energi' -> Solbakken Energi primary,
    customer_service suspended
G1  guard: Carrowmore Health Trust hit by ransomware; "Hospitals across the region cancelled
    operations after the attack, the Northfield Health Board said" -> Carrowmore Health Trust
    primary, Northfield Health Board absent
G2  guard: Dunmore Stores' tills fail; '"Their tills went down at ten ...," said Maya Osei of rival
    chain Greenvale' -> Dunmore Stores primary, Greenvale and Maya Osei absent
G3  guard: "The cyber attack on Ashby Grocers disrupted online orders ..., the Federation of
    Independent Grocers said" -> Ashby Grocers primary with online_orders disrupted, the
    federation absent
G4  guard: Pelham Hardware closes stores after an attack; '"Our stores are trading normally,"
    Birchmount Building Supplies, a rival chain, said' -> Pelham Hardware primary, Birchmount
    Building Supplies absent
G5  guard: "Two men have been arrested over a ransomware attack that shut down the website of
    Trevose Surf, Kernow Police said" -> Trevose Surf primary, Kernow Police absent
G6  guard: Solvik Hem unable to take online orders; "The outage is costing the company about 20
    million kronor a day ..., retail analyst firm Nordanalys said" -> Solvik Hem primary,
    Nordanalys absent

On the first run (the committed code at 8e4ba9f; no tracked file was edited), 6 of 18 cases
passed: S1 and G1-G5. No case was changed after it.
Missed:
S2  '"We have been hit ...," said Corrib Holidays' -> no incidents at all
S3  '"We took our website offline ...," the homeware retailer Larchmont Living said' -> no
    incidents at all
S4  "Online orders have been suspended ..., Tallowood Pet Supplies said" -> no incidents at all
S5  "The council's website was knocked offline ..., Wrenford District Council said" -> no
    incidents at all
S6  "Card payments failed at all 40 of its shops ..., Mossgiel Pharmacy said" -> no incidents
    at all
S7  '"Our computer systems have been down ...," Ruahine General Hospital said' -> the only
    incident is "Palmerston North" (the place in "The Palmerston North hospital"), primary,
    internal_systems disrupted
S8  '"Our email and phone systems are down ...," the Cedar Bluff School District said' -> no
    incidents at all
S9  "Customers' names ... were stolen ..., Brinkhof Outdoor said" -> no incidents at all
S10 "Home deliveries have been delayed ..., Lindauer Frischmarkt said" -> no incidents at all
S11 '"Our app is not working ...," the coffee chain Maplecrest Roasters said' -> no incidents
    at all
S12 '"We have closed our customer helpline ...," said Solbakken Energi' -> no incidents at all
G6  the guard itself held (Nordanalys absent), but the victim came out as "Hem", not "Solvik
    Hem" (online_orders disrupted, stores unaffected)

After round 69's rule (a business named as the speaker after the words it reports is hit when
a quote tells the trouble in the first person, or words with no quote tell trouble of its own
things or of a service, naming no other, placing it at no others and denying none): 16 of 18.
S2-S9, S11 and S12 pass. Left: S10 (the model reads "Lindauer Frischmarkt" as a person) and G6
(the name "Solvik Hem" is cut to "Hem").
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


S_CASES = [
    pytest.param(
        _article(
            "Supermarket tills down across Yorkshire after cyber attack",
            '"Our tills are down in all 52 of our stores after a cyber attack on our systems," '
            "Fellbeck Foods said on Friday.",
            "The chain said its stores were taking cash only and that it was working with outside "
            "specialists to restore its systems.",
            "Shoppers were asked to bring cash until further notice.",
        ),
        "2025-03-07",
        {
            "primary": "Fellbeck Foods",
            "statuses": {"Fellbeck Foods": {"card_payments": "disrupted"}},
            "has_types": {"Fellbeck Foods": ["cyber_attack"]},
        },
        id="S1",
    ),
    pytest.param(
        _article(
            "Travel agent hit by ransomware, website down",
            '"We have been hit by a ransomware attack and our website is unavailable," said '
            "Corrib Holidays.",
            "The Galway-based travel agent said customers due to travel this week should contact "
            "their airline or hotel directly. It said it had reported the attack to the gardai.",
        ),
        "2024-09-12",
        {
            "primary": "Corrib Holidays",
            "statuses": {"Corrib Holidays": {"website": "disrupted"}},
            "has_types": {"Corrib Holidays": ["ransomware"]},
        },
        id="S2",
    ),
    pytest.param(
        _article(
            "Homeware retailer takes website offline after cyber attack",
            '"We took our website offline as a precaution after detecting a cyber attack on '
            'Sunday," the homeware retailer Larchmont Living said in a statement on Monday.',
            "The Halifax-based chain, which has 30 stores in Atlantic Canada, said its stores "
            "remained open and were accepting card payments.",
            "It said it was too early to say whether customer data had been accessed.",
        ),
        "2026-02-05",
        {
            "primary": "Larchmont Living",
            "statuses": {"Larchmont Living": {"website": "suspended"}},
        },
        id="S3",
    ),
    pytest.param(
        _article(
            "Pet supplies chain suspends online orders after ransomware attack",
            "Online orders have been suspended after a ransomware attack on its computer systems, "
            "Tallowood Pet Supplies said on Friday.",
            "The Brisbane-based company, which runs 65 stores in Queensland and New South Wales, "
            "said its stores were open as usual. It said it had called in outside experts.",
        ),
        "2025-03-07",
        {
            "primary": "Tallowood Pet Supplies",
            "statuses": {"Tallowood Pet Supplies": {"online_orders": "suspended"}},
            "has_types": {"Tallowood Pet Supplies": ["ransomware"]},
        },
        id="S4",
    ),
    pytest.param(
        _article(
            "Council website knocked offline by cyber attack",
            "Residents have been unable to pay council tax or report missed bin collections "
            "online this week.",
            "The council's website was knocked offline by a cyber attack on Tuesday, Wrenford "
            "District Council said.",
            "Residents were asked to phone the council about urgent matters. It said it was "
            "working with specialists to bring the site back.",
        ),
        "2025-10-16",
        {
            "primary": "Wrenford District Council",
            "statuses": {"Wrenford District Council": {"website": "disrupted"}},
            "start": {"Wrenford District Council": "2025-10-14"},
        },
        id="S5",
    ),
    pytest.param(
        _article(
            "Card payments fail at pharmacy chain's shops",
            "Card payments failed at all 40 of its shops on Saturday because of a technical fault, "
            "Mossgiel Pharmacy said.",
            "The Ayrshire chain said the fault was not the result of a cyber attack. Customers "
            "were able to pay in cash, and prescriptions were dispensed as normal.",
        ),
        "2024-09-12",
        {
            "primary": "Mossgiel Pharmacy",
            "statuses": {"Mossgiel Pharmacy": {"card_payments": "disrupted"}},
            "has_types": {"Mossgiel Pharmacy": ["technical_outage"]},
        },
        id="S6",
    ),
    pytest.param(
        _article(
            "Hospital postpones appointments after computer systems go down",
            '"Our computer systems have been down since early on Wednesday and we have had to '
            'postpone some outpatient appointments," Ruahine General Hospital said in a statement.',
            "The Palmerston North hospital said the outage was caused by a failed network switch "
            "and was not a cyber attack. Its emergency department remained open.",
        ),
        "2026-02-05",
        {
            "primary": "Ruahine General Hospital",
            "statuses": {"Ruahine General Hospital": {"internal_systems": "disrupted"}},
        },
        id="S7",
    ),
    pytest.param(
        _article(
            "School district's email and phones down after cyber attack",
            '"Our email and phone systems are down following a cyber attack on our network," the '
            "Cedar Bluff School District said in a message to families on Monday.",
            "The Iowa district said classes would go ahead as normal and asked parents to pass "
            "urgent messages through school front offices.",
        ),
        "2025-10-16",
        {
            "primary": "Cedar Bluff School District",
            "statuses": {"Cedar Bluff School District": {"internal_systems": "disrupted"}},
            "has_types": {"Cedar Bluff School District": ["cyber_attack"]},
        },
        id="S8",
    ),
    pytest.param(
        _article(
            "Outdoor retailer says customer data stolen in cyber attack",
            "Customers' names, email addresses and order histories were stolen in a cyber attack "
            "on its online shop, Brinkhof Outdoor said on Wednesday.",
            "The Utrecht-based retailer said payment card details were not affected and that it "
            "had informed the data protection authority.",
            "The company urged customers to be wary of phishing emails.",
        ),
        "2026-02-05",
        {
            "primary": "Brinkhof Outdoor",
            "data_compromised": {"Brinkhof Outdoor": True},
            "statuses": {"Brinkhof Outdoor": {"customer_data": "compromised"}},
        },
        id="S9",
    ),
    pytest.param(
        _article(
            "Grocery deliveries delayed after ransomware attack",
            "Home deliveries have been delayed by up to three days after a ransomware attack on "
            "its warehouse systems, Lindauer Frischmarkt said on Thursday.",
            "The Munich-based online grocer said it was giving priority to orders from elderly "
            "customers and had called in outside specialists.",
        ),
        "2024-09-12",
        {
            "primary": "Lindauer Frischmarkt",
            "statuses": {"Lindauer Frischmarkt": {"home_delivery": "disrupted"}},
            "has_types": {"Lindauer Frischmarkt": ["ransomware"]},
        },
        id="S10",
    ),
    pytest.param(
        _article(
            "Coffee chain's app down for a second day",
            '"Our app is not working at the moment because of a technical problem, and we are '
            'sorry for the inconvenience," the coffee chain Maplecrest Roasters said on social '
            "media on Saturday.",
            "The Calgary-based chain, which has 90 cafes in Alberta, said customers could still "
            "order and pay in its cafes.",
        ),
        "2025-03-07",
        {
            "primary": "Maplecrest Roasters",
            "statuses": {"Maplecrest Roasters": {"mobile_app": "disrupted"}},
        },
        id="S11",
    ),
    pytest.param(
        _article(
            "Power supplier closes helpline after cyber attack",
            '"We have closed our customer helpline as a precaution after a cyber attack on our '
            'systems," said Solbakken Energi, a power supplier in western Norway.',
            "The Bergen company said electricity supplies were not affected and that customers "
            "could still use its website.",
        ),
        "2025-10-16",
        {
            "primary": "Solbakken Energi",
            "statuses": {"Solbakken Energi": {"customer_service": "suspended"}},
        },
        id="S12",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Ransomware attack hits Carrowmore Health Trust",
            "Carrowmore Health Trust, which runs four hospitals in the north-west, has been hit by "
            "a ransomware attack.",
            "Hospitals across the region cancelled operations after the attack, the Northfield "
            "Health Board said on Tuesday.",
            "The trust said it had shut down its computer systems as a precaution and was working "
            "with police.",
        ),
        "2025-10-16",
        {
            "primary": "Carrowmore Health Trust",
            "absent": ["Northfield Health Board"],
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Tills fail at Dunmore Stores after IT outage",
            "Shoppers at Dunmore Stores, the Welsh convenience chain, were unable to pay by card "
            "on Saturday after an IT failure took its tills offline.",
            '"Their tills went down at ten and people came straight over to us," said Maya Osei '
            "of rival chain Greenvale.",
            "Dunmore Stores said the problem had been fixed by Saturday evening.",
        ),
        "2024-09-12",
        {
            "primary": "Dunmore Stores",
            "absent": ["Greenvale", "Maya Osei", "Osei"],
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Cyber attack on Ashby Grocers hits online shoppers",
            "The cyber attack on Ashby Grocers disrupted online orders for thousands of customers "
            "over the weekend, the Federation of Independent Grocers said on Monday.",
            "The federation said its members should check their own systems and report anything "
            "suspicious.",
            "Ashby Grocers, which has 25 shops in Lincolnshire, did not respond to a request for "
            "comment.",
        ),
        "2026-02-05",
        {
            "primary": "Ashby Grocers",
            "absent": ["Federation of Independent Grocers"],
            "statuses": {"Ashby Grocers": {"online_orders": "disrupted"}},
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Cyber attack shuts Pelham Hardware stores",
            "Pelham Hardware closed all 18 of its stores in Ontario on Tuesday after a cyber "
            "attack on its computer systems.",
            '"Our stores are trading normally," Birchmount Building Supplies, a rival chain, said '
            "on Wednesday.",
            "Pelham Hardware said it hoped to reopen its stores by the weekend.",
        ),
        "2025-10-16",
        {
            "primary": "Pelham Hardware",
            "absent": ["Birchmount Building Supplies"],
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Two arrested over ransomware attack on Trevose Surf",
            "Two men have been arrested over a ransomware attack that shut down the website of "
            "Trevose Surf, Kernow Police said on Thursday.",
            "The men, aged 19 and 23, were arrested at addresses in Bristol and released on bail, "
            "the force said.",
            "Trevose Surf, which has six shops in Cornwall, said its website was back online.",
        ),
        "2024-09-12",
        {
            "primary": "Trevose Surf",
            "absent": ["Kernow Police"],
        },
        id="G5",
    ),
    pytest.param(
        _article(
            "Cyber attack costing Solvik Hem millions, analysts say",
            "Solvik Hem, the Swedish furniture retailer, has been unable to take online orders "
            "since a cyber attack last week.",
            "The outage is costing the company about 20 million kronor a day in lost sales, retail "
            "analyst firm Nordanalys said on Monday.",
            "The retailer said its stores were open as usual.",
        ),
        "2025-03-07",
        {
            "primary": "Solvik Hem",
            "absent": ["Nordanalys"],
        },
        id="G6",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "S10": "'Home deliveries have been delayed ..., Lindauer Frischmarkt said' gives no incidents",
    "G6": "the victim is named 'Hem', not 'Solvik Hem'",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(S_CASES, KNOWN_MISSES))
def test_class_s_speaker_of_its_own_trouble(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_s_guards_speaker_of_anothers_trouble(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)
