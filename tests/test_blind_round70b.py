"""Blind round 70b, class D: a service switched off on purpose, told with a verb of disabling
rather than "suspended", "paused" or "shut".

Class D. "Penrose & Vale has disabled online ordering after a cyber attack", "Brackwater Bank
deactivated its mobile banking app as a precaution", "the retailer disabled gift card
redemptions", "the council has disabled its website while it investigates", "email accounts
have been deactivated as a precaution": the organisation that did the disabling is the victim
of the incident (primary), and the service it disabled is `suspended` (deliberately paused or
taken offline), whatever the verb form ("has disabled", "deactivated", "was disabled", "have
been deactivated", "disabling", a headline's "disables") and wherever the sentence sits.

D1  UK fashion chain, lead "Penrose & Vale has disabled online ordering after a cyber attack"
    -> Penrose & Vale primary, online_orders suspended
D2  Irish bank, lead "Brackwater Bank deactivated its mobile banking app as a precaution after
    a cyber attack" -> Brackwater Bank primary, mobile_app suspended
D3  US department store data breach, third paragraph "The retailer disabled gift card
    redemptions on Monday as a precaution" -> Harlan Dry Goods primary, gift_cards suspended
D4  English council, lead "Eastmoor Borough Council has disabled its website while it
    investigates a cyber attack" -> Eastmoor Borough Council primary, website suspended
D5  Danish airline data breach, third paragraph "It deactivated logins to all frequent flyer
    accounts as a precaution" -> Nordlys Air primary, loyalty_program suspended
D6  Australian hospital ransomware, third paragraph "Its email system was disabled as a
    precaution on Tuesday night" -> Kingsford Private Hospital primary, internal_systems
    suspended
D7  Dutch software firm ransomware, second paragraph "it had disabled its customer support
    phone lines and live chat while it investigated" -> Ostrander Systems primary,
    customer_service suspended
D8  Scottish university, lead "Staff and student email accounts at Glenmorran University have
    been deactivated as a precaution after a cyber attack" -> Glenmorran University primary,
    internal_systems suspended
D9  Canadian pharmacy chain ransomware, second paragraph "it was disabling prescription refills
    while it checked its dispensing system" -> Pinecrest Drug Mart primary, pharmacy suspended
D10 New Zealand supermarket IT fault, second paragraph "contactless payments had been disabled
    at all 52 of its supermarkets as a precaution" -> Harbourside Markets primary,
    contactless_payments suspended
D11 South African homeware chain, third paragraph and the only sentence naming the service,
    "Its click and collect service has been deactivated until further notice" -> Sable & Stone
    primary, click_and_collect suspended
D12 Singapore electronics chain ransomware, headline only "Electronics retailer Voltaris
    disables online returns after ransomware attack" -> Voltaris primary, returns_refunds
    suspended

Guards: the attack or a fault did the disabling (disrupted, not suspended); attackers disabled
security tools (no service from that); "disabled" in the sense of disability (no suspension
from the word); a feature disabled with no incident at all.

G1  UK DIY chain, "a ransomware attack on Saturday had disabled tills at 40 of its stores" ->
    Brindle Home & Garden primary, card_payments disrupted
G2  Australian bakery chain, "A faulty software update disabled card readers at more than 90
    Wattle Bakehouse shops" -> Wattle Bakehouse primary, card_payments disrupted
G3  US outdoor retailer data breach, "the attackers disabled security monitoring software on its
    network before copying the data" -> Ridgeback Outfitters primary, no internal_systems
G4  English building society, "Its telephone helpline for disabled and elderly customers was
    still working" -> Thornbury Building Society primary, customer_service unaffected
G5  English garden centre chain IT outage, "Its 30 garden centres stayed open, and disabled
    access, lifts and parking were unaffected" -> Tillbrook Garden Centres primary, stores
    unaffected
G6  product news, no incident, "Quillmark ... has disabled the in-app chat feature" -> no
    incidents

On the first run (the committed code at 14e6b57; no tracked file was edited), 12 of 18 cases
passed: D2, D3, D5, D6, D8, D10 and G1-G6. No case was changed after it.
Missed (the primary was right wherever there was an incident; the disabled service was lost):
D1  "Penrose & Vale has disabled online ordering after a cyber attack" -> no online_orders at
    all (services: card_payments unaffected, stores unaffected)
D4  "Eastmoor Borough Council has disabled its website while it investigates a cyber attack"
    -> no incident at all (the record's incidents were [])
D7  "it had disabled its customer support phone lines and live chat while it investigated" ->
    Ostrander Systems primary with no services at all
D9  "it was disabling prescription refills while it checked its dispensing system" -> no
    pharmacy (services: stores unaffected, internal_systems disrupted)
D11 "Its click and collect service has been deactivated until further notice" -> Sable & Stone
    primary with no services at all (and a related incident for "Cape Town")
D12 headline "Electronics retailer Voltaris disables online returns after ransomware attack" ->
    no returns_refunds (services: stores unaffected, internal_systems suspended)
Not asserted, seen on the first run: D10 also gave stores suspended; D11 gave "Cape Town" a
related incident; D3 listed cyber_attack beside data_breach.

After round 70's rules (a verb of disabling is a deliberate pause of its object or passive
subject; an attacker's disabling is its method): 17 of 18. D1, D4, D7, D11 and D12 pass. Left:
D9 ("prescription refills" names no pharmacy service).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


D_CASES = [
    pytest.param(
        _article(
            "Fashion chain Penrose & Vale hit by cyber attack",
            "Penrose & Vale has disabled online ordering after a cyber attack, the fashion "
            "retailer said on Thursday.",
            "The Manchester-based company, which has 210 stores across the UK, said its shops "
            "were open as normal and that customers could still pay by card.",
            "It said it was working with external cyber security experts and had informed the "
            "Information Commissioner's Office.",
        ),
        "2025-05-08",
        {
            "primary": "Penrose & Vale",
            "statuses": {"Penrose & Vale": {"online_orders": "suspended"}},
        },
        id="D1",
    ),
    pytest.param(
        _article(
            "Brackwater Bank hit by cyber attack",
            "Brackwater Bank deactivated its mobile banking app as a precaution after a cyber "
            "attack on Sunday night, the Cork-based lender said.",
            "Customers can still use their cards and withdraw cash at ATMs, and branches opened "
            "as normal on Monday, the bank said.",
            "It said it had reported the incident to the Central Bank of Ireland and the Data "
            "Protection Commission, and that there was no evidence so far that customers' money "
            "or personal data had been taken.",
        ),
        "2025-03-18",
        {
            "primary": "Brackwater Bank",
            "statuses": {"Brackwater Bank": {"mobile_app": "suspended"}},
        },
        id="D2",
    ),
    pytest.param(
        _article(
            "Texas department store chain reports data breach",
            "Harlan Dry Goods said hackers had accessed the names, email addresses and purchase "
            "histories of some customers in a data breach discovered last week.",
            "The Dallas-based chain, which runs 38 department stores in Texas and Oklahoma, said "
            "it had hired a cyber security firm and notified law enforcement.",
            "The retailer disabled gift card redemptions on Monday as a precaution, a "
            "spokesperson said, after staff noticed unusual activity on a number of cards.",
        ),
        "2025-12-03",
        {
            "primary": "Harlan Dry Goods",
            "statuses": {"Harlan Dry Goods": {"gift_cards": "suspended"}},
        },
        id="D3",
    ),
    pytest.param(
        _article(
            "Eastmoor council investigates cyber attack",
            "Eastmoor Borough Council has disabled its website while it investigates a cyber "
            "attack, the authority said on Friday.",
            "Residents who need to pay council tax, report a missed bin collection or apply for "
            "a parking permit have been asked to phone the council's contact centre, which is "
            "open from 8am to 6pm.",
            "The council, in Lincolnshire, said it had informed the National Cyber Security "
            "Centre and the police, and that it did not yet know whether any personal data had "
            "been accessed.",
        ),
        "2025-10-24",
        {
            "primary": "Eastmoor Borough Council",
            "statuses": {"Eastmoor Borough Council": {"website": "suspended"}},
        },
        id="D4",
    ),
    pytest.param(
        _article(
            "Nordlys Air warns frequent flyers after data breach",
            "Danish carrier Nordlys Air has told members of its frequent flyer scheme that their "
            "names, email addresses and points balances may have been exposed in a data breach.",
            "The Copenhagen-based airline said it discovered the breach on 2 June after a "
            "security firm found customer records for sale on a criminal forum.",
            "It deactivated logins to all frequent flyer accounts as a precaution, the airline "
            "said. Flights are operating as normal.",
        ),
        "2024-06-06",
        {
            "primary": "Nordlys Air",
            "statuses": {"Nordlys Air": {"loyalty_program": "suspended"}},
        },
        id="D5",
    ),
    pytest.param(
        _article(
            "Hobart hospital hit by ransomware attack",
            "Kingsford Private Hospital in Hobart has been hit by a ransomware attack, its "
            "operator said on Wednesday.",
            "The hospital said patients were still being treated and that no surgery had been "
            "cancelled, but some outpatient appointments were being moved.",
            "Its email system was disabled as a precaution on Tuesday night, the hospital said, "
            "and staff have been communicating by phone.",
            "The hospital has notified the Australian Cyber Security Centre and the Office of the "
            "Australian Information Commissioner.",
        ),
        "2025-07-23",
        {
            "primary": "Kingsford Private Hospital",
            "statuses": {"Kingsford Private Hospital": {"internal_systems": "suspended"}},
        },
        id="D6",
    ),
    pytest.param(
        _article(
            "Ransomware attack hits Dutch payroll software maker",
            "Ostrander Systems, a Utrecht-based maker of payroll software, said on Monday that it "
            "had been hit by a ransomware attack over the weekend.",
            "The company said it had disabled its customer support phone lines and live chat "
            "while it investigated.",
            "Its cloud payroll service, used by about 4,000 businesses in the Netherlands and "
            "Belgium, was not affected, it said.",
            "Ostrander said it had reported the attack to the Dutch Data Protection Authority.",
        ),
        "2026-01-12",
        {
            "primary": "Ostrander Systems",
            "statuses": {"Ostrander Systems": {"customer_service": "suspended"}},
        },
        id="D7",
    ),
    pytest.param(
        _article(
            "Cyber attack hits Glenmorran University",
            "Staff and student email accounts at Glenmorran University have been deactivated as "
            "a precaution after a cyber attack, the university said.",
            "The university, which has about 14,000 students, said lectures and exams would go "
            "ahead as planned, and that students should check its social media pages for "
            "updates.",
            "It said it was working with Police Scotland and the Scottish Government's cyber "
            "resilience unit.",
        ),
        "2025-04-29",
        {
            "primary": "Glenmorran University",
            "statuses": {"Glenmorran University": {"internal_systems": "suspended"}},
        },
        id="D8",
    ),
    pytest.param(
        _article(
            "Pharmacy chain Pinecrest Drug Mart hit by ransomware",
            "Pinecrest Drug Mart, which runs 40 pharmacies in Manitoba and Saskatchewan, said a "
            "ransomware attack on Saturday had affected some of its computer systems.",
            "The Winnipeg-based company said its stores were open, but that it was disabling "
            "prescription refills while it checked its dispensing system, and asked patients who "
            "needed urgent medication to visit a hospital pharmacy.",
            "It said it had notified the privacy commissioners of both provinces.",
        ),
        "2024-11-12",
        {
            "primary": "Pinecrest Drug Mart",
            "statuses": {"Pinecrest Drug Mart": {"pharmacy": "suspended"}},
        },
        id="D9",
    ),
    pytest.param(
        _article(
            "Supermarket chain charges shoppers twice after IT fault",
            "Harbourside Markets has apologised to shoppers who were charged twice for their "
            "groceries after an IT fault on Tuesday.",
            "The Auckland-based chain said contactless payments had been disabled at all 52 of "
            "its supermarkets as a precaution, and that customers could still pay by inserting "
            "their card or with cash.",
            "It said the fault was caused by a problem with a payment provider's software, was "
            "not a cyber attack, and that the duplicate charges would be reversed.",
        ),
        "2025-08-14",
        {
            "primary": "Harbourside Markets",
            "statuses": {"Harbourside Markets": {"contactless_payments": "suspended"}},
        },
        id="D10",
    ),
    pytest.param(
        _article(
            "Cape Town retailer investigates cyber attack",
            "Homeware chain Sable & Stone said it was investigating a cyber attack that was "
            "detected on Friday morning.",
            "The company, which has 75 stores across South Africa, said its stores were trading "
            "and that it had brought in forensic specialists to establish what had happened.",
            "Its click and collect service has been deactivated until further notice, it said.",
            "Sable & Stone said it had notified the Information Regulator.",
        ),
        "2025-09-29",
        {
            "primary": "Sable & Stone",
            "statuses": {"Sable & Stone": {"click_and_collect": "suspended"}},
        },
        id="D11",
    ),
    pytest.param(
        _article(
            "Electronics retailer Voltaris disables online returns after ransomware attack",
            "Voltaris, the Singapore electronics chain, said on Monday that it had been hit by a "
            "ransomware attack over the weekend.",
            "The company said it had isolated the affected servers and was working with the "
            "Cyber Security Agency of Singapore. Its 18 stores remain open.",
            "It said it was too early to say whether customers' personal data had been stolen.",
        ),
        "2025-02-17",
        {
            "primary": "Voltaris",
            "statuses": {"Voltaris": {"returns_refunds": "suspended"}},
        },
        id="D12",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Ransomware attack leaves DIY chain's stores taking cash only",
            "Brindle Home & Garden said a ransomware attack on Saturday had disabled tills at 40 "
            "of its stores, leaving shoppers unable to pay by card.",
            "The Bristol-based chain said affected stores were taking cash only and that its "
            "website was working normally.",
            "It said it had reported the attack to Action Fraud and the Information "
            "Commissioner's Office.",
        ),
        "2025-06-16",
        {
            "primary": "Brindle Home & Garden",
            "statuses": {"Brindle Home & Garden": {"card_payments": "disrupted"}},
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Card payment outage hits bakery chain",
            "A faulty software update disabled card readers at more than 90 Wattle Bakehouse "
            "shops across Queensland on Thursday morning, the company said.",
            "Customers were asked to pay in cash while engineers investigated. The Brisbane-based "
            "chain said the problem was not caused by a cyber attack.",
            "Wattle Bakehouse apologised to customers and said it would review how updates were "
            "tested before they reached its shops.",
        ),
        "2025-11-28",
        {
            "primary": "Wattle Bakehouse",
            "statuses": {"Wattle Bakehouse": {"card_payments": "disrupted"}},
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Hackers steal customer data from outdoor retailer",
            "Ridgeback Outfitters said hackers had stolen the names, addresses and phone numbers "
            "of about 250,000 customers in a data breach.",
            "The Denver-based retailer said the attackers disabled security monitoring software "
            "on its network before copying the data over several days in March.",
            "Its stores and website were not affected, the company said, and it had notified the "
            "FBI and several state attorneys general.",
        ),
        "2025-04-09",
        {
            "primary": "Ridgeback Outfitters",
            "no_service": {"Ridgeback Outfitters": ["internal_systems"]},
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Thornbury Building Society app down after cyber attack",
            "Thornbury Building Society customers have been unable to use its mobile app since "
            "Tuesday after a cyber attack, the society said.",
            "Its telephone helpline for disabled and elderly customers was still working, and "
            "branches were open as normal, the Leicester-based mutual said.",
            "It said there was no evidence that customers' savings or personal data had been "
            "affected.",
        ),
        "2025-02-27",
        {
            "primary": "Thornbury Building Society",
            "statuses": {"Thornbury Building Society": {"customer_service": "unaffected"}},
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Garden centre chain's online shop hit by IT outage",
            "Tillbrook Garden Centres said an IT outage on Sunday had stopped its online shop "
            "from taking orders for most of the day.",
            "Its 30 garden centres stayed open, and disabled access, lifts and parking were "
            "unaffected, the company said.",
            "The Norfolk-based company blamed a failed upgrade at its web hosting provider and "
            "said it was not a cyber attack.",
        ),
        "2025-05-19",
        {
            "primary": "Tillbrook Garden Centres",
            "statuses": {"Tillbrook Garden Centres": {"stores": "unaffected"}},
        },
        id="G5",
    ),
    pytest.param(
        _article(
            "Quillmark removes chat from budgeting app",
            "Quillmark, the London-based maker of a budgeting app, has disabled the in-app chat "
            "feature, saying fewer than one in fifty users had tried it.",
            "The company said customers with questions could email its support team, and that it "
            "would spend the money on improving how the app sorts spending into categories.",
            "Quillmark, which has about 600,000 users in the UK and Ireland, raised 12 million "
            "pounds from investors last year.",
        ),
        "2025-09-03",
        {
            "no_incidents": True,
        },
        id="G6",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "D9": "'was disabling prescription refills' gives no pharmacy service",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(D_CASES, KNOWN_MISSES))
def test_class_d_service_disabled_on_purpose(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_d_guards_disabled_by_attack_fault_or_disability(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)
