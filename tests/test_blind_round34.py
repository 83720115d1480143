"""Blind tests, round 34: victims hit through another organisation's trouble, faults in IT
systems as technical outages, and general restoration claims.

How these tests were written: blind. Every article below is invented (invented organisations,
places and people) and every expectation was written from the three class descriptions in the
brief alone (A: victims hit through a provider's outage or attack; B: a fault placed in an IT
system is a technical outage; C: a statement that the whole incident is over is a general
`restored` claim), with about a third of each class written as guards where the rule must not
fire. The only project files read were tests/conftest.py, the output contract
/work/shared/spec/incident-record.md and the annotation conventions in
/work/shared/devset/README.md. Nothing under src/, no other test file, no case or fixture file
and no dev-set article or gold file was read, and no expectation was tuned to (or changed after
seeing) the extractor's output: the file was run only to check that it imports and runs.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
Five cases are strict xfails with reasons (KNOWN_MISSES), added after the run by the
developers; no expectation was changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import find, get, known_miss_param, run

from conftest import statuses

# Added after the run, expectations unchanged: cases the extractor still misses, each a
# strict xfail with the reason found, so a fix shows up as an unexpected pass.
KNOWN_MISSES = {
    "A3-hosting-outage-also-hit-other-businesses": "the primary is the first customer named "
    "('Shannonair'), not the hosting company: a story opening on an unnamed 'hosting company's "
    "outage' names its provider later",
    "A7-school-software-attack-trust-paper-registers": "'The Kinloch Learning Trust said "
    "teachers ... were using paper registers' holds no incident word: nothing ties the trust",
    "B2-department-store-problems-with-till-system": "'Shoppers', opening a sentence, is "
    "taken for an organisation",
    "C6-school-trust-engineers-had-fixed-the-problem": "'would open as normal' after the fix "
    "makes the claim read as one still to come",
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def types_of(record: dict[str, Any], name: str) -> set[str]:
    return set(get(record, name)["incident_types"])


def all_claims(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for i in record["incidents"] for c in i["restoration_claims"]]


# --------------------------------------------------------------------------------------------
# Class A: victims hit through another organisation's trouble

# (id, published, text, {victim: required incident types}, [providers])
A_POSITIVE = [
    (
        "A1-processor-customers-include-chain-card-payments",
        "2024-03-09",
        "Card payment outage at Paylinx leaves shoppers stranded\n\n"
        "Shoppers across the north of England were unable to pay by card on Saturday after an "
        "outage at the payment processor Paylinx. The Edinburgh-based company, whose customers "
        "include the Harwick chain and the Tollemache group, said a fault in one of its data "
        "centres had caused the disruption. Harwick said card payments failed at all its shops "
        "for much of the afternoon, and staff put up signs asking customers to pay in cash. "
        "Paylinx said it was investigating the cause and apologised to merchants.",
        {"Harwick": {"third_party", "technical_outage"}},
        ["Paylinx"],
    ),
    (
        "A2-software-supplier-pharmacies-also-unable",
        "2023-11-14",
        "Pharmacies turn patients away as prescription software goes down\n\n"
        "Patients were turned away from dozens of pharmacies in Wales on Tuesday after a "
        "technical outage at Medisys, which supplies the software used to manage prescriptions. "
        "Cadwell Pharmacy said its branches could not print labels or check patient records for "
        "more than five hours. Bryn Health's pharmacies had also been unable to dispense "
        "prescriptions during the morning, a spokeswoman said. Medisys said the outage had been "
        "caused by a failed server upgrade.",
        {
            "Cadwell Pharmacy": {"third_party", "technical_outage"},
            "Bryn Health": {"third_party", "technical_outage"},
        },
        ["Medisys"],
    ),
    (
        "A3-hosting-outage-also-hit-other-businesses",
        "2024-06-20",
        "Cloud outage knocks Irish websites offline\n\n"
        "A hosting company's outage disrupted online services across Ireland on Thursday. "
        "Nimbora, a Dublin-based cloud provider, said a power failure at one of its data centres "
        "had knocked thousands of customer websites offline for around four hours. The outage "
        "also hit other businesses. Shannonair said passengers could not check in online or use "
        "its mobile app, while the logistics firm Corrib Freight said its parcel tracking system "
        "was unavailable. Nimbora said it would publish a full report on the incident next week.",
        {
            "Shannonair": {"third_party", "technical_outage"},
            "Corrib Freight": {"third_party", "technical_outage"},
        },
        ["Nimbora"],
    ),
    (
        "A4-provider-named-only-as-cause-dispensing-supplier",
        "2024-08-05",
        "Long queues at Wattle Chemist after prescription delays\n\n"
        "Customers of the Australian pharmacy chain Wattle Chemist faced long queues on Monday "
        "after prescriptions could not be processed in most of its stores. The retailer said the "
        "delays were because of an outage at its dispensing software supplier, Quorra Systems. "
        "A spokesperson said pharmacists were writing some labels by hand and asked customers to "
        "be patient. Wattle Chemist has more than 300 stores across Queensland and New South "
        "Wales.",
        {"Wattle Chemist": {"third_party", "technical_outage"}},
        ["Quorra Systems"],
    ),
    (
        "A5-hosting-ransomware-councils-customers",
        "2023-05-16",
        "Councils unable to take payments after ransomware attack on hosting firm\n\n"
        "Several councils in the East Midlands have been unable to take online payments after a "
        "ransomware attack on their web hosting provider. Tessellate Hosting said criminals had "
        "encrypted some of its servers on Sunday night and it had taken its platform offline. "
        "Its customers include Ashby Vale District Council, which said residents could not pay "
        "council tax or report missed bin collections online. Nene Borough Council said its "
        "website had also been down since Monday morning. Police said they were investigating.",
        {
            "Ashby Vale District Council": {"third_party", "cyber_attack", "ransomware"},
            "Nene Borough Council": {"third_party", "cyber_attack", "ransomware"},
        },
        ["Tessellate Hosting"],
    ),
    (
        "A6-courier-cyber-attack-retailers-deliveries-delayed",
        "2024-10-02",
        "Retailers warn of delivery delays after cyber attack on carrier\n\n"
        "Several online retailers have warned customers of delays after a cyber attack on the "
        "parcel carrier SwiftRoute Logistics. The Ohio-based company said on Wednesday that it "
        "had detected unauthorized activity on its network and shut down some systems as a "
        "precaution. The home furnishings chain Maple & Pine said deliveries to customers had "
        "been delayed by up to a week as a result. The pet supplies retailer Barkley's Market "
        "said its orders had also been held up.",
        {
            "Maple & Pine": {"third_party", "cyber_attack"},
            "Barkley's Market": {"third_party", "cyber_attack"},
        },
        ["SwiftRoute Logistics"],
    ),
    (
        "A7-school-software-attack-trust-paper-registers",
        "2025-01-13",
        "Schools return to paper registers after attack on software provider\n\n"
        "Hundreds of schools in Scotland could not take registers electronically on Monday after "
        "a cyber attack on the education software firm Classmark. The company said hackers had "
        "gained access to its systems over the weekend. Its customers include Fernbrae Academy "
        "and the Kinloch Learning Trust. The Kinloch Learning Trust said teachers at its eleven "
        "schools were using paper registers and parents could not log in to the school app.",
        {"Kinloch Learning Trust": {"third_party", "cyber_attack"}},
        ["Classmark"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victims", "providers"),
    [_param(case) for case in A_POSITIVE],
)
def test_a_victim_through_provider(
    published: str, text: str, victims: dict[str, set[str]], providers: list[str]
) -> None:
    record = run(text, published)
    for name, wanted in victims.items():
        got = types_of(record, name)
        assert wanted <= got, f"{name}: {sorted(got)} lacks {sorted(wanted - got)}"
    for provider in providers:
        incident = get(record, provider)
        assert "third_party" not in incident["incident_types"], provider


A_GUARD_NOT_VICTIM = [
    (
        "A8-guard-other-processor-not-affected",
        "2024-02-16",
        "Card outage leaves New Zealand shoppers unable to pay\n\n"
        "A fault at the card processor Merivale Payments left shoppers unable to pay by card in "
        "supermarkets across New Zealand on Friday evening. Its customers include the Kowhai "
        "Fresh chain, which said card payments failed at all its stores for about two hours. "
        "Tui Grocers, which uses a different processor, said its stores were not affected. "
        "Merivale said it had identified the fault and was working with its banking partners.",
        ["Tui Grocers"],
    ),
    (
        "A10-guard-customers-named-only",
        "2024-04-26",
        "Payroll provider outage delays wages\n\n"
        "Thousands of workers were paid late on Friday after an outage at the payroll software "
        "company Ledgerline. Ledgerline, whose customers include the Galway-based Atlantic Crest "
        "Hotels and the retailer Moyvalley Stores, said the fault affected a small number of "
        "clients. Dunmore Logistics said its drivers had been paid a day late because of the "
        "problem. Ledgerline said it was contacting affected clients directly.",
        ["Atlantic Crest Hotels", "Moyvalley Stores"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "not_victims"),
    [_param(case) for case in A_GUARD_NOT_VICTIM],
)
def test_a_guard_not_a_victim(published: str, text: str, not_victims: list[str]) -> None:
    record = run(text, published)
    for name in not_victims:
        assert find(record, name) is None, f"{name} should not be a victim"


A_GUARD_NOT_THIRD_PARTY = [
    (
        "A9-guard-earlier-own-attack-recalled",
        "2024-05-09",
        "Garden centres unable to order stock after supplier attack\n\n"
        "The garden centre chain Bramblewood said on Thursday it could not order new stock "
        "after a cyber attack on its supply chain software provider, Stockwise. Stockwise said "
        "it had taken its systems offline after discovering the attack on Tuesday. The "
        "disruption is the second to hit the sector in three years: the rival chain Thornfield "
        "suffered a ransomware attack of its own in 2021 that closed its tills for a week. "
        "Bramblewood said its stores remained open.",
        ["Thornfield"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "names"),
    [_param(case) for case in A_GUARD_NOT_THIRD_PARTY],
)
def test_a_guard_own_earlier_attack_not_third_party(
    published: str, text: str, names: list[str]
) -> None:
    record = run(text, published)
    for name in names:
        incident = find(record, name)
        if incident is not None:
            assert "third_party" not in incident["incident_types"], name


# --------------------------------------------------------------------------------------------
# Class B: a fault in an IT system is a technical outage

# (id, published, text, victim, service)
B_POSITIVE = [
    (
        "B1-supermarket-fault-in-payment-system",
        "2024-07-14",
        "Fairhaven shoppers left unable to pay by card\n\n"
        "Customers at the supermarket chain Fairhaven were left unable to pay by card on Sunday "
        "morning. The company said a fault in its payment system stopped card payments at stores "
        "across the south-west for around three hours. Some shoppers abandoned full trolleys "
        "while others queued at cash machines. Fairhaven apologised for the inconvenience.",
        "Fairhaven",
        "card_payments",
    ),
    (
        "B2-department-store-problems-with-till-system",
        "2023-12-02",
        "Long queues at Harlow & Finch department stores\n\n"
        "Shoppers faced long queues at Harlow & Finch department stores on Saturday because of "
        "problems with the chain's till system. Staff at several branches, including its "
        "flagship store in Leeds, were forced to write payments down by hand. One customer said "
        "she had waited forty minutes to pay for a coat. A spokesman for Harlow & Finch "
        "apologised to customers for the delays.",
        "Harlow & Finch",
        "card_payments",
    ),
    (
        "B3-bank-failure-at-data-centre-app",
        "2024-09-19",
        "Northmere Bank customers locked out of mobile app\n\n"
        "Northmere Bank customers were unable to use the lender's mobile app for most of "
        "Thursday after a failure at its data centre. The bank, which has 2.3 million customers "
        "in Scotland and the north of England, said it was sorry for the disruption. Some "
        "customers said on social media that they had been unable to pay bills on time.",
        "Northmere Bank",
        "mobile_app",
    ),
    (
        "B4-airline-error-in-booking-software-website",
        "2025-02-11",
        "Skerryair website unavailable for most of Tuesday\n\n"
        "An error in the booking software of the regional airline Skerryair left its website "
        "unavailable for most of Tuesday. Travellers trying to reach the site were shown an "
        "error page, and the airline's social media accounts were flooded with complaints. "
        "Skerryair, which flies between Orkney, Shetland and the Scottish mainland, said flights "
        "were operating as scheduled.",
        "Skerryair",
        "website",
    ),
    (
        "B5-coffee-chain-glitch-affecting-its-app",
        "2024-11-25",
        "Beanhouse customers frustrated as app goes blank\n\n"
        "Customers of the Canadian coffee chain Beanhouse were left frustrated on Monday morning "
        "by a glitch affecting its app. Many users said the app would not open at all, leaving "
        "them unable to collect loyalty points on their morning coffee. Beanhouse, which has "
        "more than 400 cafes in Ontario and Quebec, said its cafes were open as usual.",
        "Beanhouse",
        "mobile_app",
    ),
    (
        "B6-council-fault-in-telephone-system-contact-centre",
        "2024-01-24",
        "Residents unable to reach council after phone fault\n\n"
        "Residents trying to contact Kelbrook Borough Council were met with a dead line on "
        "Wednesday because of a fault in its telephone system. The council said calls to its "
        "contact centre could not be connected for most of the day. It urged people with urgent "
        "housing or social care problems to visit the town hall in person.",
        "Kelbrook Borough Council",
        "customer_service",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service"),
    [_param(case) for case in B_POSITIVE],
)
def test_b_fault_in_system_is_technical_outage(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    found = [i["organization"]["name"] for i in record["incidents"]]
    assert len(record["incidents"]) == 1, found
    incident = get(record, victim)
    assert "technical_outage" in incident["incident_types"]
    assert statuses(incident).get(service) == "disrupted", statuses(incident)


B_GUARD = [
    (
        "B7-guard-fault-in-argument-failure-of-leadership",
        "2024-03-20",
        "Analysts question Corbridge's turnaround plan\n\n"
        "Analysts have criticised the turnaround plan set out by the fashion retailer Corbridge "
        "on Tuesday. One analyst said there was a fault in the argument that cheaper prices "
        "alone would win back shoppers. Another described the chain's decline over the past "
        "decade as a failure of leadership rather than of its stores. Corbridge's shares fell "
        "4 per cent.",
    ),
    (
        "B8-guard-pricing-strategy-problems-annual-report-error",
        "2024-06-04",
        "Valuway admits error in annual report\n\n"
        "The discount grocer Valuway has admitted an error in its annual report's figures, "
        "saying profits for last year were overstated by £3m. Its chief executive said problems "
        "with its pricing strategy had hurt sales in the second half of the year. The corrected "
        "report will be published next week. Valuway's shares were unchanged in early trading.",
    ),
    (
        "B9-guard-new-payment-system-launched",
        "2024-10-15",
        "Lakeside Markets rolls out new payment system\n\n"
        "Lakeside Markets has launched a new payment system in all 85 of its stores, allowing "
        "customers to pay with their phones at self-checkout tills. The Canadian grocer said the "
        "system, built with a Winnipeg technology firm, would cut queue times at busy periods. "
        "The rollout follows a six-month trial at three stores. Customers can also link the "
        "system to the chain's loyalty app.",
    ),
]


@pytest.mark.parametrize(("published", "text"), [_param(case) for case in B_GUARD])
def test_b_guard_no_incident(published: str, text: str) -> None:
    record = run(text, published)
    assert record["incidents"] == [], [i["organization"]["name"] for i in record["incidents"]]


# --------------------------------------------------------------------------------------------
# Class C: a general restoration claim

# (id, published, text, victim)
C_POSITIVE = [
    (
        "C1-supermarket-problem-had-been-fixed",
        "2024-04-12",
        "Card payments down at Oakridge supermarkets\n\n"
        "Shoppers at Oakridge supermarkets could not pay by card for several hours on Friday "
        "after a technical fault. Queues built up at tills in stores across Kent and Sussex, "
        "and some customers left their shopping behind. The chain said on Friday evening that "
        "the problem had been fixed and apologised to customers.",
        "Oakridge",
    ),
    (
        "C2-building-society-issue-has-been-resolved",
        "2024-09-02",
        "Brightwater members locked out of app\n\n"
        "Customers of Brightwater Building Society were unable to log in to its mobile app on "
        "Monday morning. Members complained on social media that they could not check balances "
        'or make transfers. A spokesperson said: "The issue has been resolved and we apologise '
        'to members for any inconvenience."',
        "Brightwater Building Society",
    ),
    (
        "C3-council-attack-had-been-contained",
        "2023-10-19",
        "Harrowfield council hit by cyber attack\n\n"
        "Harrowfield District Council has been hit by a cyber attack that took its website and "
        "email offline on Tuesday. The council said on Thursday that the attack had been "
        "contained, and that it was working with specialists to find out how the attackers got "
        "in. Residents have been asked to phone the council rather than email.",
        "Harrowfield District Council",
    ),
    (
        "C4-airline-fault-was-fixed-by-1pm",
        "2024-08-17",
        "Check-in queues at Cork for Aerlinn passengers\n\n"
        "Passengers of the regional airline Aerlinn faced long queues at Cork Airport on "
        "Saturday morning after a fault in its check-in system. Staff checked passengers in by "
        "hand and several flights left late. The airline said the fault was fixed by 1pm, but "
        "knock-on delays continued into the evening.",
        "Aerlinn",
    ),
    (
        "C5-hospital-everything-back-to-normal",
        "2025-03-05",
        "Hospital staff return to paper during IT outage\n\n"
        "Doctors and nurses at Riverside Vale Hospital went back to pen and paper on Tuesday "
        "after the hospital's computer systems went down. Some outpatient appointments were "
        "postponed and ambulances were diverted to neighbouring hospitals for several hours. "
        '"Everything is back to normal," a spokesman for Riverside Vale Hospital said on '
        "Wednesday.",
        "Riverside Vale Hospital",
    ),
    (
        "C6-school-trust-engineers-had-fixed-the-problem",
        "2024-01-10",
        "Pupils sent home early after school IT failure\n\n"
        "Pupils at two secondary schools run by the Greystone Academy Trust were sent home early "
        "on Tuesday after a network failure knocked out the trust's computers and door entry "
        "systems. Parents received text messages at lunchtime asking them to collect their "
        "children. On Wednesday the trust said engineers had fixed the problem and both schools "
        "would open as normal.",
        "Greystone Academy Trust",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim"),
    [_param(case) for case in C_POSITIVE],
)
def test_c_general_restored_claim(published: str, text: str, victim: str) -> None:
    record = run(text, published)
    claims = get(record, victim)["restoration_claims"]
    assert any(c["service"] is None and c["status"] == "restored" for c in claims), [
        (c["service"], c["status"], c["mention"]) for c in claims
    ]


C_GUARD_HOPE = [
    (
        "C7-guard-hopes-to-have-problem-fixed-by-friday",
        "2024-05-14",
        "Pemberton Home unable to take online orders\n\n"
        "The homeware retailer Pemberton Home has been unable to take online orders since "
        "Monday because of a fault with its website. The company said it hopes to have the "
        "problem fixed by Friday. Customers who had already placed orders would receive them "
        "as planned, it added.",
    ),
]


@pytest.mark.parametrize(("published", "text"), [_param(case) for case in C_GUARD_HOPE])
def test_c_guard_hope_is_expected_not_restored(published: str, text: str) -> None:
    record = run(text, published)
    claims = all_claims(record)
    assert not any(c["status"] == "restored" for c in claims), claims
    assert any(c["status"] == "restoration_expected" for c in claims), claims


C_GUARD_NO_RESTORED = [
    (
        "C8-guard-working-to-resolve-the-issue",
        "2024-12-21",
        "Glenmore Air passengers stranded by IT problem\n\n"
        "Hundreds of Glenmore Air passengers were stranded at Inverness Airport on Saturday "
        "after an IT problem stopped the airline from checking in travellers. Several morning "
        "flights were cancelled and others were delayed by up to five hours. The airline said "
        "it is working to resolve the issue as quickly as possible and apologised to "
        "passengers.",
    ),
    (
        "C9-guard-problem-has-not-yet-been-fixed",
        "2024-07-25",
        "Patients face delays as hospital IT problem continues\n\n"
        "Patients at Ashgrove General Hospital are facing long waits for test results after a "
        "problem with the hospital's laboratory computer system. Staff have been phoning results "
        "through to wards since Monday. A spokeswoman for the hospital said on Thursday that the "
        "problem has not yet been fixed, and apologised to patients for the delays.",
    ),
]


@pytest.mark.parametrize(
    ("published", "text"),
    [_param(case) for case in C_GUARD_NO_RESTORED],
)
def test_c_guard_no_restored_claim(published: str, text: str) -> None:
    record = run(text, published)
    claims = all_claims(record)
    assert not any(c["status"] == "restored" for c in claims), [
        (c["service"], c["status"], c["mention"]) for c in claims
    ]
