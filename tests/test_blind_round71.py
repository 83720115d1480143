"""Blind round 71, class H: a new incident told beside the same organisation's earlier one.

Class H. A story about a NEW incident also recalls the SAME organisation's EARLIER, SEPARATE
incident from a previous year ("In 2022 the chain took its app offline for a week", "Two years
ago, the council took its website offline", "Its previous attack, in 2021, ...", "It is not the
first time ...", "Last year it suspended click and collect for three days"), with that earlier
incident's service states or data theft. What the earlier incident did is not the new
incident's state: a service paused, down or restored only in the earlier incident gets no
status from it; a later "X is working normally" about a service only the earlier incident took
down is `unaffected`, not `restored`, with no restored claim; a service the new incident
affects keeps the new incident's status whatever the recap gives it; a recalled earlier theft
does not make customer_data compromised, data_compromised true or the type data_breach when the
new story says no data was taken or tells a technical fault; the earlier incident's date is not
the new incident's start, and its type (ransomware then) is not the new incident's type when the
new story gives another.

H1  UK grocer, cyber attack halts online orders, "In 2022 the chain took its mobile app offline
    for a week after a separate hack" -> Fenwold Grocers primary, online_orders has a status,
    mobile_app none
H2  Irish council, phone lines down after a cyber attack, "Two years ago, the council took its
    website offline for almost a month", then "the website was working normally" ->
    Carrowmore County Council primary, customer_service disrupted, website unaffected, no
    restored claim for the website
H3  Australian hospital, faulty server update, no patient data accessed, "Its previous attack,
    in 2021, was far more serious: hackers stole ... 15,000 patients" -> Wattle Bay Private
    Hospital primary, data_compromised false, customer_data not compromised, technical_outage,
    no data_breach or cyber_attack
H4  Canadian hardware chain, "Click and collect remains unavailable" after a faulty network
    switch, "Last year it suspended click and collect for three days after a cyber attack on one
    of its suppliers" -> Birchmount Hardware primary, click_and_collect disrupted, no
    cyber_attack or third_party
H5  Norwegian airline, data-centre hardware fault on Sunday, "In 2023, a ransomware attack
    forced Nordvik Air to suspend online bookings for five days" -> Nordvik Air primary,
    online_orders no status, technical_outage, no ransomware, start 2025-07-13, no 2023 start
H6  South African bank, DDoS on the app, no customer data taken, "It is not the first time ...
    In 2021 Kranskloof Bank disclosed that hackers had stolen the names ... of 15,000
    customers" -> Kranskloof Bank primary, mobile_app has a status, data_compromised false,
    customer_data not compromised, no data_breach
H7  Dutch software firm, ransomware on internal servers, "Its previous attack, in 2021, knocked
    its customer support hotline offline for nine days", then "its customer support hotline
    was working normally" -> Brinkhorst Software primary, customer_service unaffected, no
    restored claim for it
H8  Irish pharmacy chain, till fault, "no customer data was involved", after a colon "in 2024
    hackers stole the names and email addresses of 40,000 members of its loyalty scheme" ->
    Corrib Pharmacy primary, card_payments has a status, data_compromised false, customer_data
    not compromised, no data_breach
H9  US county, website remains down after a cyber attack, "When the county was last attacked,
    in 2022, its website was back online within two days" -> Okanee County primary, website
    disrupted, no restored claim for it, nothing restored
H10 Welsh health board, cyber attack on Sunday takes down email, "which was hit by a separate
    attack in September 2022 that forced it to suspend pharmacy services for a week" ->
    Tregaron Valley Health Board primary, internal_systems has a status, pharmacy none, start
    2025-05-04, no 2022 start
H11 Australian fashion retailer, hackers access a customer database, "Two years ago, a
    ransomware attack forced Saltbush to halt home deliveries for a fortnight" -> Saltbush
    primary, data_compromised true, home_delivery no status, no ransomware
H12 Kenyan bank, online banking down after a failed upgrade, "Last year, a cyber attack on the
    bank's card processor left customers unable to pay by card", then "Card payments are
    working normally" -> Tana River Bank primary, card_payments unaffected, no restored claim
    for it, no cyber_attack or third_party
H13 US sporting goods chain, gift cards suspended after a cyber attack, "It is not the first
    time the chain has been hit: in 2020 an attack forced it to close 30 stores for a day" ->
    Redfern Outfitters primary, gift_cards suspended, stores no status

Guards: a retrospective article whose only incident is the earlier-year one keeps its states; a
state running from an earlier year to now stands; another organisation named for its own
earlier incident keeps its own states as a related incident; the new incident's own states told
beside the recap stand.

G1  New Zealand grocer, annual report published 2025 about a March 2023 attack that "forced it
    to pause online orders" -> Kereru Markets primary, online_orders suspended
G2  English council, "website has been unavailable since March 2024, when a ransomware attack
    crippled its IT systems" -> Ferncliff Borough Council primary, website disrupted
G3  English hospital, cyber attack on Monday, "recalls the ransomware attack on Ardmore Health
    Board in May 2021, which forced it to shut down its IT systems" -> Calderbrook Hospital
    primary, Ardmore Health Board related with internal_systems
G4  Scottish convenience chain, contactless suspended after a cyber attack, chip and pin and the
    website working, "In 2022, a ransomware attack forced Tollcross to take its website
    offline" -> Tollcross Food Stores primary, contactless_payments suspended, card_payments and
    website unaffected, start 2025-01-21
G5  Spanish airline, website and app "back working by Thursday afternoon" after Wednesday's IT
    failure, "Two years ago a cyber attack took its call centre offline" -> Costa Verde Air
    primary, website and mobile_app restored, start 2025-06-25

On the first run (the committed code at 5f008f8; no tracked file was edited), 5 of 18 cases
passed: H6, H8, G2, G3 and G5. No case was changed after it.
Missed:
H1  mobile_app suspended from the 2022 app outage (online_orders suspended as well)
H2  website restored, with a ("website", "restored") claim (customer_service disrupted as
    wanted)
H3  customer_data compromised, data_compromised true, types data_breach and technical_outage
    (no cyber_attack)
H4  click_and_collect suspended (from last year's suspension), types technical_outage only
H5  online_orders suspended from the 2023 attack (types technical_outage, no ransomware; start
    2025-07-13 as wanted, no 2023 start)
H7  customer_service restored, with a ("customer_service", "restored") claim; an incident_start
    2021-01-01 beside 2025-02-08
H9  website disrupted as wanted, but a ("website", "restored") claim from the 2022 recap
H10 pharmacy suspended from the 2022 attack, and the only incident_start is 2022-09-01 (no
    2025-05-04)
H11 home_delivery suspended from the earlier attack (data_compromised true; types cyber_attack
    and data_breach, no ransomware)
H12 card_payments restored, with a ("card_payments", "restored") claim (types technical_outage
    only)
H13 stores suspended from the 2020 closures (gift_cards suspended as wanted)
G1  online_orders restored, with an ("online_orders", "restored") claim, not suspended
G4  no incident at all: the record's incidents were []

After round 71's first rules (states told of an earlier incident by its year are that
incident's; a year after a preposition of time is a date; an incident told apart and dated
after "in" is an earlier one): 17 of 18. A review then found those rules dropping the states
of follow-up stories about their own incident of a year ago (court cases, fines,
anniversaries), which are written the same way; the mended rules set an earlier incident
aside only when words tell it apart ("not the first time", "previous", "separate") or the
story's own incident began within the year, after it: 15 of 18. Left: G1 (the annual report's
"had since invested heavily in security" is read as a general return, as it was before the
round), H4 and H11 (a recap with neither, beside a new incident with no start date).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, get, run, start_days, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


# a key this round checks itself: years (as prefixes) no incident_start date may fall in
LOCAL_KEYS = ("not_start_year",)


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, {k: v for k, v in expect.items() if k not in LOCAL_KEYS})
    for org, years in expect.get("not_start_year", {}).items():
        days = start_days(get(record, org))
        wrong = [day for day in days if any(day.startswith(year) for year in years)]
        assert not wrong, f"{org}: {wrong} read as incident_start; incident_start dates {days}"


H_CASES = [
    pytest.param(
        _article(
            "Cyber attack halts online orders at Fenwold Grocers",
            "Fenwold Grocers has stopped taking online orders after a cyber attack on its "
            "systems, the Lincolnshire-based supermarket chain said on Wednesday.",
            "The company, which runs 64 stores across the East Midlands, said its shops remained "
            "open and customers could pay by card as normal.",
            "In 2022 the chain took its mobile app offline for a week after a separate hack.",
            "A spokesperson said the company was working with the National Cyber Security Centre "
            "and would update customers as soon as it could.",
        ),
        "2025-06-12",
        {
            "primary": "Fenwold Grocers",
            "has_service": {"Fenwold Grocers": ["online_orders"]},
            "no_service": {"Fenwold Grocers": ["mobile_app"]},
        },
        id="H1",
    ),
    pytest.param(
        _article(
            "Phone lines down at Carrowmore County Council after cyber attack",
            "Carrowmore County Council's phone lines have been down since Monday after a cyber "
            "attack on its telephone system, the council said.",
            "Residents are being asked to contact the council by email while the problem is "
            "investigated by gardaí and the National Cyber Security Centre.",
            "Two years ago, the council took its website offline for almost a month after a "
            "ransomware attack that also held up planning applications.",
            "A council spokeswoman said the website was working normally.",
        ),
        "2025-09-17",
        {
            "primary": "Carrowmore County Council",
            "statuses": {
                "Carrowmore County Council": {
                    "customer_service": "disrupted",
                    "website": "unaffected",
                }
            },
            "no_claims": {"Carrowmore County Council": [("website", "restored")]},
        },
        id="H2",
    ),
    pytest.param(
        _article(
            "Server fault knocks out computer systems at Wattle Bay hospital",
            "Wattle Bay Private Hospital in Queensland said a faulty server update knocked out "
            "its computer systems on Tuesday, forcing staff to switch to paper records.",
            "The hospital said the outage was a technical fault, not a cyber attack, and that no "
            "patient data had been accessed or lost.",
            "Its previous attack, in 2021, was far more serious: hackers stole the names, "
            "addresses and Medicare numbers of 15,000 patients and published them online.",
            "Emergency and maternity services continued as normal, a hospital spokesman said.",
        ),
        "2025-08-14",
        {
            "primary": "Wattle Bay Private Hospital",
            "data_compromised": {"Wattle Bay Private Hospital": False},
            "not_status": {"Wattle Bay Private Hospital": {"customer_data": "compromised"}},
            "has_types": {"Wattle Bay Private Hospital": ["technical_outage"]},
            "lacks_types": {"Wattle Bay Private Hospital": ["data_breach", "cyber_attack"]},
        },
        id="H3",
    ),
    pytest.param(
        _article(
            "Birchmount Hardware click and collect still down after IT outage",
            "Click and collect remains unavailable at Birchmount Hardware, three days after an "
            "IT outage at the Canadian home improvement retailer.",
            "The Calgary-based chain, which has 48 stores in Alberta and British Columbia, said "
            "its stores were open and that home delivery orders were being shipped as normal.",
            "Last year it suspended click and collect for three days after a cyber attack on one "
            "of its suppliers.",
            "The company said the current problem was caused by a faulty network switch at its "
            "head office and was not a cyber attack.",
        ),
        "2025-03-20",
        {
            "primary": "Birchmount Hardware",
            "statuses": {"Birchmount Hardware": {"click_and_collect": "disrupted"}},
            "lacks_types": {"Birchmount Hardware": ["cyber_attack", "third_party"]},
        },
        id="H4",
    ),
    pytest.param(
        _article(
            "Nordvik Air passengers unable to check in online after IT failure",
            "Nordvik Air's website and mobile app went down on Sunday morning after a failure in "
            "a data centre, leaving passengers unable to check in online.",
            "The Bergen-based airline said flights were operating, with some delays, and advised "
            "passengers to arrive early and check in at the airport.",
            "In 2023, a ransomware attack forced Nordvik Air to suspend online bookings for five "
            "days and to call in the Norwegian police.",
            "The carrier said Sunday's failure was a hardware fault and had nothing to do with "
            "hackers.",
        ),
        "2025-07-14",
        {
            "primary": "Nordvik Air",
            "no_service": {"Nordvik Air": ["online_orders"]},
            "has_types": {"Nordvik Air": ["technical_outage"]},
            "lacks_types": {"Nordvik Air": ["ransomware"]},
            "start": {"Nordvik Air": "2025-07-13"},
            "not_start_year": {"Nordvik Air": ["2023"]},
        },
        id="H5",
    ),
    pytest.param(
        _article(
            "Cyber attack locks Kranskloof Bank customers out of app",
            "Customers of Kranskloof Bank were unable to log in to its mobile app for most of "
            "Tuesday after a distributed denial-of-service attack, the Durban-based lender said.",
            "The bank said no customer data had been taken and that card payments and ATMs were "
            "not affected.",
            "It is not the first time the bank has been targeted. In 2021 Kranskloof Bank "
            "disclosed that hackers had stolen the names and ID numbers of 15,000 customers from "
            "a marketing database.",
            "A spokesperson apologised to customers and said the bank had reported the attack to "
            "the Prudential Authority.",
        ),
        "2025-04-23",
        {
            "primary": "Kranskloof Bank",
            "has_service": {"Kranskloof Bank": ["mobile_app"]},
            "data_compromised": {"Kranskloof Bank": False},
            "not_status": {"Kranskloof Bank": {"customer_data": "compromised"}},
            "lacks_types": {"Kranskloof Bank": ["data_breach"]},
        },
        id="H6",
    ),
    pytest.param(
        _article(
            "Ransomware attack hits Dutch payroll software maker Brinkhorst",
            "Brinkhorst Software, a Dutch maker of payroll software, said on Monday that a "
            "ransomware attack had encrypted some of its internal servers over the weekend.",
            "The Utrecht-based company said it had shut down parts of its network as a "
            "precaution and brought in forensic investigators.",
            "Its previous attack, in 2021, knocked its customer support hotline offline for nine "
            "days.",
            "Brinkhorst said its customer support hotline was working normally and that "
            "customers' payroll runs would go ahead as planned.",
        ),
        "2025-02-11",
        {
            "primary": "Brinkhorst Software",
            "statuses": {"Brinkhorst Software": {"customer_service": "unaffected"}},
            "no_claims": {"Brinkhorst Software": [("customer_service", "restored")]},
        },
        id="H7",
    ),
    pytest.param(
        _article(
            "Till outage hits Corrib Pharmacy shops across Ireland",
            "Corrib Pharmacy said a fault in its payment system stopped card payments at most of "
            "its 70 shops on Saturday, with customers asked to pay in cash.",
            "The Galway-based chain said prescriptions were being dispensed as normal and that no "
            "customer data was involved in what it called a technical issue.",
            "The outage comes a year after a very different problem: in 2024 hackers stole the "
            "names and email addresses of 40,000 members of its loyalty scheme.",
            "A spokeswoman apologised for the inconvenience.",
        ),
        "2025-11-10",
        {
            "primary": "Corrib Pharmacy",
            "has_service": {"Corrib Pharmacy": ["card_payments"]},
            "data_compromised": {"Corrib Pharmacy": False},
            "not_status": {"Corrib Pharmacy": {"customer_data": "compromised"}},
            "lacks_types": {"Corrib Pharmacy": ["data_breach"]},
        },
        id="H8",
    ),
    pytest.param(
        _article(
            "Okanee County website still down after cyber attack",
            "Okanee County's website remains down after a cyber attack on Monday, county "
            "officials said on Thursday.",
            "Residents who need to pay property taxes or renew permits have been asked to visit "
            "the county courthouse in person.",
            "When the county was last attacked, in 2022, its website was back online within two "
            "days.",
            '"We are taking this very seriously," county administrator Linda Haskett said.',
        ),
        "2025-10-24",
        {
            "primary": "Okanee County",
            "statuses": {"Okanee County": {"website": "disrupted"}},
            "no_claims": {"Okanee County": [("website", "restored")]},
            "nothing_restored": ["Okanee County"],
        },
        id="H9",
    ),
    pytest.param(
        _article(
            "Welsh health board hit by cyber attack",
            "Tregaron Valley Health Board said a cyber attack on Sunday had taken down its email "
            "system and some internal IT systems at its three hospitals.",
            "Patients have been told to attend appointments as planned unless they are contacted.",
            "The health board, which was hit by a separate attack in September 2022 that forced "
            "it to suspend pharmacy services for a week, said it was working with the National "
            "Cyber Security Centre.",
        ),
        "2025-05-06",
        {
            "primary": "Tregaron Valley Health Board",
            "has_service": {"Tregaron Valley Health Board": ["internal_systems"]},
            "no_service": {"Tregaron Valley Health Board": ["pharmacy"]},
            "start": {"Tregaron Valley Health Board": "2025-05-04"},
            "not_start_year": {"Tregaron Valley Health Board": ["2022"]},
        },
        id="H10",
    ),
    pytest.param(
        _article(
            "Hackers access customer details at fashion chain Saltbush",
            "Australian fashion retailer Saltbush said hackers had gained access to a customer "
            "database containing names, email addresses and phone numbers.",
            "The Melbourne-based company said no payment card details were held in the database "
            "and that its stores and online shop were trading as normal.",
            "Two years ago, a ransomware attack forced Saltbush to halt home deliveries for a "
            "fortnight.",
            "It has notified the Office of the Australian Information Commissioner.",
        ),
        "2025-10-02",
        {
            "primary": "Saltbush",
            "data_compromised": {"Saltbush": True},
            "no_service": {"Saltbush": ["home_delivery"]},
            "lacks_types": {"Saltbush": ["ransomware"]},
        },
        id="H11",
    ),
    pytest.param(
        _article(
            "Tana River Bank online banking down for second day",
            "Customers of Tana River Bank have been unable to use its online banking website "
            "since Thursday after what the Nairobi-based lender called a technical failure during "
            "a system upgrade.",
            "Last year, a cyber attack on the bank's card processor left customers unable to pay "
            "by card for almost a day.",
            "Card payments are working normally, the bank said, and customers can still withdraw "
            "cash at its branches and ATMs.",
        ),
        "2025-08-16",
        {
            "primary": "Tana River Bank",
            "statuses": {"Tana River Bank": {"card_payments": "unaffected"}},
            "no_claims": {"Tana River Bank": [("card_payments", "restored")]},
            "lacks_types": {"Tana River Bank": ["cyber_attack", "third_party"]},
        },
        id="H12",
    ),
    pytest.param(
        _article(
            "Redfern Outfitters suspends gift cards after cyber attack",
            "US sporting goods chain Redfern Outfitters has suspended the sale and use of gift "
            "cards after a cyber attack on its gift card system, the company said on Friday.",
            "The Denver-based retailer said it had taken the system offline as a precaution while "
            "investigators worked out how the attackers got in.",
            "It is not the first time the chain has been hit: in 2020 an attack forced it to "
            "close 30 stores for a day.",
            "Redfern said customers holding gift cards would not lose their balances.",
        ),
        "2025-12-06",
        {
            "primary": "Redfern Outfitters",
            "statuses": {"Redfern Outfitters": {"gift_cards": "suspended"}},
            "no_service": {"Redfern Outfitters": ["stores"]},
        },
        id="H13",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Annual report reveals cost of Kereru Markets cyber attack",
            "Kereru Markets spent NZ$4.2 million dealing with a cyber attack that forced it to "
            "pause online orders in March 2023, the supermarket chain's annual report shows.",
            "The Auckland-based grocer paused online orders as a precaution while it rebuilt its "
            "e-commerce systems, the report says.",
            "The company said it had since invested heavily in security.",
        ),
        "2025-04-15",
        {
            "primary": "Kereru Markets",
            "statuses": {"Kereru Markets": {"online_orders": "suspended"}},
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Council website still down 18 months after ransomware attack",
            "Ferncliff Borough Council's website has been unavailable since March 2024, when a "
            "ransomware attack crippled its IT systems, a report to councillors has revealed.",
            "Residents have had to phone or visit the council's offices to pay council tax or "
            "report missed bin collections.",
            "Officers told the audit committee that rebuilding the site had cost £1.3 million so "
            "far.",
        ),
        "2025-09-25",
        {
            "primary": "Ferncliff Borough Council",
            "statuses": {"Ferncliff Borough Council": {"website": "disrupted"}},
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Calderbrook Hospital cancels appointments after cyber attack",
            "Calderbrook Hospital in Lancashire has cancelled hundreds of outpatient appointments "
            "after a cyber attack on its computer systems on Monday.",
            "The hospital said its emergency department remained open.",
            "The attack recalls the ransomware attack on Ardmore Health Board in May 2021, which "
            "forced it to shut down its IT systems.",
            "A spokesman for Calderbrook said it was working with NHS England and the National "
            "Crime Agency.",
        ),
        "2025-03-04",
        {
            "primary": "Calderbrook Hospital",
            "related": ["Ardmore Health Board"],
            "has_service": {"Ardmore Health Board": ["internal_systems"]},
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Tollcross Food Stores suspends contactless after cyber attack",
            "Tollcross Food Stores has suspended contactless payments in its 120 shops after a "
            "cyber attack on Tuesday, the Glasgow-based convenience chain said.",
            "Customers can still pay by chip and pin or cash, and the company's website is working "
            "normally, a spokesman said.",
            "In 2022, a ransomware attack forced Tollcross to take its website offline for six "
            "days.",
        ),
        "2025-01-22",
        {
            "primary": "Tollcross Food Stores",
            "statuses": {
                "Tollcross Food Stores": {
                    "contactless_payments": "suspended",
                    "card_payments": "unaffected",
                    "website": "unaffected",
                }
            },
            "start": {"Tollcross Food Stores": "2025-01-21"},
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Costa Verde Air website back after IT failure",
            "Spanish carrier Costa Verde Air said its website and mobile app were back working by "
            "Thursday afternoon after an IT failure on Wednesday left passengers unable to check "
            "in online or change bookings.",
            "The Santander-based airline said flights had operated as normal throughout.",
            "Two years ago a cyber attack took its call centre offline for three days.",
        ),
        "2025-06-27",
        {
            "primary": "Costa Verde Air",
            "statuses": {"Costa Verde Air": {"website": "restored", "mobile_app": "restored"}},
            "start": {"Costa Verde Air": "2025-06-25"},
        },
        id="G5",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "G1": "the March 2023 pause told in an annual report reads online_orders restored, with a "
    "restored claim",
    "H4": "'Last year it suspended click and collect' (no start date for the new outage, no "
    "word setting the earlier one apart) overrides 'remains unavailable': suspended",
    "H11": "'Two years ago, a ransomware attack forced Saltbush to halt home deliveries' (no "
    "start date for the new breach, no word setting it apart) gives home_delivery suspended",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(H_CASES, KNOWN_MISSES))
def test_class_h_earlier_incident_of_the_same_organisation(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_h_guards_earlier_only_incident_or_own_states(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)
