"""Blind round 59: acceptance cases written from the contract alone.

Classes:

V. The possessor of an incident is hit by it: an organisation named as the owner of an attack or
   IT failure ("X's ransomware attack", "X's data breach", "X's IT meltdown in 2022", "X's
   outage in January", "X's botched migration to a new banking platform", "X's failed systems
   upgrade", "X's cyber attack") has an incident of the type the phrase states, `related` when
   another organisation is the story (V1: a neighbouring council's ransomware attack recalled in
   a council cyber attack story -> ransomware; V2: a grocery delivery firm's 2021 data breach
   recalled in a card skimming story -> data_breach; V3: a building society's IT meltdown and a
   bank's outage recalled in a bank outage story -> technical_outage for both; V4: a bank's
   botched migration recalled in another bank's app outage -> technical_outage) and primary when
   it is the story (V5: a housing association's failed systems upgrade -> technical_outage; V6:
   a haulier's cyber attack costed in its annual results -> cyber_attack). Guards: a football
   team's attack, and a defence "breached", in a match report (V7: no incident at all); a
   ransomware gang's attack and campaign, and a software maker's bug bounty programme, in a
   school district's ransomware story (V8: the district is primary, neither the gang nor the
   software maker has an incident); a security vendor's faulty update that crashed an airline's
   computers while the vendor's own services kept running (V9: the airline is primary, the
   vendor has no incident).
W. Organisations listed as victims are each hit, with the type the article states: "Other
   victims include X, Y and the Z" of a ransomware gang in a hospital story (W1: related,
   ransomware); "Victims named in the indictment included the City of A, Ohio; B in C,
   Kentucky; and D of E, Indiana" in a ransomware indictment story with no one victim told
   first (W2: each present, ransomware; the city may be named with or without "City of");
   "Among its other victims were X and the Y" of a data theft group in a health fund breach
   (W3: related, data_breach); "X and Y were among the gang's victims last year" of a
   ransomware gang in a retailer's ransomware story (W4: related, ransomware); "X, Y and Z were
   among those that told customers they could only take cash during the outage" at a payments
   company (W5: the payments company primary, the three related, technical_outage); "X and Y
   were among the businesses hit" by a cyber attack on their IT provider (W6: the provider
   primary, the two related, cyber_attack). Guards: a conference report with "potential victims
   could include X and Y" and "X and Y were among the sponsors of the conference" and no one
   hit (W7: no incident at all); "its customers include X and Y" of a payroll firm hit by
   ransomware, with nothing saying they were affected (W8: the firm primary, the customers have
   no incident); "X, Y and Z said they were not affected" by a bank's card payment failure (W9:
   the bank primary, each listed supermarket absent or with nothing but unaffected services).

Incident types are compared as the contract's evaluation compares them: closed under
ransomware and social_engineering => cyber_attack.

On the first run (the committed code at 5dcbc64; the working tree held no edits but this
file), 8 of 18 cases passed. Class V: 5 of 9, V2 (Corvallen Market related, data_breach), V6
and the three guards V7-V9 (V7 by giving no incident at all): V1, V3 and V4 give the story's
victim but no incident for the possessor recalled as background (V3 keeps "Penwithy Bank's
outage" but drops "Tarnholt Building Society's IT meltdown"), and V5 gives no incident at all.
Class W: 3 of 9, W6 (both listed businesses related, cyber_attack) and the guards W7 (no
incident at all) and W8: W1, W3, W4 and W5 give the story's victim and none of the listed
ones, W2 (the indictment) gives no incident at all, and W9 gives no incident even for the
bank, so its guard on the unaffected supermarkets holds only because nothing is there. The ten
misses are in KNOWN_MISSES with what was observed. A second run gave the same result. No case's
text or expectations were changed after the first run.

After the round's rules (an incident heading the phrase after a possessive; lists of
victims, fronted or not, with the kinds of the campaign told around them; a negated belief
or finding that denies a theft; "customers of X" no vendor frame), 16 of the 18 pass. Left:
W2's third victim, placed in a town the model takes for a person, which ends the list; and
W5's third business, which the model does not read as a name at all.

Seen on that run but asserted nowhere here: a related "Treasury" incident in V3 (from "MPs on
the Treasury committee"); data_breach with customer_data compromised for Stollbury Shoes in W4
(which "did not believe customers' card details had been taken") and for Corbelt IT Services in
W6 ("had not yet found evidence that customer data had been stolen").
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    check_expectations,
    find,
    org_names,
    run,
    with_known_misses,
)

NO_INCIDENT = "no incident at all (incidents [], no warnings)"

KNOWN_MISSES: dict[str, str] = {
    "W2": "City of Ferndock and Essendine Regional Medical Center related (ransomware) but no "
    "incident for Haskerton Freight Lines (the model reads 'Harmon Falls' as a person's name)",
    "W5": "Tillgate primary, Kellbrook Bakery and Gullwing Hotels related, but no incident for "
    "Coralfin Fish and Chips (no entity in the model's reading)",
}

# keys this round checks itself; the rest go to the rounds' shared check_expectations
LOCAL_KEYS = ("hit", "unhurt")

IMPLIES = {"ransomware": "cyber_attack", "social_engineering": "cyber_attack"}


def closed(kinds: list[str]) -> set[str]:
    return set(kinds) | {IMPLIES[k] for k in kinds if k in IMPLIES}


def find_any(record: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    for name in names:
        incident = find(record, name)
        if incident is not None:
            return incident
    return None


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, {k: v for k, v in expect.items() if k not in LOCAL_KEYS})
    found = org_names(record)
    for victim in expect.get("hit", []):
        names, role, kinds = victim["names"], victim["role"], victim["types"]
        incident = find_any(record, names)
        assert incident is not None, f"no incident for {names[0]!r}; incidents: {found}"
        if role is not None:
            assert incident["role"] == role, (
                f"{names[0]!r} is {incident['role']!r}, expected {role!r}; incidents: {found}"
            )
        types = closed(incident["incident_types"])
        missing = sorted(closed(kinds) - types)
        assert not missing, f"{names[0]}: {missing} missing from types {sorted(types)}"
    for org in expect.get("unhurt", []):
        incident = find(record, org)
        if incident is None:
            continue
        hurt = {
            s["service"]: s["status"] for s in incident["services"] if s["status"] != "unaffected"
        }
        assert not hurt, f"{org}: said to be unaffected, but services {hurt}; incidents: {found}"


def hit(name: str, role: str | None, *kinds: str, also: tuple[str, ...] = ()) -> dict[str, Any]:
    """A victim the article names: by its name (or another acceptable form of it), with the
    role wanted (None: any) and the incident types the article states for it."""
    return {"names": [name, *also], "role": role, "types": list(kinds)}


V_CASES = [
    pytest.param(
        "Ondersby council hit by cyber attack as online payments go down\n\n"
        "Ondersby District Council has been hit by a cyber attack that has taken its online "
        "payment and housing benefit systems offline, the authority said on Tuesday.\n\n"
        "Staff found the problem early on Monday and the council shut down its network as a "
        "precaution. Residents have been asked to contact the council only about urgent "
        "matters while the investigation continues.\n\n"
        "The attack comes less than a year after Maddenholme Borough Council's ransomware "
        "attack, which left the neighbouring authority unable to process planning applications "
        "or council tax payments for almost three months.\n\n"
        "A spokesperson for Ondersby said the council was working with the National Cyber "
        "Security Centre and had informed the Information Commissioner's Office.",
        "2025-02-18",
        {
            "primary": "Ondersby District Council",
            "hit": [hit("Maddenholme Borough Council", "related", "ransomware")],
        },
        id="V1",
    ),
    pytest.param(
        "Whiskerby Pet Supply says card details skimmed from its website\n\n"
        "Whiskerby Pet Supply, the Colorado-based online pet store, says hackers planted "
        "malicious code on its checkout page that captured customers' card numbers for about "
        "six weeks this spring.\n\n"
        "In a notice filed with the Maine attorney general, the company said 38,200 customers "
        "may have been affected and that it removed the code on May 9. It is offering a year of "
        "free credit monitoring.\n\n"
        "Security researchers said the technique resembled the one used in Corvallen Market's "
        "data breach in 2021, when the grocery delivery company lost the payment details of "
        "more than a million shoppers.\n\n"
        "Whiskerby said its website remained open for orders.",
        "2025-06-03",
        {
            "primary": "Whiskerby Pet Supply",
            "hit": [hit("Corvallen Market", "related", "data_breach")],
        },
        id="V2",
    ),
    pytest.param(
        "Tollervey Bank customers locked out for second day\n\n"
        "Customers of Tollervey Bank were unable to log in to its app or online banking for a "
        "second day on Thursday, as the lender struggled to fix what it called a technical "
        "fault.\n\n"
        "The bank said there was no sign of a cyber attack and that card payments and cash "
        "machines were working normally. It apologised and said anyone left out of pocket "
        "would be compensated.\n\n"
        "MPs on the Treasury committee said the failure was the latest in a long line of "
        "banking outages. They pointed to Tarnholt Building Society's IT meltdown in 2022, "
        "which left members unable to reach their savings for a week, and Penwithy Bank's "
        "outage in January, when thousands of salaries were paid late.",
        "2025-05-15",
        {
            "primary": "Tollervey Bank",
            "hit": [
                hit("Tarnholt Building Society", "related", "technical_outage"),
                hit("Penwithy Bank", "related", "technical_outage"),
            ],
        },
        id="V3",
    ),
    pytest.param(
        "Wirrabee Mutual app outage leaves customers unable to pay bills\n\n"
        "Wirrabee Mutual Bank customers across Victoria and NSW were unable to use its banking "
        "app or pay bills online for most of Monday, after what the customer-owned bank "
        "described as a fault in its core systems.\n\n"
        '"We know how frustrating this has been and we\'re sorry," chief executive Nerida '
        "Kaveney said on Monday evening, adding that services had been restored by 7pm.\n\n"
        "The outage revived memories of Yarrandale Bank's botched migration to a new banking "
        "platform in 2023, when thousands of customers saw wrong balances and could not get "
        "into internet banking for days. The corporate regulator later fined the bank $3 "
        "million over its handling of complaints.\n\n"
        "Consumer advocates said banks needed to be more open about the age of their systems.",
        "2025-07-08",
        {
            "primary": "Wirrabee Mutual Bank",
            "hit": [hit("Yarrandale Bank", "related", "technical_outage")],
        },
        id="V4",
    ),
    pytest.param(
        "Ravenbeck Homes tenants unable to pay rent after upgrade fails\n\n"
        "Ravenbeck Homes' failed systems upgrade has left thousands of tenants unable to pay "
        "their rent online or report repairs for more than a week, the housing association has "
        "admitted.\n\n"
        "The Yorkshire landlord, which manages about 14,000 homes, switched to a new housing "
        "management system on 3 March. Since then its tenant portal has been offline and its "
        "call centre has been overwhelmed.\n\n"
        "In a letter to tenants, chief executive Quinton Harlowe said the problems had been "
        "caused by errors in moving data to the new system. Tenants would not be penalised for "
        "late payments, he said.\n\n"
        "The Regulator of Social Housing said it was in contact with the association.",
        "2025-03-13",
        {
            "primary": "Ravenbeck Homes",
            "hit": [hit("Ravenbeck Homes", "primary", "technical_outage")],
        },
        id="V5",
    ),
    pytest.param(
        "Dunvarrow Logistics' cyber attack cost it £14m, annual report shows\n\n"
        "Dunvarrow Logistics' cyber attack in March cost the haulier £14m in lost revenue and "
        "recovery costs, according to annual results published on Thursday.\n\n"
        "The Midlands company said the attack forced its depots to run on paper for nearly "
        "three weeks, and that two large customers had moved their business to rivals while "
        "its systems were down.\n\n"
        "Chief executive Rhys Cadogan said the company had since spent heavily on security. "
        '"It was the most difficult period in our 60-year history," he said. Shares rose 4% as '
        "profits for the second half beat forecasts.",
        "2025-09-25",
        {
            "primary": "Dunvarrow Logistics",
            "hit": [hit("Dunvarrow Logistics", "primary", "cyber_attack")],
        },
        id="V6",
    ),
    # Guards: a team's attack; a gang's attack and a software maker's bug bounty programme; a
    # vendor's faulty update that crashed its customer's computers.
    pytest.param(
        "Scarbeck Rovers 0-2 Kestleigh Town\n\n"
        "Kestleigh Town climbed to fourth in League Two with a comfortable win at Brindle Lane, "
        "where Rovers' attack once again failed to fire.\n\n"
        "Jamal Okorie headed the visitors in front after 14 minutes, and the home defence was "
        "breached again before the break when Kieran Fosdyke ran on to a long ball and "
        "finished low.\n\n"
        "Rovers had more of the ball after half-time but did not manage a shot on target until "
        "the 83rd minute. \"Our attack just wasn't at the races today, and that's on me,\" said "
        "Rovers manager Sam Tredgold.\n\n"
        "Kestleigh host Haverlock United on Saturday.",
        "2025-10-12",
        {"no_incidents": True, "absent": ["Scarbeck Rovers", "Kestleigh Town"]},
        id="V7",
    ),
    pytest.param(
        "Ransomware gang claims attack on Mellory Valley school district\n\n"
        "The Mellory Valley Unified School District in California says a ransomware attack has "
        "knocked out its email and phone systems, and teachers at its 22 schools will take "
        "registers on paper this week.\n\n"
        "A ransomware group known as Ashwraith claimed responsibility on its leak site on "
        "Tuesday. Ashwraith's attack on the district follows the gang's campaign against "
        "community colleges earlier this year, security researchers said.\n\n"
        "The gang got in through a flaw in software made by Correnby Software, which the "
        "district uses to manage student records. The flaw was reported through Correnby "
        "Software's bug bounty program in February and a fix was released in March, but the "
        "district had not yet installed it, Superintendent Lucinda Oakes told parents.\n\n"
        "Oakes said there was no evidence so far that student data had been taken.",
        "2025-09-10",
        {
            "primary": "Mellory Valley Unified School District",
            "absent": ["Ashwraith", "Correnby Software"],
        },
        id="V8",
    ),
    pytest.param(
        "Aerlow Airways check-in chaos blamed on faulty security update\n\n"
        "Passengers flying with Aerlow Airways faced queues of up to four hours on Friday after "
        "a faulty software update from cybersecurity firm Quarrix Security crashed the "
        "computers the airline uses for check-in and boarding.\n\n"
        "Staff at the airline's hubs wrote boarding passes by hand, and 46 flights were "
        "cancelled. The airline said its systems had been restored by Saturday morning.\n\n"
        "Quarrix Security's faulty update affected Windows computers at thousands of its "
        "customers worldwide. The company said the problem was not a cyber attack, that its "
        "own services had kept running throughout, and that a fix had been issued within "
        "hours.",
        "2025-08-16",
        {"primary": "Aerlow Airways", "absent": ["Quarrix Security"]},
        id="V9",
    ),
]

W_CASES = [
    pytest.param(
        "Holtwhistle Memorial Hospital diverts ambulances after ransomware attack\n\n"
        "Holtwhistle Memorial Hospital in western Pennsylvania has been diverting ambulances to "
        "other hospitals since Sunday after a ransomware attack took down its electronic health "
        "records, hospital officials said.\n\n"
        "Doctors and nurses are using paper charts, and some planned surgeries have been "
        "postponed. The hospital said patients who walk in to its emergency department are "
        "still being seen.\n\n"
        "The FBI said the attack was carried out by Cinderlock, a ransomware gang that has "
        "encrypted the systems of more than 40 organizations in the United States since last "
        "summer. Other victims include Pallisford County Library, Brightlake Dental Group and "
        "the Marrowind Water Authority.",
        "2025-04-22",
        {
            "primary": "Holtwhistle Memorial Hospital",
            "hit": [
                hit("Pallisford County Library", "related", "ransomware"),
                hit("Brightlake Dental Group", "related", "ransomware"),
                hit("Marrowind Water Authority", "related", "ransomware"),
            ],
        },
        id="W1",
    ),
    pytest.param(
        "Russian national charged over ransomware attacks on US cities and hospitals\n\n"
        "Federal prosecutors have charged a Russian national with deploying ransomware against "
        "American local governments, hospitals and businesses and demanding more than $12 "
        "million in ransoms.\n\n"
        "Anatoly Brashkin, 34, is accused of conspiracy, computer fraud and extortion in an "
        "indictment unsealed in federal court in Ohio on Wednesday. He remains at large.\n\n"
        "Victims named in the indictment included the City of Ferndock, Ohio; Essendine "
        "Regional Medical Center in Harmon Falls, Kentucky; and Haskerton Freight Lines of "
        "Wexton, Indiana. Prosecutors said the attacks encrypted computer systems and stole "
        "files, which were published online when victims refused to pay.\n\n"
        "The State Department is offering a reward of up to $10 million for information "
        "leading to his arrest.",
        "2025-11-06",
        {
            "hit": [
                hit("City of Ferndock", None, "ransomware", also=("Ferndock",)),
                hit("Essendine Regional Medical Center", None, "ransomware"),
                hit("Haskerton Freight Lines", None, "ransomware"),
            ],
        },
        id="W2",
    ),
    pytest.param(
        "Wallumbee Health Fund members' data stolen in cyber attack\n\n"
        "Wallumbee Health Fund has told 210,000 members that their names, dates of birth and "
        "Medicare numbers were stolen in a cyber attack on its claims system last month.\n\n"
        "The regional insurer said it shut down the system after detecting unusual activity on "
        "12 May and had notified the Australian Cyber Security Centre and the privacy "
        "commissioner.\n\n"
        "A group calling itself Nullhaven has posted samples of the data on a dark web forum. "
        "The group has stolen data from more than a dozen Australian organisations in the past "
        "year. Among its other victims were Merriwang Shire Council and the Kandora Motor "
        "Group.\n\n"
        "Wallumbee said members did not need to take any action but should be alert to scam "
        "calls and emails.",
        "2025-06-17",
        {
            "primary": "Wallumbee Health Fund",
            "hit": [
                hit("Merriwang Shire Council", "related", "data_breach"),
                hit("Kandora Motor Group", "related", "data_breach"),
            ],
        },
        id="W3",
    ),
    pytest.param(
        "Stollbury Shoes stores take cash only after ransomware attack\n\n"
        "Stollbury Shoes, the family-owned footwear chain, says a ransomware attack has knocked "
        "out its tills and website, leaving its 85 shops able to take only cash.\n\n"
        "The company discovered the attack on Saturday and said it was working with outside "
        "specialists to bring its systems back. Online orders have been suspended.\n\n"
        "A ransomware gang called Vesper Hydra has claimed the attack. The group has targeted "
        "mid-sized British firms since 2023: the engineering firm Caddock Precision and "
        "Wexhampton College were among the gang's victims last year.\n\n"
        "Stollbury said it did not believe customers' card details had been taken.",
        "2025-05-27",
        {
            "primary": "Stollbury Shoes",
            "hit": [
                hit("Caddock Precision", "related", "ransomware"),
                hit("Wexhampton College", "related", "ransomware"),
            ],
        },
        id="W4",
    ),
    pytest.param(
        "Tillgate outage leaves shops cash-only across Queensland\n\n"
        "Thousands of cafes, pubs and shops across Queensland could take only cash for much of "
        "Saturday after an outage at payments company Tillgate knocked out its card "
        "terminals.\n\n"
        "Tillgate said the fault, caused by a network update, had nothing to do with a cyber "
        "attack, and that terminals were working again by 4pm.\n\n"
        "Kellbrook Bakery, Gullwing Hotels and Coralfin Fish and Chips were among those that "
        'told customers they could only take cash during the outage. "We lost about half our '
        'usual Saturday trade," said Deb Mallinder, who owns two Kellbrook stores on the '
        "Sunshine Coast.\n\n"
        "The outage is the second to hit Tillgate terminals this year.",
        "2025-08-31",
        {
            "primary": "Tillgate",
            "hit": [
                hit("Kellbrook Bakery", "related", "technical_outage"),
                hit("Gullwing Hotels", "related", "technical_outage"),
                hit("Coralfin Fish and Chips", "related", "technical_outage"),
            ],
        },
        id="W5",
    ),
    pytest.param(
        "Cyber attack on IT firm knocks out systems at dozens of Wisconsin businesses\n\n"
        "A cyber attack on Corbelt IT Services, a Wisconsin company that manages computer "
        "systems for small and mid-sized firms, has disrupted email, accounting and "
        "point-of-sale systems at dozens of its clients, the company said Friday.\n\n"
        "Corbelt said hackers broke into a remote management tool it uses to look after "
        "clients' networks on Wednesday night. It has since shut the tool down and brought in "
        "outside investigators.\n\n"
        "Grocery chain Grenvil Grocers and Mistral Ridge Furniture were among the businesses "
        "hit. Grenvil's six stores switched to paper receipts on Thursday, and Mistral Ridge "
        "said it could not process online orders until at least Monday.\n\n"
        "Corbelt said it had not yet found evidence that customer data had been stolen.",
        "2025-10-17",
        {
            "primary": "Corbelt IT Services",
            "hit": [
                hit("Grenvil Grocers", "related", "cyber_attack"),
                hit("Mistral Ridge Furniture", "related", "cyber_attack"),
            ],
        },
        id="W6",
    ),
    # Guards: lists of potential victims and sponsors; of customers not said to be affected;
    # of those that said they were not affected.
    pytest.param(
        "Hotel door locks can be opened with £30 gadget, researchers warn\n\n"
        "Security researchers have shown how a flaw in a widely used electronic hotel door lock "
        "could let thieves open rooms with a cheap radio device, at the Grenhaven Security "
        "Summit on Wednesday.\n\n"
        "The team, from Polmarth University, said they had reported the flaw to the lock's "
        "maker, Sentrel Access, last year, and a fix had been released. There was no evidence "
        "that criminals had used it, they said.\n\n"
        '"Potential victims could include big chains such as Wendimere Hotels and Corriemar '
        'Inns, which both use these locks in some of their properties," said Callum Strachey, '
        "who led the research.\n\n"
        "Thornquist Insurance and Tevlin Cloud were among the sponsors of the conference, which "
        "drew about 3,000 delegates over two days.",
        "2025-03-27",
        {
            "no_incidents": True,
            "absent": [
                "Wendimere Hotels",
                "Corriemar Inns",
                "Thornquist Insurance",
                "Tevlin Cloud",
                "Sentrel Access",
            ],
        },
        id="W7",
    ),
    pytest.param(
        "Payroll firm Marbeck hit by ransomware\n\n"
        "Marbeck Payroll, which runs payroll for about 900 small and medium-sized employers in "
        "the North of England, has been hit by a ransomware attack, the company has "
        "confirmed.\n\n"
        "The firm said it discovered the attack on Monday and took its systems offline. Its "
        "customer portal remains down, and it is contacting clients by phone.\n\n"
        "Its customers include the convenience store chain Pickwell Stores and the Dunstaple "
        "Care Group, according to its website.\n\n"
        "Marbeck said it was too early to say whether any data had been taken, and that it had "
        "reported the attack to the Information Commissioner's Office.",
        "2025-01-29",
        {"primary": "Marbeck Payroll", "absent": ["Pickwell Stores", "Dunstaple Care Group"]},
        id="W8",
    ),
    pytest.param(
        "Kestermoor Bank card payments fail on busy Saturday\n\n"
        "Customers of Kestermoor Bank had card payments declined in shops and online for about "
        "five hours on Saturday, after what the bank called an internal technical problem.\n\n"
        "The bank said the fault, which began shortly after 10am, was fixed by mid-afternoon "
        "and that there was no evidence of a cyber attack. Cash machines were also "
        "affected.\n\n"
        "Supermarkets Hollinspar, Quillane Foods and Rillbury's said they were not affected and "
        "that shoppers paying with other banks' cards could use their tills as normal. Some "
        "Kestermoor customers said they had abandoned full trolleys at the checkout.\n\n"
        "The bank said it would refund any charges caused by the failure.",
        "2025-12-07",
        {
            "primary": "Kestermoor Bank",
            "unhurt": ["Hollinspar", "Quillane Foods", "Rillbury's"],
        },
        id="W9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(V_CASES, KNOWN_MISSES))
def test_the_possessor_of_an_incident_is_hit_by_it(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(W_CASES, KNOWN_MISSES))
def test_organisations_listed_as_victims_are_each_hit(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)
