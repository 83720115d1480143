"""Guards from the review of round 69's first rules (02c9bc4), on the reviewer's own articles:
each pins the whole outcome (who is hit, in which role, with which services) that the base
gave and 02c9bc4 broke.

- A speaker after words with no quote took "its" or a service with no owner as its own when
  another organisation had been named before ("Hackers hit Y. Its website was knocked
  offline, police said"; a regulator, union, insurer, supplier or parent company), and a
  regulator's first-person act on another ('"We have suspended its licence"') as its trouble.
- A rival whose things kept going was tied to an incident told doing harm to another ("after
  a cyber attack hit a competitor", "that crippled Y", "by hackers on a rival", "on its
  biggest rival"), to a wave ("a spate of ransomware attacks across the sector", "a global IT
  outage"), to a habit ("always remain open after a cyber attack") and past a denial ("and
  that it had not been affected").
- "kept taking orders" ended the scan before the incident that tied the name, read a
  workaround ("by phone") and stolen data ("payments data") as a service working.
- Folding an agency into its parent ("an agency of", a bracketed short name) merged two
  victims and lost names; the fold was withdrawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


CASES = [
    pytest.param(
        _article(
            "Ashcombe Council hit by cyber attack",
            "Ashcombe Council has been hit by a cyber attack, the authority confirmed on "
            "Wednesday.",
            "Its website was knocked offline by the attack on Tuesday night, Westvale Police said.",
            "Council staff have been told not to use their work laptops.",
        ),
        [("Ashcombe Council", "primary")],
        {"Ashcombe Council": {}},
        id="s06_police_knocked_offline",
    ),
    pytest.param(
        _article(
            "Kelby Logistics attacked",
            "Hackers broke into the network of Kelby Logistics on Sunday.",
            "Its systems were encrypted and deliveries were suspended, Kelby Police said in a "
            "statement.",
        ),
        [("Kelby Logistics", "primary")],
        {"Kelby Logistics": {}},
        id="s53_police_its_systems",
    ),
    pytest.param(
        _article(
            "Northfield school hacked",
            "Hackers attacked Northfield Primary School on Monday. Its website was knocked "
            "offline for a week, Kelby County Council said.",
            "The school said lessons were going ahead as normal.",
        ),
        [("Northfield Primary School", "primary")],
        {"Northfield Primary School": {}},
        id="s42_its_school_council",
    ),
    pytest.param(
        _article(
            "Hackers leak data stolen from Carrow Logistics",
            "A ransomware gang has published data it says was stolen from Carrow Logistics.",
            "It has been unable to deliver parcels since last week, the Road Haulage Federation "
            "said.",
            "Carrow Logistics said it was investigating the claims.",
        ),
        [("Carrow Logistics", "primary")],
        {"Carrow Logistics": {}},
        id="s23_it_refers_other",
    ),
    pytest.param(
        _article(
            "Brindle Bank customers locked out after attack",
            "Customers of Brindle Bank were unable to log in to their accounts on Tuesday after "
            "what the lender called a cyber incident.",
            "Online payments have been suspended while the incident is investigated, the "
            "Financial Conduct Office said.",
            "The bank said no customer money had been lost.",
        ),
        [("Brindle Bank", "primary")],
        {"Brindle Bank": {}},
        id="s02_regulator_service",
    ),
    pytest.param(
        _article(
            "Claims delayed after Tarnmoor Insurance hack",
            "Hackers have broken into systems at the broker Ashmere Partners, leaving clients "
            "unable to file claims.",
            "Customer service lines have been suspended while engineers investigate, the insurer "
            "Tarnmoor Mutual said.",
            "Ashmere Partners has not commented.",
        ),
        [("Ashmere Partners", "primary"), ("Tarnmoor Insurance", "related")],
        {"Ashmere Partners": {}, "Tarnmoor Insurance": {}},
        id="s12_insurer",
    ),
    pytest.param(
        _article(
            "Clinic bookings halted by IT failure",
            "Patients of the Westbrook Dental Group have been unable to book appointments since "
            "Monday.",
            "The booking system crashed after a faulty update, the software supplier Medora said.",
            "Westbrook Dental Group said it was taking bookings by phone.",
        ),
        [("Westbrook Dental Group", "primary")],
        {"Westbrook Dental Group": {}},
        id="s14_supplier_reports_client",
    ),
    pytest.param(
        _article(
            "Staff at Dunmore Foods paid late after attack",
            "Staff at the food manufacturer Dunmore Foods have been paid late after a ransomware "
            "attack.",
            "Payroll systems were encrypted by the hackers, the union Unify said.",
            "Dunmore Foods apologised to its staff.",
        ),
        [("Dunmore Foods", "primary")],
        {"Dunmore Foods": {}},
        id="s15_union_speaks",
    ),
    pytest.param(
        _article(
            "Fernway stores hit by IT outage",
            "An IT outage has hit tills at the discount chain Fernway.",
            "Card payments have been disrupted at its stores since Saturday morning, parent "
            "company Holbeck Group said.",
            "Fernway said cash was being accepted.",
        ),
        [("Fernway", "primary")],
        {"Fernway": {"card_payments": "disrupted"}},
        id="s11_parent_speaks",
    ),
    pytest.param(
        _article(
            "Pellow Bank fined",
            "Pellow Bank has been hit by a cyber attack that exposed customer details.",
            '"We have suspended its licence to take new customers'
            ' until the breach is investigated," the Prudential Conduct Office said.',
            "Pellow Bank said it would appeal.",
        ),
        [("Pellow Bank", "primary")],
        {"Pellow Bank": {"customer_data": "compromised"}},
        id="s52_regulator_we_suspended",
    ),
    pytest.param(
        _article(
            "Rival stays open as Marlow Foods reels",
            "The supermarket chain Marlow Foods has closed 40 stores after a cyber attack.",
            "Rival grocer Greystone said its shops remained open after a cyber attack hit a "
            "competitor on Monday.",
            "Marlow Foods said it did not know when stores would reopen.",
        ),
        [("Marlow Foods", "primary")],
        {"Marlow Foods": {"stores": "suspended"}},
        id="k01_rival_hit",
    ),
    pytest.param(
        _article(
            "Hollins Pharmacy shuts branches",
            "The pharmacy chain Hollins has shut 12 branches after a ransomware attack.",
            "Neighbouring chemist Brightway said its branches stayed open despite a ransomware "
            "attack that crippled Hollins.",
            "Hollins said patients should go to other pharmacies.",
        ),
        [("Hollins Pharmacy", "primary")],
        {"Hollins Pharmacy": {"stores": "suspended"}},
        id="k02_rival_that_crippled",
    ),
    pytest.param(
        _article(
            "Kelby Energy customers face bill delays",
            "Customers of Kelby Energy face delayed bills after hackers struck its billing system.",
            "Competitor Ashdown Power said its call centres stayed open after a cyber attack "
            "last week at a rival supplier.",
            "Kelby Energy said it would waive late fees.",
        ),
        [("Kelby Energy", "primary")],
        {"Kelby Energy": {}},
        id="k03_last_week_at",
    ),
    pytest.param(
        _article(
            "Hackers hit Morton Travel",
            "The travel agent Morton Travel has cancelled bookings after hackers encrypted its "
            "systems.",
            "Rival agent Sunpath said its booking site remained online after an attack by "
            "hackers on a rival.",
            "Morton Travel said it would refund customers.",
        ),
        [("Morton Travel", "primary")],
        {"Morton Travel": {"internal_systems": "disrupted"}},
        id="k07_by_hackers_on_rival",
    ),
    pytest.param(
        _article(
            "Waverley Books hit by outage",
            "The bookseller Waverley Books suffered an IT outage on Saturday that took its tills "
            "offline.",
            "Rival Lantern Books said its shops remained open in the wake of an outage that hit "
            "other booksellers in the city.",
            "Waverley Books said its tills were back by Sunday.",
        ),
        [("Waverley Books", "primary")],
        {"Waverley Books": {"card_payments": "restored"}},
        id="k11_rival_in_wake",
    ),
    pytest.param(
        _article(
            "Yarrow Foods stores shut",
            "Hackers hit the supermarket chain Yarrow Foods on Monday, closing 60 stores.",
            "Rival Brackley said its stores remained open after a cyber attack on Monday that "
            "shut Yarrow's shops.",
            "Yarrow Foods said it did not know when stores would reopen.",
        ),
        [("Yarrow Foods", "primary")],
        {"Yarrow Foods": {"stores": "suspended"}},
        id="k18_on_monday_rival",
    ),
    pytest.param(
        _article(
            "Hallam Fashion hit",
            "The fashion chain Hallam was hit by ransomware last week.",
            "Competitor Greystone said its shops remained open after a cyber attack on its "
            "biggest rival.",
            "Hallam said it was restoring systems.",
        ),
        [("Hallam Fashion", "primary")],
        {"Hallam Fashion": {"internal_systems": "partially_restored"}},
        id="k20_on_its_rival",
    ),
    pytest.param(
        _article(
            "Bexley Home hit by hackers",
            "The homeware chain Bexley Home has suspended online orders after hackers stole "
            "customer data.",
            "Its sister chain Bexley Garden said its website remained online despite a cyber "
            "attack on its sister business.",
            "Both chains are owned by Holbeck Group.",
        ),
        [("Bexley Home", "primary")],
        {"Bexley Home": {"online_orders": "suspended", "customer_data": "compromised"}},
        id="k28_sister_chain",
    ),
    pytest.param(
        _article(
            "Retailers hit by string of attacks",
            "A string of ransomware attacks has hit British retailers this spring.",
            "The department store chain Halloran said its stores remained open amid a spate of "
            "ransomware attacks across the sector.",
            "Halloran said it had invested heavily in security.",
        ),
        [],
        {},
        id="k04_wave_across",
    ),
    pytest.param(
        _article(
            "Pellow Bank on resilience",
            "Pellow Bank has published its resilience plan, as regulators demand banks prepare "
            "for cyber attacks.",
            "Pellow Bank said its branches always remain open after a cyber attack because they "
            "can run offline.",
            "The regulator said all banks must publish plans by December.",
        ),
        [],
        {},
        id="k22_generic_present",
    ),
    pytest.param(
        _article(
            "Global outage hits airlines and banks",
            "A faulty update from the security firm CrowdShield knocked out computers at "
            "airlines and banks worldwide on Friday.",
            "Pellow Bank said its branches stayed open amid a global IT outage and that it had "
            "not been affected.",
            "CrowdShield said it had fixed the update.",
        ),
        [],
        {},
        id="k25_global_outage",
    ),
    pytest.param(
        _article(
            "Tallis Wines customers angry",
            "Customers of Tallis Wines say the merchant kept taking orders for weeks after a "
            "cyber attack shut its warehouse, even though nothing could be shipped.",
            "Tallis Wines said it would refund all affected orders.",
        ),
        [("Tallis Wines", "primary")],
        {
            "Tallis Wines": {
                "online_orders": "unaffected",
                "stock_and_supply": "suspended",
                "returns_refunds": "disrupted",
            }
        },
        id="c22_took_payments_unfulfilled",
    ),
    pytest.param(
        _article(
            "Kestrel Pizza website down",
            "The takeaway chain Kestrel Pizza's website has been down since Friday after a cyber "
            "attack.",
            "Its branches continued to take orders by phone.",
            "Kestrel Pizza said the website would be back next week.",
        ),
        [("Kestrel Pizza", "primary")],
        {"Kestrel Pizza": {"website": "restoration_expected"}},
        id="c01_phone_workaround",
    ),
    pytest.param(
        _article(
            "Skimmer found on Ravel Shoes site",
            "Hackers planted a card skimmer on the website of the shoe retailer Ravel Shoes.",
            "The attackers kept taking payments data from customers for three months before it "
            "was found.",
            "Ravel Shoes said it had removed the code.",
        ),
        [("Ravel Shoes", "primary")],
        {"Ravel Shoes": {}},
        id="c04_attackers_kept",
    ),
    pytest.param(
        _article(
            "Hackers hit energy firm and bank",
            "Hackers hit Kelby Energy and Pellow Bank (PB), which is owned by Holbeck Group, on "
            "Tuesday.",
            "Kelby Energy said its billing systems were encrypted.",
            "Pellow Bank said customer data may have been accessed.",
        ),
        [("Kelby Energy", "primary"), ("Pellow Bank", "related")],
        {
            "Kelby Energy": {"internal_systems": "disrupted"},
            "Pellow Bank": {"customer_data": "compromised"},
        },
        id="a04_bracket_list_fold",
    ),
    pytest.param(
        _article(
            "Dairies hit by hackers",
            "Victims of the attack included Ashby Foods (Leeds), Kettle Farms (York) and Brindle "
            "Dairies, which is owned by Holbeck Group.",
            "Ashby Foods said its production lines were stopped.",
        ),
        [("Ashby Foods", "primary")],
        {"Ashby Foods": {}},
        id="a14_bracket_list_owned",
    ),
    pytest.param(
        _article(
            "Northgate Housing records encrypted",
            "Northgate Housing, an arm of Kelby City Council, said on Monday that ransomware had "
            "encrypted its tenant records.",
            "Kelby City Council said its own systems and its website were unaffected.",
        ),
        [("Northgate Housing", "primary"), ("Kelby City Council", "related")],
        {
            "Northgate Housing": {},
            "Kelby City Council": {"website": "unaffected", "internal_systems": "unaffected"},
        },
        id="a12_arm_of_council_unaffected",
    ),
    pytest.param(
        _article(
            "Two public bodies hit",
            "The Marine Licensing Office, an agency of the Coastal Department, was hit by "
            "ransomware on Friday, and the Coastal Department's own email system was also "
            "disrupted.",
            "The department said staff were using personal phones.",
        ),
        [("Marine Licensing Office", "primary"), ("Coastal Department", "related")],
        {"Marine Licensing Office": {}, "Coastal Department": {"internal_systems": "disrupted"}},
        id="a08_agency_of_two_victims",
    ),
]


@pytest.mark.parametrize(("text", "incidents", "services"), CASES)
def test_review69_outcome(
    extract: Extract,
    text: str,
    incidents: list[tuple[str, str]],
    services: dict[str, dict[str, str]],
) -> None:
    record = extract(text, published="2025-06-12")
    got = [(i["organization"]["name"], i["role"]) for i in record["incidents"]]
    assert got == incidents
    got_services = {
        i["organization"]["name"]: {s["service"]: s["status"] for s in i["services"]}
        for i in record["incidents"]
    }
    assert got_services == services
