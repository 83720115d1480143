"""Blind round 52: acceptance tests written blind.

Written without reading the extractor's source, its fixtures, tests/cases or any other test
file; only tests/conftest.py, tests/blind_support.py, the output contract
(spec/incident-record.md) and the devset README's annotation conventions were read. Every
article and organisation here is invented, and every expectation was written before the
extractor was first run on these cases.

Classes:
  A (A1-A8) A part back is not the whole back: the whole IT estate told down and only one
            part told back gives internal_systems partially_restored; a part down and the
            same part back, or the whole told back after the part, is restored.
  B (B1-B8) A return the body qualifies stays partial: an unqualified headline return with a
            "most/some" body, or one clause telling one return through two words of the same
            service ("tills ... card payments", "pharmacies ... prescriptions") with a
            quantifier, is partially_restored; a later "all/every" return makes it restored.
  C (C1-C8) A thing run by an outside hand is the route in: trouble in something of the
            victim's "hosted/run/operated/managed by ... an outside supplier/provider/vendor/
            contractor" gives third_party; a firm it owns or its own team does not.
  D (D1-D6) Regression guard: ordinary partial returns and precautionary shutdowns.

On the code before round 52 (12c97c6) 18 of the 30 cases pass. First run (on the round's
first three classes): 27 of 30 cases passed. Known misses (strict xfail): B7, B8, C1 (reasons in
KNOWN_MISSES). No expectation was changed after the first run.
"""

from __future__ import annotations

import pytest
from blind_support import claim_pairs, get, run, with_known_misses

from conftest import statuses

KNOWN_MISSES: dict[str, str] = {
    "B7": "the body's 'some of its distribution centres were sending lorries to stores again' "
    "is not read as a return, so the unqualified headline 'deliveries to stores resume' "
    "leaves stock_and_supply restored",
    "B8": "card_payments stays 'suspended' (from 'stopped its tills'): the 'tills in most of its "
    "shops' clause yields only a partially_restored claim, and the later 'card payments "
    "were working in every shop' is not read as a return",
    "C1": "a breach 'found in its membership booking system, which is hosted by Larkhill "
    "Digital, an outside supplier' gives no third_party (types: cyber_attack, data_breach)",
}


# ---------------------------------------------------------------------------
# A. A part back is not the whole back.
# (id, text, published, organisation, internal_systems status, part claim is restored)
# ---------------------------------------------------------------------------

A_CASES = [
    pytest.param(
        "Broadwater District Council hit by cyber attack\n\n"
        "Broadwater District Council shut down its computer systems on Tuesday after a "
        "cyber attack, the authority said.\n\n"
        "Residents were warned that online payments and the council's phone lines could be "
        "affected while specialists investigated.\n\n"
        "On Friday a spokesperson said staff email was working again.",
        "2024-10-12",
        "Broadwater District Council",
        "partially_restored",
        False,
        id="A1",
    ),
    pytest.param(
        "Kingsmead General Hospital brings back patient records after ransomware attack\n\n"
        "Kingsmead General Hospital took its network offline on 3 March after detecting "
        "ransomware, forcing staff to switch to paper notes and divert some ambulances.\n\n"
        "The hospital said on Monday that its electronic patient record system is back and "
        "clinicians can once again view test results.\n\n"
        "Work to bring back the remaining systems continues, a spokesperson said.",
        "2025-03-11",
        "Kingsmead General Hospital",
        "partially_restored",
        True,
        id="A2",
    ),
    pytest.param(
        "Pembridge Freight drivers paid after IT failure\n\n"
        "Haulage firm Pembridge Freight said its IT systems went down last Wednesday after a "
        "failed software upgrade at its data centre.\n\n"
        "Drivers were paid late as a result. The company said on Tuesday that the payroll "
        "system was restored over the weekend and wages had now been paid.",
        "2024-06-18",
        "Pembridge Freight",
        "partially_restored",
        True,
        id="A3",
    ),
    pytest.param(
        "Langstone Building Society hit by ransomware\n\n"
        "Langstone Building Society switched off its servers on Thursday after criminals "
        "encrypted files in a ransomware attack, the mutual said.\n\n"
        "Branches stayed open but could only handle cash withdrawals.\n\n"
        "On Monday the society said its mortgage processing system had been brought back "
        "online.",
        "2025-01-21",
        "Langstone Building Society",
        "partially_restored",
        False,
        id="A4",
    ),
    pytest.param(
        "Glenrothes Housing Association email outage\n\n"
        "Glenrothes Housing Association said its email system went down on Monday after a "
        "cyber attack.\n\n"
        "Tenants were asked to phone the association rather than write while the problem was "
        "investigated.\n\n"
        "By Wednesday email was working again, the association said.",
        "2024-09-13",
        "Glenrothes Housing Association",
        "restored",
        False,
        id="A5",
    ),
    pytest.param(
        "Ashfordby Borough Council systems back after cyber attack\n\n"
        "Ashfordby Borough Council took its network offline on 10 June after a cyber attack "
        "disrupted its services.\n\n"
        "Staff email came back on 14 June, and by 18 June every one of the council's IT "
        "systems had been restored, the council said.",
        "2025-06-20",
        "Ashfordby Borough Council",
        "restored",
        False,
        id="A6",
    ),
    pytest.param(
        "Hatherleigh Insurance restarts claims handling\n\n"
        "Hatherleigh Insurance shut down its IT systems on 2 May after spotting suspicious "
        "activity that it later confirmed was a cyber attack.\n\n"
        "Claims handlers worked from paper forms for more than a week.\n\n"
        "The insurer said on 12 May that its claims handling system is running again.",
        "2024-05-14",
        "Hatherleigh Insurance",
        "partially_restored",
        False,
        id="A7",
    ),
    pytest.param(
        "Eastleigh Dental Group payroll fault fixed\n\n"
        "Eastleigh Dental Group said its payroll system crashed on Tuesday after a faulty "
        "software update, delaying wages for some of its nurses.\n\n"
        "Its practices stayed open throughout.\n\n"
        "On Thursday the company said the payroll system was running normally again.",
        "2025-02-28",
        "Eastleigh Dental Group",
        "restored",
        False,
        id="A8",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "status", "claim_restored"),
    with_known_misses(A_CASES, KNOWN_MISSES),
)
def test_a_part_back_is_not_the_whole_back(
    text: str, published: str, org: str, status: str, claim_restored: bool
) -> None:
    incident = get(run(text, published), org)
    assert statuses(incident).get("internal_systems") == status
    if claim_restored:
        assert ("internal_systems", "restored") in claim_pairs(incident)


# ---------------------------------------------------------------------------
# B. A return the body qualifies stays partial.
# (id, text, published, organisation, service, status)
# ---------------------------------------------------------------------------

B_CASES = [
    pytest.param(
        "Fernley Homeware warehouses shipping again\n\n"
        "Fernley Homeware said on Friday that most of its warehouses were shipping again, a "
        "week after a cyber attack forced the retailer to halt deliveries to its 120 "
        "stores.\n\n"
        "The company said it was working with specialists to investigate the attack.",
        "2024-11-08",
        "Fernley Homeware",
        "stock_and_supply",
        "partially_restored",
        id="B1",
    ),
    pytest.param(
        "Cafe chain Brambleton Coffee reopens cafes\n\n"
        "Brambleton Coffee closed its cafes on Saturday after a cyber attack knocked out its "
        "ordering and payment systems.\n\n"
        "By Tuesday most of the chain's cafes were open again, a spokesperson said.",
        "2025-04-16",
        "Brambleton Coffee",
        "stores",
        "partially_restored",
        id="B2",
    ),
    pytest.param(
        "Kirkstall Hardware reopens stores after IT outage\n\n"
        "Kirkstall Hardware closed its stores on Monday when a power failure at its data "
        "centre knocked out its tills.\n\n"
        "All of its 85 stores had reopened by Wednesday morning, the retailer said.",
        "2024-08-22",
        "Kirkstall Hardware",
        "stores",
        "restored",
        id="B3",
    ),
    pytest.param(
        "Calverley Chemists pharmacies back after cyber attack\n\n"
        "Calverley Chemists said a cyber attack last week had stopped its pharmacists from "
        "reading electronic prescriptions.\n\n"
        "Pharmacy counters in most of its branches were dispensing prescriptions normally "
        "again by Thursday, the company said.",
        "2025-05-23",
        "Calverley Chemists",
        "pharmacy",
        "partially_restored",
        id="B4",
    ),
    pytest.param(
        "Pickering Fashion card payments back\n\n"
        "Shoppers at Pickering Fashion were unable to pay by card on Friday after a fault in "
        "the retailer's payment systems.\n\n"
        "Tills were taking card payments again in most of its shops by Saturday afternoon, "
        "the chain said.",
        "2024-12-02",
        "Pickering Fashion",
        "card_payments",
        "partially_restored",
        id="B5",
    ),
    pytest.param(
        "Holmfirth Pharmacy dispensing again after IT outage\n\n"
        "Holmfirth Pharmacy said a failure in its prescription software on Monday had left "
        "patients waiting for medicines.\n\n"
        "Pharmacies in most Holmfirth Pharmacy stores were processing prescriptions again by "
        "Tuesday, and by Thursday all of its pharmacies were filling prescriptions as "
        "normal.\n\n"
        "The company apologised for the delays.",
        "2025-07-11",
        "Holmfirth Pharmacy",
        "pharmacy",
        "restored",
        id="B6",
    ),
    pytest.param(
        "Milbourne Supermarkets deliveries to stores resume\n\n"
        "Milbourne Supermarkets said a ransomware attack last weekend had halted deliveries "
        "from its distribution centres to its shops.\n\n"
        "On Thursday some of its distribution centres were sending lorries to stores again, "
        "the grocer said.",
        "2024-07-05",
        "Milbourne Supermarkets",
        "stock_and_supply",
        "partially_restored",
        id="B7",
    ),
    pytest.param(
        "Jesmond Books tills back after outage\n\n"
        "Jesmond Books said an IT fault on Saturday had stopped its tills from taking card "
        "payments.\n\n"
        "Tills in most of its shops were taking card payments normally again on Monday.\n\n"
        "By Friday card payments were working in every shop, the bookseller said.",
        "2025-09-20",
        "Jesmond Books",
        "card_payments",
        "restored",
        id="B8",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "service", "status"),
    with_known_misses(B_CASES, KNOWN_MISSES),
)
def test_b_qualified_return_stays_partial(
    text: str, published: str, org: str, service: str, status: str
) -> None:
    incident = get(run(text, published), org)
    assert statuses(incident).get(service) == status


# ---------------------------------------------------------------------------
# C. A thing run by an outside hand is the route in.
# (id, text, published, organisation, third_party expected, other types expected)
# ---------------------------------------------------------------------------

C_CASES = [
    pytest.param(
        "Sedgefield Leisure members' data stolen in cyber attack\n\n"
        "Gym operator Sedgefield Leisure said hackers had stolen members' names and email "
        "addresses in a cyber attack.\n\n"
        "The breach was found in its membership booking system, which is hosted by Larkhill "
        "Digital, an outside supplier.\n\n"
        "Sedgefield Leisure said it had informed the Information Commissioner's Office.",
        "2024-10-30",
        "Sedgefield Leisure",
        True,
        {"cyber_attack"},
        id="C1",
    ),
    pytest.param(
        "Appleford College student records exposed\n\n"
        "Appleford College said on Tuesday that attackers had accessed student records "
        "through its online enrolment portal, which is run by an outside provider.\n\n"
        "The college said teaching was not affected.",
        "2025-03-05",
        "Appleford College",
        True,
        {"cyber_attack"},
        id="C2",
    ),
    pytest.param(
        "Silverdale Water billing system hit by ransomware\n\n"
        "Silverdale Water said ransomware had been found on its customer billing platform, "
        "which is operated by an outside vendor.\n\n"
        "Water supplies were not affected, the company said, but customers could not view "
        "their bills online.",
        "2024-04-17",
        "Silverdale Water",
        True,
        {"cyber_attack"},
        id="C3",
    ),
    pytest.param(
        "Bexley Vale Housing repairs system hacked\n\n"
        "Bexley Vale Housing said criminals broke into its repairs reporting system, managed "
        "by Orchard Systems, an outside contractor, on 4 February.\n\n"
        "Tenants have been asked to report repairs by phone until further notice.",
        "2025-02-07",
        "Bexley Vale Housing",
        True,
        {"cyber_attack"},
        id="C4",
    ),
    pytest.param(
        "Hensall Shoes online shop hit by cyber attack\n\n"
        "Hensall Shoes said attackers had planted malicious code in its online checkout, which "
        "is run by Tregaron Data, a company it bought last year.\n\n"
        "Customers who paid by card between 1 and 9 May were urged to check their "
        "statements.",
        "2024-05-13",
        "Hensall Shoes",
        False,
        {"cyber_attack"},
        id="C5",
    ),
    pytest.param(
        "Netherfield Opticians appointment system attacked\n\n"
        "Netherfield Opticians said hackers got into its appointment booking system, which "
        "is hosted by its own IT team, on Sunday night.\n\n"
        "Patients were asked to call their local branch to confirm appointments this week.",
        "2025-08-19",
        "Netherfield Opticians",
        False,
        {"cyber_attack"},
        id="C6",
    ),
    pytest.param(
        "Mapplewell Garden Centres tills fail on busy weekend\n\n"
        "Tills at Mapplewell Garden Centres stopped taking card payments on Saturday after a "
        "fault in its payment software, which is run by an outside provider.\n\n"
        "The fault was fixed by Sunday morning, the company said.",
        "2024-05-27",
        "Mapplewell Garden Centres",
        True,
        set(),
        id="C7",
    ),
    pytest.param(
        "Thackray Bank app hit by cyber attack\n\n"
        "Thackray Bank said a cyber attack on its mobile banking app, which is maintained by "
        "Westcott Data, its wholly owned subsidiary, had locked customers out for two "
        "days.\n\n"
        "The bank said no money had been taken from accounts.",
        "2025-10-03",
        "Thackray Bank",
        False,
        {"cyber_attack"},
        id="C8",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "third_party", "types"),
    with_known_misses(C_CASES, KNOWN_MISSES),
)
def test_c_outside_hand_is_the_route_in(
    text: str, published: str, org: str, third_party: bool, types: set[str]
) -> None:
    incident = get(run(text, published), org)
    found = set(incident["incident_types"])
    assert ("third_party" in found) == third_party, found
    assert types <= found, found


# ---------------------------------------------------------------------------
# D. Regression guard: ordinary partial returns and shutdowns.
# (id, text, published, organisation, service, status)
# ---------------------------------------------------------------------------

D_CASES = [
    pytest.param(
        "Ormskirk Furnishings reopens stores after cyber attack\n\n"
        "Ormskirk Furnishings closed its stores on Friday after a cyber attack on its "
        "systems.\n\n"
        "The retailer said on Tuesday that most of its 300 stores have reopened.",
        "2024-03-12",
        "Ormskirk Furnishings",
        "stores",
        "partially_restored",
        id="D1",
    ),
    pytest.param(
        "Card payments back at Stainforth Discount Stores\n\n"
        "Stainforth Discount Stores said an IT outage had left shoppers unable to pay by card "
        "on Saturday.\n\n"
        "The retailer said on Sunday that card payments are working again in all stores.",
        "2025-01-13",
        "Stainforth Discount Stores",
        "card_payments",
        "restored",
        id="D2",
    ),
    pytest.param(
        "Ventnor Toys investigates cyber attack\n\n"
        "Ventnor Toys said it took its website offline as a precaution after detecting a "
        "cyber attack on Thursday.\n\n"
        "Its shops remain open and are trading normally, the company said.",
        "2024-11-29",
        "Ventnor Toys",
        "website",
        "suspended",
        id="D3",
    ),
    pytest.param(
        "Beacon Outdoor pauses online orders\n\n"
        "Outdoor clothing retailer Beacon Outdoor suspended online orders on Monday after a "
        "cyber attack.\n\n"
        "The company said it was working with external experts.",
        "2025-06-03",
        "Beacon Outdoor",
        "online_orders",
        "suspended",
        id="D4",
    ),
    pytest.param(
        "Walsden Grocers restores click and collect\n\n"
        "Walsden Grocers halted click and collect last week after a ransomware attack.\n\n"
        "The supermarket said on Wednesday that click and collect is available again at all "
        "of its stores.",
        "2024-09-26",
        "Walsden Grocers",
        "click_and_collect",
        "restored",
        id="D5",
    ),
    pytest.param(
        "Cotterill Pet Supplies deliveries partly back\n\n"
        "Cotterill Pet Supplies stopped home deliveries on 2 April after a cyber attack on "
        "its systems.\n\n"
        "Home deliveries resumed in some regions on 8 April, the retailer said.",
        "2025-04-09",
        "Cotterill Pet Supplies",
        "home_delivery",
        "partially_restored",
        id="D6",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "service", "status"),
    with_known_misses(D_CASES, KNOWN_MISSES),
)
def test_d_regression_guard(text: str, published: str, org: str, service: str, status: str) -> None:
    incident = get(run(text, published), org)
    assert statuses(incident).get(service) == status
