"""Blind round 52b: acceptance cases written blind (without reading the extractor's source,
its fixtures, its other tests or the development set), from the class descriptions below,
with every expectation fixed before the extractor was first run on them.

Classes:
A. An earlier incident recalled by its year is not the story's: its theft, attack and
   kinds are not the present trouble's, and its year is no incident_start (A1-A8; A5 and
   A6 are counter-examples: a story about the recalled breach itself, and another
   organisation named only for its own earlier ransomware attack).
B. Where the trouble began is the story's start, and an onset told late does not undo an
   earlier return (B1-B3, B6); a relapse ("began again", an onset dated after the return)
   leaves the service disrupted (B4, B5, B7).
C. Longer waits: callers told to expect or facing longer waits make customer_service
   disrupted, a longer wait faced for a service makes it disrupted (C1-C3, C8); "no longer
   face long waits", "after a long wait", long queues on a named line and callers who are
   the attackers give no trouble (C4-C7).
D. Named days of the year (New Year's Eve, Christmas Eve, Boxing Day, Thanksgiving Day,
   Black Friday, Cyber Monday, Labor Day, Memorial Day) resolve to that day and can be the
   incident_start (D1-D8); a holiday still to come is no start (D9-D11).

On the code before round 52 (12c97c6) 15 of the 34 cases pass. First run (on this round's
code up to def1095): 32 of 34 cases passed; A4 and B2 failed. A4 (a theft told in the second
clause of a sentence that opens on an earlier year, taken as this outage's) was mended: a
recalling sentence's every clause is the earlier incident's. B2 stays a known miss (strict
xfail, reason in KNOWN_MISSES).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import get, run, start_days, with_known_misses

from conftest import statuses

KNOWN_MISSES: dict[str, str] = {
    "B2": "no incident at all: the chain named in the headline and as 'at X after a fault' "
    "(NER tags it ORG) is not taken as a victim",
}


def check(record: dict[str, Any], org: str, expect: dict[str, Any]) -> None:
    incident = get(record, org)
    types = set(incident["incident_types"])
    if "types" in expect:
        assert types == set(expect["types"]), incident["incident_types"]
    for kind in expect.get("has_types", []):
        assert kind in types, incident["incident_types"]
    for kind in expect.get("lacks_types", []):
        assert kind not in types, incident["incident_types"]
    if "data_compromised" in expect:
        assert incident["data_compromised"] is expect["data_compromised"]
    found = statuses(incident)
    for service in expect.get("absent_services", []):
        assert service not in found, found
    for service, status in expect.get("statuses", {}).items():
        assert found.get(service) == status, found
    days = start_days(incident)
    if "start" in expect:
        assert days, incident["dates"]
        assert min(days) == expect["start"], incident["dates"]
    for prefix in expect.get("not_starts", []):
        assert not any(day.startswith(prefix) for day in days), incident["dates"]
    for other, kind in expect.get("other_types", {}).items():
        assert kind in get(record, other)["incident_types"]
    if "incident_count" in expect:
        found_names = [i["organization"]["name"] for i in record["incidents"]]
        assert len(found_names) == expect["incident_count"], found_names


# A. An earlier incident recalled by its year is not the story's.
A_CASES = [
    pytest.param(
        "Dalesford Foods website remains offline after server failure\n\n"
        "Dalesford Foods said its website has been unavailable since Monday after a "
        "server failure at its data centre, leaving shoppers unable to place orders for "
        "home delivery.\n\n"
        "The grocer said engineers were replacing the faulty hardware and apologised to "
        "customers for the inconvenience.\n\n"
        "In 2022 Dalesford Foods disclosed that hackers had stolen the names and "
        "addresses of 20,000 customers.\n",
        "2024-03-14",
        "Dalesford Foods",
        {
            "types": ["technical_outage"],
            "data_compromised": None,
            "absent_services": ["customer_data"],
            "start": "2024-03-11",
            "not_starts": ["2022"],
        },
        id="A1",
    ),
    pytest.param(
        "Tilbrook Home Stores tills fail after software update\n\n"
        "Tills at Tilbrook Home Stores failed on Saturday after a faulty software "
        "update, leaving shoppers at many of its 140 branches unable to pay by card.\n\n"
        "The retailer said the update had been withdrawn and that tills were working "
        "normally again by Sunday evening.\n\n"
        "It is not the first time: in 2019, hackers stole the card details of thousands "
        "of Tilbrook customers.\n",
        "2024-06-04",
        "Tilbrook Home Stores",
        {
            "types": ["technical_outage"],
            "data_compromised": None,
            "absent_services": ["customer_data"],
            "start": "2024-06-01",
            "not_starts": ["2019"],
        },
        id="A2",
    ),
    pytest.param(
        "Eastcote Building Society members locked out of app\n\n"
        "Members of Eastcote Building Society were unable to log in to its mobile app "
        "on Wednesday after a fault during a system upgrade, the society said.\n\n"
        "The glitch revived memories of its 2018 data breach, when criminals accessed "
        "the account details of 12,000 members.\n\n"
        "A spokesperson said the app was working again on Thursday morning and "
        "apologised to members.\n",
        "2023-11-10",
        "Eastcote Building Society",
        {
            "types": ["technical_outage"],
            "data_compromised": None,
            "absent_services": ["customer_data"],
            "start": "2023-11-08",
            "not_starts": ["2018"],
        },
        id="A3",
    ),
    pytest.param(
        "Hambridge Valley Council phone lines down after IT failure\n\n"
        "Hambridge Valley Council said its phone lines and website had been down since "
        "Tuesday because of an IT failure at its headquarters.\n\n"
        "Residents were asked to report missed bin collections by email until the "
        "systems were fixed.\n\n"
        "In 2021, the council was hit by a ransomware attack that shut its systems for "
        "three weeks, and criminals published the personal details of residents "
        "online.\n",
        "2024-02-08",
        "Hambridge Valley Council",
        {
            "types": ["technical_outage"],
            "data_compromised": None,
            "absent_services": ["customer_data"],
            "start": "2024-02-06",
            "not_starts": ["2021"],
        },
        id="A4",
    ),
    pytest.param(
        "Langworth Outdoor fined £2m over data breach\n\n"
        "The outdoor clothing retailer Langworth Outdoor has been fined £2m by the data "
        "watchdog over a data breach that exposed the payment details of its "
        "customers.\n\n"
        "In 2019, hackers stole the card details of 40,000 customers from the "
        "retailer's website, the regulator said.\n\n"
        "Langworth Outdoor said it had since overhauled its security and contacted "
        "everyone affected.\n",
        "2023-09-20",
        "Langworth Outdoor",
        {"has_types": ["data_breach"], "data_compromised": True},
        id="A5",
    ),
    pytest.param(
        "Netherby Pharmacy tills down across the north\n\n"
        "Netherby Pharmacy said its tills failed at dozens of branches on Friday after a "
        "fault with its payment system, forcing staff to take cash only.\n\n"
        "The company said prescriptions were still being dispensed and that the fault "
        "had been fixed by Saturday afternoon.\n\n"
        "The outage recalls the 2021 ransomware attack on Colnbrook Garden Centres, "
        "which closed its shops for a week.\n",
        "2024-05-13",
        "Netherby Pharmacy",
        {
            "lacks_types": ["ransomware"],
            "other_types": {"Colnbrook Garden Centres": "ransomware"},
        },
        id="A6",
    ),
    pytest.param(
        "Upperton Parcels tracking down after database failure\n\n"
        "Upperton Parcels said its website and tracking app went down on Sunday after a "
        "database failure, leaving customers unable to follow their deliveries.\n\n"
        "The courier said parcels were still being delivered and that it expected the "
        "tracking service to be back by the weekend.\n\n"
        "In 2023 the company revealed that a cyber attack had exposed the email "
        "addresses of 85,000 customers.\n",
        "2025-01-15",
        "Upperton Parcels",
        {
            "types": ["technical_outage"],
            "data_compromised": None,
            "absent_services": ["customer_data"],
            "start": "2025-01-12",
            "not_starts": ["2023"],
        },
        id="A7",
    ),
    pytest.param(
        "Embleton Cycles online orders hit by glitch\n\n"
        "Embleton Cycles said online orders failed on Tuesday after a software glitch, "
        "and customers who tried to buy bikes on its website saw error messages.\n\n"
        "The bike retailer said its shops were trading normally.\n\n"
        "The failure comes two years after the 2022 cyber attack in which criminals "
        "stole the names and phone numbers of its customers.\n",
        "2024-10-03",
        "Embleton Cycles",
        {
            "types": ["technical_outage"],
            "data_compromised": None,
            "absent_services": ["customer_data"],
            "start": "2024-10-01",
            "not_starts": ["2022"],
        },
        id="A8",
    ),
]


# B. Where the trouble began is the story's start; it does not undo an earlier return.
B_CASES = [
    pytest.param(
        "Felsham Bank app working again after outage\n\n"
        "Felsham Bank customers can use its mobile app again after an outage that left "
        "many unable to check balances or make payments.\n\n"
        "Its app was back within a week, the bank said, and it apologised to customers "
        "for the disruption.\n\n"
        "The problems began on 19 April, when its app stopped working after a failed "
        "upgrade.\n",
        "2024-05-02",
        "Felsham Bank",
        {"statuses": {"mobile_app": "restored"}, "start": "2024-04-19"},
        id="B1",
    ),
    pytest.param(
        "Kimbolton Convenience Stores contactless payments back\n\n"
        "Contactless payments were back within days at Kimbolton Convenience Stores "
        "after a fault at its card processor, the chain said on Tuesday.\n\n"
        "Shoppers had been asked to pay with cash while the fault was fixed.\n\n"
        "The first signs of trouble came over the Easter weekend, when contactless "
        "payments stopped working at dozens of its shops.\n",
        "2024-04-09",
        "Kimbolton Convenience Stores",
        {"statuses": {"contactless_payments": "restored"}},
        id="B2",
    ),
    pytest.param(
        "Lindfield Travel website back online\n\n"
        "Lindfield Travel said its website was back online by Friday after a crash that "
        "stopped holidaymakers from booking trips for most of last week.\n\n"
        "The travel agent said bookings made in its branches had not been affected.\n\n"
        "The problems began on 3 March, when its website crashed under a surge of "
        "traffic during a sale.\n",
        "2024-03-12",
        "Lindfield Travel",
        {"statuses": {"website": "restored"}, "start": "2024-03-03"},
        id="B3",
    ),
    pytest.param(
        "Alderton Energy app fails for a second time\n\n"
        "Alderton Energy's app was back within a week of an outage in April, the "
        "supplier said at the time.\n\n"
        "The problems began again on 12 May, when its app stopped working for a second "
        "time, leaving customers unable to submit meter readings or top up prepayment "
        "meters.\n\n"
        "The company said engineers were investigating.\n",
        "2024-05-14",
        "Alderton Energy",
        {"statuses": {"mobile_app": "disrupted"}},
        id="B4",
    ),
    pytest.param(
        "Mickleham Insurance app hit by fresh problems\n\n"
        "Mickleham Insurance restored its app on Monday after a weekend outage caused by "
        "a faulty update, the insurer said.\n\n"
        "Fresh problems began on Thursday, when the app stopped working for many "
        "policyholders trying to make claims.\n\n"
        "The insurer said it was working to fix the fault as quickly as possible.\n",
        "2024-07-19",
        "Mickleham Insurance",
        {"statuses": {"mobile_app": "disrupted"}},
        id="B5",
    ),
    pytest.param(
        "Oxendon Bakeries card payments restored\n\n"
        "Card payments were restored on Wednesday at Oxendon Bakeries, the chain said, "
        "after a fault left its shops taking cash only.\n\n"
        "Staff said some customers had walked away because they could not pay by "
        "card.\n\n"
        "The problems began on 8 June, when card machines stopped working in its shops "
        "across the Midlands.\n",
        "2024-06-14",
        "Oxendon Bakeries",
        {"statuses": {"card_payments": "restored"}, "start": "2024-06-08"},
        id="B6",
    ),
    pytest.param(
        "Shotley Hardware tills fail again\n\n"
        "Shotley Hardware said its tills were working again on 2 October after a network "
        "fault that had disrupted trading at its stores.\n\n"
        "The problems began on 4 October, when its tills stopped working at more than 30 "
        "branches.\n\n"
        "The retailer said it was investigating the cause.\n",
        "2024-10-08",
        "Shotley Hardware",
        {"statuses": {"card_payments": "disrupted"}},
        id="B7",
    ),
]


# C. Longer waits.
C_CASES = [
    pytest.param(
        "Rosedale Water hit by cyber attack\n\n"
        "Rosedale Water said a cyber attack on Tuesday had affected some of its computer "
        "systems, but water supplies were not affected.\n\n"
        "The company warned callers to expect longer waits while staff worked without "
        "access to some records.\n",
        "2024-08-22",
        "Rosedale Water",
        {"statuses": {"customer_service": "disrupted"}},
        id="C1",
    ),
    pytest.param(
        "Alvaston Housing Association hit by IT failure\n\n"
        "An IT failure at Alvaston Housing Association on Monday left staff unable to "
        "log repair requests from tenants.\n\n"
        "Some callers faced much longer waits than usual, the association said, and it "
        "asked tenants to report only urgent repairs until the problem was fixed.\n",
        "2024-01-24",
        "Alvaston Housing Association",
        {"statuses": {"customer_service": "disrupted"}},
        id="C2",
    ),
    pytest.param(
        "Barrowfield & Finch stores reopen after cyber attack\n\n"
        "Barrowfield & Finch has reopened all of its stores after a cyber attack forced "
        "the department store chain to close them last week.\n\n"
        "Gift card holders face a longer wait, however, before they can spend their "
        "balances, the retailer said.\n",
        "2024-04-25",
        "Barrowfield & Finch",
        {"statuses": {"gift_cards": "disrupted"}},
        id="C3",
    ),
    pytest.param(
        "Marston Vale Energy helpline back after ransomware attack\n\n"
        "Marston Vale Energy said its customer helpline was back in service on "
        "Wednesday, a week after a ransomware attack took its phone systems offline.\n\n"
        "Callers no longer face long waits, the company said, although some online "
        "account features were still unavailable.\n",
        "2024-03-07",
        "Marston Vale Energy",
        {"statuses": {"customer_service": "restored"}},
        id="C4",
    ),
    pytest.param(
        "Gransden Books resumes online orders\n\n"
        "After a long wait, customers of Gransden Books can once again order online, the "
        "bookseller said on Monday.\n\n"
        "The chain took its website offline three weeks ago after a cyber attack and has "
        "spent the time rebuilding its systems.\n",
        "2024-09-16",
        "Gransden Books",
        {
            "statuses": {"online_orders": "restored"},
            "absent_services": ["customer_service"],
            "incident_count": 1,
        },
        id="C5",
    ),
    pytest.param(
        "Ticket machines fail at Oakington Railways stations\n\n"
        "Ticket machines at Oakington Railways stations stopped working on Friday "
        "morning after a software fault, causing long queues at stations across the "
        "Patcham Cross line.\n\n"
        "The operator said passengers could buy tickets on board without penalty, and "
        "the machines were working again by lunchtime.\n",
        "2024-11-05",
        "Oakington Railways",
        {"absent_services": ["customer_service"], "incident_count": 1},
        id="C6",
    ),
    pytest.param(
        "Rainford Leisure breached after phone scam\n\n"
        "Rainford Leisure said criminals gained access to its booking system on 3 "
        "September after callers posing as IT support staff tricked employees into "
        "handing over their passwords.\n\n"
        "The gym operator said members' names and email addresses may have been viewed, "
        "and it had reported the incident to the regulator.\n",
        "2024-09-10",
        "Rainford Leisure",
        {"absent_services": ["customer_service"]},
        id="C7",
    ),
    pytest.param(
        "Sandridge Electrical still struggling after systems failure\n\n"
        "Sandridge Electrical said its stores were open as normal following last week's "
        "systems failure.\n\n"
        "Shoppers waiting for refunds face a long wait, though, as staff process them "
        "by hand, the retailer said.\n",
        "2024-02-20",
        "Sandridge Electrical",
        {"statuses": {"returns_refunds": "disrupted"}},
        id="C8",
    ),
]


# D. Named days of the year are dates.
D_CASES = [
    pytest.param(
        "Tetbury Logistics hit by ransomware\n\n"
        "Tetbury Logistics said it detected the attack on New Year's Eve, when staff "
        "found that files on its servers had been encrypted.\n\n"
        "The haulier said deliveries to its supermarket customers had been delayed while "
        "its systems were restored from backups.\n",
        "2025-01-08",
        "Tetbury Logistics",
        {"start": "2024-12-31"},
        id="D1",
    ),
    pytest.param(
        "Upwell Toys website crashed before Christmas\n\n"
        "The website of Upwell Toys crashed on Christmas Eve after a fault at its "
        "hosting provider, leaving last-minute shoppers unable to order gifts.\n\n"
        "The toy retailer said the site was back online on 27 December.\n",
        "2024-01-04",
        "Upwell Toys",
        {"start": "2023-12-24"},
        id="D2",
    ),
    pytest.param(
        "Yelverton Sports sale disrupted by payment fault\n\n"
        "Yelverton Sports said card payments failed at its stores on Boxing Day, the "
        "busiest day of its winter sale, after a fault with its payment provider.\n\n"
        "Staff asked shoppers to pay in cash. The retailer said the problem was fixed "
        "the following morning.\n",
        "2024-12-30",
        "Yelverton Sports",
        {"start": "2024-12-26"},
        id="D3",
    ),
    pytest.param(
        "Bayfield Hardware payment terminals go down\n\n"
        "Bayfield Hardware said its payment terminals went down on Thanksgiving Day "
        "after a software update went wrong, forcing its stores in Ohio and Indiana to "
        "accept cash only.\n\n"
        "The company said the terminals were working again the next day.\n",
        "2023-12-01",
        "Bayfield Hardware",
        {"start": "2023-11-23"},
        id="D4",
    ),
    pytest.param(
        "Chilcote Outfitters website knocked offline\n\n"
        "Chilcote Outfitters said its website went down on Black Friday after a cyber "
        "attack flooded it with traffic, leaving shoppers unable to place orders for "
        "several hours.\n\n"
        "The retailer said no customer data had been taken.\n",
        "2024-12-03",
        "Chilcote Outfitters",
        {"start": "2024-11-29"},
        id="D5",
    ),
    pytest.param(
        "Summit Ridge Electronics hit by ransomware attack\n\n"
        "Summit Ridge Electronics said hackers deployed ransomware on its network on "
        "Cyber Monday, forcing the electronics retailer to take its online store "
        "offline.\n\n"
        "The company said it was working with outside experts and had notified law "
        "enforcement.\n",
        "2022-12-06",
        "Summit Ridge Electronics",
        {"start": "2022-11-28"},
        id="D6",
    ),
    pytest.param(
        "Prairie Valley Credit Union restores online banking\n\n"
        "Prairie Valley Credit Union said its online banking and mobile app went down "
        "over Labor Day after a failure at its data center.\n\n"
        "Members were unable to check balances or transfer money until Tuesday "
        "afternoon, the credit union said.\n",
        "2024-09-05",
        "Prairie Valley Credit Union",
        {"start": "2024-09-02"},
        id="D7",
    ),
    pytest.param(
        "Hollow Creek Grocers checkout outage\n\n"
        "Hollow Creek Grocers said its checkout systems failed on Memorial Day after a "
        "network outage, leaving shoppers unable to pay by card at stores across "
        "Kansas.\n\n"
        "The grocer said systems were back to normal within hours.\n",
        "2023-06-02",
        "Hollow Creek Grocers",
        {"start": "2023-05-29"},
        id="D8",
    ),
    pytest.param(
        "Elstead Fashion website crashes as Black Friday nears\n\n"
        "Elstead Fashion said its website crashed on Monday after a server fault, and "
        "the fashion retailer is racing to fix it as Black Friday nears.\n\n"
        "Shoppers were unable to browse or place orders for most of the day, it said.\n",
        "2024-11-20",
        "Elstead Fashion",
        {"start": "2024-11-18", "not_starts": ["2024-11-29"]},
        id="D9",
    ),
    pytest.param(
        "Frampton Furniture payment system fails\n\n"
        "Frampton Furniture said its payment system failed on Wednesday, two days before "
        "Black Friday, leaving its showrooms unable to take card payments.\n\n"
        "The furniture retailer said the fault had been fixed and that its Black Friday "
        "sale would go ahead.\n",
        "2024-11-28",
        "Frampton Furniture",
        {"start": "2024-11-27", "not_starts": ["2024-11-29"]},
        id="D10",
    ),
    pytest.param(
        "Newbold Books online orders halted ahead of Christmas\n\n"
        "Newbold Books said its online orders failed on Tuesday after a software fault, "
        "a fortnight ahead of Christmas.\n\n"
        "The bookseller said it hoped to be taking orders again by the weekend.\n",
        "2024-12-12",
        "Newbold Books",
        {"start": "2024-12-10", "not_starts": ["2024-12-25"]},
        id="D11",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "expect"),
    with_known_misses(A_CASES + B_CASES + C_CASES + D_CASES, KNOWN_MISSES),
)
def test_blind_round52b(text: str, published: str, org: str, expect: dict[str, Any]) -> None:
    check(run(text, published), org, expect)
