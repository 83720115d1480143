"""Blind round 49c: acceptance cases written from class descriptions alone.

The articles below are invented and were written blind, without reading the extractor's
source, rules, fixtures or other cases. Every organisation, person and place is made up.

Classes:
A. An organisation that says its staff are working by hand, on paper or with pen and paper
   because of an attack or outage (its own, or one at its supplier) was hit: it has an
   incident, with third_party among its types when the outage is at a supplier. Counter-cases:
   data written down on paper does not make customer_data or employee_data compromised, nor
   data_compromised true; a trade union commenting that members work on paper has no incident.
B. A company listed between other companies in a list of victims (even with a country's
   possessive before one name) is a victim like the others: each listed company has an incident.
C. In a sentence an organisation opens, an "its" opening a later clause after "but", "and" or
   ";" refers to that organisation, so the later clause's service status belongs to it.
D. A client reporting that its data was stolen by hackers who broke into (got into, accessed)
   its supplier, named in the same sentence, is a victim: data_compromised true and third_party
   among its types.
E. Counter-cases for D and B: a company that only comments on another's breach has no incident;
   a list of places creates no incidents for the places.

On the code before round 49 (c5e42fc) 16 of the 32 cases pass; when the cases were first run
(8a1706f) 18 pass; coffee, roasters and tea now end a business's name, but "Copperleaf Coffee"
(C3) still misses for another reason; an intrusion into a supplier named in apposition is the
route in (D1, D2, D5 pass), and so is one into what of the supplier it entered ("accessed
the network of Y", D6). Tried and dropped for B: any name in a list closed by a
conjunction that holds one company is a company (it named brands, people and places as
victims across six case sets). The ten strict xfails in KNOWN_MISSES are the extractor's
misses, input and expectation unchanged. In round 63 B6 passes (a name in a list of speakers
that is its clause's subject, one of them an organisation the model names) and its entry is
removed; B1, whose list does not speak, stays.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import find, get, norm, run, with_known_misses

from conftest import statuses

DOWN = {"disrupted", "suspended"}
BACK = {"restored", "partially_restored"}


# the extractor's misses when the cases were run, input and expectation unchanged
KNOWN_MISSES = {
    "A4": "a union named 'X union', the word after its name, is taken as an organisation's name",
    "B1": "a list of three that does not speak ('were among the businesses hit') adds no name "
    "the model tagged nothing: a list of those hit names towns and products too",
    "B2": "a coined name between a trade-named company and a place's possessive is no candidate",
    "B3": "a coined name in a list the model tags a person is no candidate",
    "B4": "a coined name after a place's possessive in the middle of a list is no candidate",
    "B5": "four coined names in a list open the sentence and none is found",
    "C2": "'we hope to have the app back very soon' is an expected return by the project's "
    "convention ('soon' is a time), where the case expects the app still down",
    "C3": "'its shops stayed open and its card readers had been failing': no comma, so the "
    "second 'its' opens no clause of its own (a split tried without a comma cost two sets)",
    "D3": "'hackers who accessed Y': 'accessed' names Y as the scene only with an IT thing",
}


def article(headline: str, *paragraphs: str) -> str:
    return "\n\n".join([headline, *paragraphs]) + "\n"


def incidents_named_like(record: dict[str, Any], word: str) -> list[str]:
    """Organisation names (or aliases) of incidents that contain `word`, normalised."""
    wanted = norm(word)
    hits = []
    for incident in record["incidents"]:
        org = incident["organization"]
        for name in [org["name"], *org.get("aliases", [])]:
            if wanted in norm(name):
                hits.append(org["name"])
                break
    return hits


# --- A: working by hand / on paper -------------------------------------------------------

A_HIT = [
    pytest.param(
        "2025-06-02",
        article(
            "Hospital trust reverts to pen and paper after cyber attack",
            "Staff at Hexbridge Health Trust have been working with pen and paper since a cyber "
            "attack took its computer systems offline on Sunday night.",
            "The trust, which runs three hospitals around Pilsworth, said a small number of "
            "planned operations had been postponed.",
            '"Our teams are doing a remarkable job while we bring our systems back safely," '
            "said chief executive Lorna Brunskill.",
            "Investigators from Ardentix have been brought in to examine how the attackers got in.",
        ),
        "Hexbridge Health Trust",
        False,
        id="A1",
    ),
    pytest.param(
        "2025-03-14",
        article(
            "Council officers log requests by hand after hosting firm fails",
            "Ledgemoor District Council said its staff had gone back to paper forms after an "
            "outage at Corvantis, the company that hosts its housing and benefits systems.",
            "Corvantis said the fault began on Wednesday morning during a storage upgrade and "
            "that several of its other customers were also affected.",
            '"Residents may see delays while our officers record every request by hand," a '
            "council spokesperson said.",
            "The company expects the systems to be available again by the weekend.",
        ),
        "Ledgemoor District Council",
        True,
        id="A2",
    ),
    pytest.param(
        "2025-09-19",
        article(
            "Schools keep paper registers after software supplier hit by ransomware",
            "The Dunmarrow Learning Trust said teachers at its 14 schools were taking the "
            "register with pen and paper after a ransomware attack on Edulinq, which supplies "
            "its pupil management software.",
            "Edulinq said it detected the attack on Monday and took its platform offline as a "
            "precaution.",
            '"Lessons are running as normal, but the admin is all being done by hand," said '
            "the trust's chief operating officer, Marcus Threlfall.",
            "Saltbridge Academies, another user of the software, reported similar problems.",
        ),
        "Dunmarrow Learning Trust",
        True,
        id="A5",
    ),
    pytest.param(
        "2025-11-08",
        article(
            "Hardware chain writes receipts by hand as tills go dark",
            "Gorsley Hardware said staff in its shops were writing out receipts by hand on "
            "Saturday after a technical fault knocked out its till system.",
            "The retailer said the problem began after an overnight software update and hit "
            "all 40 of its branches, which stayed open.",
            '"We are sorry for the longer queues while colleagues work manually," a '
            "spokeswoman said.",
            "Engineers from its software vendor, Lissett & Crane, were on site by lunchtime.",
        ),
        "Gorsley Hardware",
        False,
        id="A6",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "supplier"), with_known_misses(A_HIT, KNOWN_MISSES)
)
def test_a_working_by_hand_is_hit(published: str, text: str, org: str, supplier: bool) -> None:
    incident = get(run(text, published), org)
    if supplier:
        assert "third_party" in incident["incident_types"], incident["incident_types"]


A_PAPER_DATA = [
    pytest.param(
        "2025-04-22",
        article(
            "Ransomware attack leaves ward staff writing notes on paper",
            "Nurses at Ellersby Community Hospital have been writing patient observations and "
            "medication records on paper charts since a ransomware attack on Tuesday.",
            '"Every reading is being taken down by hand and will be typed up later," said '
            "ward manager Priya Tamsett.",
            "The hospital's parent body, the Wyrdale Health Partnership, said emergency care "
            "was continuing as normal.",
        ),
        "Ellersby Community Hospital",
        id="A3",
    ),
    pytest.param(
        "2025-07-30",
        article(
            "Factory staff clock in on paper after cyber attack",
            "Brantwell Precision said employees were signing in on paper timesheets after a "
            "cyber attack on its network last week.",
            "Supervisors are noting shift hours and staff phone numbers in paper logbooks until "
            "the payroll system is back, the manufacturer said.",
            '"Production has carried on throughout, with our teams working by hand where '
            'needed," said managing director Helen Ibbotson.',
            "The firm has called in investigators from Cindersley Forensics.",
        ),
        "Brantwell Precision",
        id="A7",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org"), with_known_misses(A_PAPER_DATA, KNOWN_MISSES)
)
def test_a_data_on_paper_is_not_compromised(published: str, text: str, org: str) -> None:
    incident = get(run(text, published), org)
    found = statuses(incident)
    assert found.get("customer_data") != "compromised", found
    assert found.get("employee_data") != "compromised", found
    assert incident["data_compromised"] is not True, incident["data_compromised"]


A_UNION = [
    pytest.param(
        "2025-02-10",
        article(
            "Union says depot staff packing orders by hand after IT failure",
            "Warehouse workers at Gantry Home Supplies have been picking and packing orders "
            "by hand since an IT failure hit its distribution centre on Friday, the Steadwork "
            "union said.",
            "Gantry Home Supplies confirmed a system outage at its Scarlow depot and said some "
            "deliveries would arrive late.",
            '"Our members are filling in paper dockets for every pallet and it is exhausting," '
            "said the Steadwork union's regional officer, Dean Morcambe.",
        ),
        "Steadwork",
        "Gantry Home Supplies",
        False,
        id="A4",
    ),
    pytest.param(
        "2025-10-03",
        article(
            "Carers back on paper rotas after scheduling app outage",
            "Home care provider Mossvale Care said its carers were working from paper rotas "
            "after an outage at Rotamind, the supplier of its scheduling app.",
            "The trade union Carefront said its members had been writing up visit notes by "
            "hand for three days.",
            '"This is not a safe way to run a care service," said Carefront organiser Jo Vardy.',
            "Rotamind blamed a database failure and said it was working to restore the service.",
        ),
        "Carefront",
        "Mossvale Care",
        True,
        id="A8",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "union", "org", "supplier"), with_known_misses(A_UNION, KNOWN_MISSES)
)
def test_a_union_commenting_has_no_incident(
    published: str, text: str, union: str, org: str, supplier: bool
) -> None:
    record = run(text, published)
    assert find(record, union) is None, f"union {union!r} has an incident"
    assert incidents_named_like(record, union) == [], incidents_named_like(record, union)
    incident = get(record, org)
    if supplier:
        assert "third_party" in incident["incident_types"], incident["incident_types"]


# --- B: a company in the middle of a list ------------------------------------------------

B_CASES = [
    pytest.param(
        "2025-05-15",
        article(
            "Ransomware gang claims attacks on three retailers",
            "Quarvo, Belltrace and Omnisk were among the businesses hit by the ransomware gang, "
            "according to a notice posted on its leak site on Thursday.",
            "Researchers at Tallowin Labs spotted the posting and alerted the companies.",
            '"We are aware of the claims and are working with specialists," said a '
            "spokesperson for Quarvo.",
        ),
        ["Quarvo", "Belltrace", "Omnisk"],
        id="B1",
    ),
    pytest.param(
        "2025-01-21",
        article(
            "Cloud fault knocks out logistics firms' booking systems",
            "Trasker Freight, Trevine and Germany's Kolbrandt all reported that their booking "
            "systems had crashed on Tuesday after a fault at cloud provider Cirrulo.",
            "Cirrulo said a networking change in one of its data centres was to blame.",
            '"We apologise to our customers and theirs," the company said in a statement.',
            "Shipments were delayed at several ports as a result.",
        ),
        ["Trasker Freight", "Trevine", "Kolbrandt"],
        id="B2",
    ),
    pytest.param(
        "2025-08-04",
        article(
            "Food suppliers' ordering platforms hit by cyber attack",
            "Brixa, Fenbrook Foods and France's Maronne were among the food companies whose "
            "ordering platforms were disrupted by the attack over the weekend.",
            "All three use software from the same supplier, which has not been named.",
            '"Orders are being taken by phone for now," said a Fenbrook Foods spokesman.',
        ),
        ["Brixa", "Fenbrook Foods", "Maronne"],
        id="B3",
    ),
    pytest.param(
        "2025-12-12",
        article(
            "Card payments fail at shops after processor outage",
            "Lumeo, Sweden's Ekvall and Pardle said customers had been unable to pay by card "
            "on Friday evening after an outage at payments processor Transolv.",
            "Transolv said service was restored shortly before midnight.",
            '"A small number of transactions may appear twice and will be refunded," the '
            "processor said.",
        ),
        ["Lumeo", "Ekvall", "Pardle"],
        id="B4",
    ),
    pytest.param(
        "2025-03-03",
        article(
            "Attack halts production at four manufacturers",
            "Zentivo, Caskel, Harnack Motors and Japan's Hoshimura were among the manufacturers "
            "hit by Monday's attack, which halted production lines at several plants.",
            "The attackers appear to have exploited a flaw in widely used factory software.",
            '"Our priority is getting the lines running again safely," said a Harnack Motors '
            "spokeswoman.",
        ),
        ["Zentivo", "Caskel", "Harnack Motors", "Hoshimura"],
        id="B5",
    ),
    pytest.param(
        "2025-06-27",
        article(
            "Customer portals go offline at energy and telecoms firms",
            "Vexia, Grenfold Energy and Italy's Vastera all confirmed that their customer "
            "portals went offline on Thursday after a suspected cyber attack.",
            "Customers were unable to view bills or submit meter readings for several hours.",
            '"We are investigating and will update customers as soon as we can," said '
            "Grenfold Energy.",
        ),
        ["Vexia", "Grenfold Energy", "Vastera"],
        id="B6",
    ),
]


@pytest.mark.parametrize(("published", "text", "orgs"), with_known_misses(B_CASES, KNOWN_MISSES))
def test_b_every_listed_company_is_a_victim(published: str, text: str, orgs: list[str]) -> None:
    record = run(text, published)
    for org in orgs:
        get(record, org)


# --- C: a later "its" belongs to the organisation that opened the sentence -----------------


def _one_of(found: dict[str, str], services: list[str], allowed: set[str]) -> bool:
    return any(found.get(service) in allowed for service in services)


C_CASES = [
    pytest.param(
        "2025-04-07",
        article(
            "Grocer's rewards app offline after cyber attack",
            "Tandry said its stores were trading normally, but its rewards app had been offline "
            "since Saturday.",
            "The grocer, which has 120 shops across the Vale of Corrinth, blamed a cyber attack.",
            '"Customers can still shop with us as usual and their points are safe," said a '
            "spokesman.",
        ),
        "Tandry",
        [
            ("stores", ["stores"], {"unaffected"}),
            ("loyalty", ["loyalty_program", "mobile_app"], DOWN),
        ],
        id="C1",
    ),
    pytest.param(
        "2025-09-05",
        article(
            "Outdoor retailer's app remains down",
            "Pemberly Outdoor said its website was working normally; its mobile app remained "
            "unavailable on Friday after Thursday's outage.",
            "The company said the fault lay with a hosting provider and was not a cyber attack.",
            '"We hope to have the app back very soon," said a spokeswoman.',
        ),
        "Pemberly Outdoor",
        [("website", ["website"], {"unaffected"}), ("app", ["mobile_app"], DOWN)],
        id="C2",
    ),
    pytest.param(
        "2025-02-18",
        article(
            "Coffee chain asks customers to pay cash as card readers fail",
            "Copperleaf Coffee said its shops stayed open and its card readers had been failing "
            "since Tuesday morning, so customers were asked to pay in cash.",
            "The chain said the problem was a fault with its payment terminals.",
            '"We are grateful for our customers\' patience," said managing director Anil '
            "Heptonstall.",
        ),
        "Copperleaf Coffee",
        [("stores", ["stores"], {"unaffected"}), ("cards", ["card_payments"], DOWN)],
        id="C3",
    ),
    pytest.param(
        "2025-10-20",
        article(
            "Pharmacy chain suspends online orders after attack",
            "Weyburn Pharmacy said its stores were unaffected, but its online ordering had been "
            "suspended as a precaution after a cyber attack on Sunday.",
            "Prescriptions can still be collected in person, the company said.",
            '"We took the decision to protect our customers," said a spokesperson.',
        ),
        "Weyburn Pharmacy",
        [("stores", ["stores"], {"unaffected"}), ("orders", ["online_orders"], DOWN)],
        id="C4",
    ),
    pytest.param(
        "2025-05-29",
        article(
            "Grocer halts home deliveries after system failure",
            "Otterbury Grocers said its customer service lines were working normally, but its "
            "home delivery service had been halted since Monday.",
            "The company said a failure in its routing system had left vans unable to plan rounds.",
            '"Anyone with a cancelled delivery will be refunded," a spokesman said.',
        ),
        "Otterbury Grocers",
        [
            ("customer service", ["customer_service"], {"unaffected"}),
            ("delivery", ["home_delivery"], DOWN),
        ],
        id="C5",
    ),
    pytest.param(
        "2025-11-24",
        article(
            "Homeware retailer's loyalty scheme still offline after outage",
            "Marcher Home said its website was back up and its online orders were being "
            "processed again, but its loyalty points scheme remained offline on Monday.",
            "The outage began on Friday when a database fault took down several systems.",
            '"Points earned in the meantime will be added later," the retailer said.',
        ),
        "Marcher Home",
        [("website", ["website"], BACK), ("loyalty", ["loyalty_program"], DOWN)],
        id="C6",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "checks"), with_known_misses(C_CASES, KNOWN_MISSES)
)
def test_c_later_its_refers_to_opening_org(
    published: str, text: str, org: str, checks: list[tuple[str, list[str], set[str]]]
) -> None:
    found = statuses(get(run(text, published), org))
    for label, services, allowed in checks:
        assert _one_of(found, services, allowed), f"{label}: {services} not in {allowed}: {found}"


# --- D: client's data stolen through its supplier ------------------------------------------

D_CASES = [
    pytest.param(
        "2025-03-26",
        article(
            "Building society customers' details stolen via printing firm",
            "Wendmere Building Society said customers' names and addresses had been stolen by "
            "hackers who got into Dataspan, the firm that prints its annual statements.",
            "Dataspan said it had found unauthorised access to one of its servers earlier this "
            "month.",
            '"We are contacting every affected member directly," said the society\'s chief '
            "executive, Ruth Lydgate.",
        ),
        "Wendmere Building Society",
        id="D1",
    ),
    pytest.param(
        "2025-07-08",
        article(
            "Council staff bank details taken in payroll firm hack",
            "Cressington Borough Council said the bank account numbers of about 900 employees "
            "were stolen by hackers who broke into the systems of Payvolt, the company that "
            "runs its payroll.",
            "Payvolt said it was working with police and had secured its network.",
            '"Staff have been offered free credit monitoring," a council spokesman said.',
        ),
        "Cressington Borough Council",
        id="D2",
    ),
    pytest.param(
        "2025-01-09",
        article(
            "Pension scheme members' details stolen from administrator",
            "The Kimberlow Pension Scheme said members' dates of birth and National Insurance "
            "numbers had been stolen by hackers who accessed Nortick Administration, the "
            "scheme's administrator.",
            "Nortick Administration said several of its clients were affected.",
            '"Members\' pensions themselves are safe," said scheme chair Graham Ruddock.',
        ),
        "Kimberlow Pension Scheme",
        id="D3",
    ),
    pytest.param(
        "2025-08-21",
        article(
            "University student records taken in supplier breach",
            "Ambersley University said student records were stolen by cyber criminals who "
            "broke into Campusly, a software firm that manages its admissions portal.",
            "Campusly said it had notified the data protection regulator.",
            '"We are deeply sorry that our students\' information has been exposed," said '
            "the university's registrar, Fiona Cawdor.",
        ),
        "Ambersley University",
        id="D4",
    ),
    pytest.param(
        "2025-04-15",
        article(
            "Retailer's customer emails stolen from marketing supplier",
            "Pilcher & Daughter said customer email addresses and order histories had been "
            "stolen by hackers who got into Mailforge, its email marketing supplier.",
            "Mailforge said the attackers had used a stolen employee password.",
            '"No payment details were involved," the retailer said, urging customers to be '
            "wary of phishing emails.",
        ),
        "Pilcher & Daughter",
        id="D5",
    ),
    pytest.param(
        "2025-12-02",
        article(
            "Gym chain members' card details stolen via payments firm",
            "Fitlane Gyms said members' payment card details were stolen by hackers who "
            "accessed the network of Kordex, which processes its membership fees.",
            "Kordex said it had taken the affected systems offline.",
            '"We have asked the banks to reissue cards," said Fitlane Gyms chief executive '
            "Owen Nethercott.",
        ),
        "Fitlane Gyms",
        id="D6",
    ),
]


@pytest.mark.parametrize(("published", "text", "org"), with_known_misses(D_CASES, KNOWN_MISSES))
def test_d_client_of_breached_supplier_is_victim(published: str, text: str, org: str) -> None:
    incident = get(run(text, published), org)
    assert incident["data_compromised"] is True, incident["data_compromised"]
    assert "third_party" in incident["incident_types"], incident["incident_types"]


# --- E: commentators and places are not victims --------------------------------------------

E_CASES = [
    pytest.param(
        "2025-06-11",
        article(
            "Health firm's supplier breach exposes patient records",
            "Kivra Health said patient records had been taken in a breach at its booking "
            "software supplier.",
            "Analysts at Sorrell Research said the breach at Kivra Health's supplier "
            "illustrated how exposed companies are through their vendors.",
            '"Firms need to audit who holds their data," said Sorrell Research analyst Mark '
            "Gorsuch-Bell.",
        ),
        ["Sorrell Research"],
        id="E1",
    ),
    pytest.param(
        "2025-09-30",
        article(
            "Savings provider confirms customer data stolen",
            "Nethercott Savings confirmed that customer account details had been stolen in a "
            "cyber attack last week.",
            "Rival lender Easterby Mutual said the attack on Nethercott Savings was a reminder "
            "for the whole sector to check its suppliers.",
            '"Nobody can afford to be complacent," said Easterby Mutual\'s chief risk officer.',
        ),
        ["Easterby Mutual"],
        id="E2",
    ),
    pytest.param(
        "2025-02-25",
        article(
            "Building society shuts branches after cyber attack",
            "Branches in Threlby, Wardlecross and Pennistowe were closed on Tuesday after a "
            "cyber attack on Norrow Building Society.",
            "The society said its online banking was also unavailable.",
            '"We expect to reopen the branches on Wednesday," a spokeswoman said.',
        ),
        ["Threlby", "Wardlecross", "Pennistowe"],
        id="E3",
    ),
    pytest.param(
        "2025-10-14",
        article(
            "Council closes offices after ransomware attack",
            "Kelsby County Council said a ransomware attack had forced it to close its offices "
            "in Dunholt, Carvell Bridge and Lathby.",
            "Council tax payments and planning applications could not be processed online.",
            '"We are working around the clock to restore services," said council leader '
            "Sunita Morwick.",
        ),
        ["Dunholt", "Carvell Bridge", "Lathby"],
        id="E4",
    ),
    pytest.param(
        "2025-05-06",
        article(
            "Security firm warns of attacks on smaller suppliers",
            "Customer details held by several retailers were stolen in a breach at email "
            "marketing firm Quelthorn, the company said on Monday.",
            "Cybersecurity firm Kestrova said the theft of data from Quelthorn's systems showed "
            "that attackers were targeting smaller suppliers to reach bigger clients.",
            '"Suppliers are the soft underbelly," said Kestrova researcher Tom Harnden.',
        ),
        ["Kestrova"],
        id="E5",
    ),
    pytest.param(
        "2025-08-16",
        article(
            "Supermarket stores shut as till supplier suffers outage",
            "Stores in Bramwick, Upper Tessingham and Kelsby Marsh were shut for most of "
            "Saturday after an outage at Morwick Foods' till supplier.",
            "Morwick Foods said other branches were able to take cash only.",
            '"We are sorry for the inconvenience," the supermarket said.',
        ),
        ["Bramwick", "Upper Tessingham", "Kelsby Marsh"],
        id="E6",
    ),
]


@pytest.mark.parametrize(("published", "text", "absent"), with_known_misses(E_CASES, KNOWN_MISSES))
def test_e_commentators_and_places_have_no_incident(
    published: str, text: str, absent: list[str]
) -> None:
    record = run(text, published)
    for name in absent:
        assert find(record, name) is None, f"{name!r} has an incident"
        assert incidents_named_like(record, name) == [], incidents_named_like(record, name)
