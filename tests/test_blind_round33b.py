"""Blind tests, round 33b: a pause with a stated end to come, and a denial over a list.

How this file was written: blind. The cases were written only from two class
descriptions in a brief (class D: a service paused, closed, suspended or taken
offline until a day still to come is `restoration_expected`; class E: "no",
"none of" or "neither" before a list denies every item of the list). The only
inputs read were `tests/conftest.py` (for its helpers), the output contract
`/work/shared/spec/incident-record.md` and the annotation conventions in
`/work/shared/devset/README.md`. No source under `src/`, no other test file, no
fixture, no test case file and no devset article or gold file was opened, and the
extractor was not run to tune any expectation: each expectation is what the class
description says should happen. Every article below is invented, organisations
included. About a third of each class are guards, where the rule must not fire.
Two cases are strict xfails, with reasons, added after the run; no expectation was changed.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import statuses

_SUFFIX = re.compile(r"\b(ltd|limited|plc|group|inc)\.?$")


def _norm(name: str) -> str:
    name = name.lower().replace("&", "and").strip()
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"'s$", "", name)
    while True:
        stripped = _SUFFIX.sub("", name).strip()
        if stripped == name:
            return name
        name = stripped


def _incident(record: dict[str, Any], name: str) -> dict[str, Any]:
    """The incident of `name`, matched after the devset's name normalisation."""
    wanted = _norm(name)
    for incident in record["incidents"]:
        org = incident["organization"]
        if wanted in {_norm(n) for n in [org["name"], *org["aliases"]]}:
            return incident
    found = [i["organization"]["name"] for i in record["incidents"]]
    raise AssertionError(f"no incident for {name!r}; incidents: {found}")


def _expected_claims(incident: dict[str, Any], service: str) -> list[dict[str, Any]]:
    return [
        claim
        for claim in incident["restoration_claims"]
        if claim["service"] == service and claim["status"] == "restoration_expected"
    ]


# --- Class D: a pause with a stated end to come is an expected return ---------------

D_RETURNS = [
    pytest.param(
        "Pellow Hardware pauses online orders until Friday\n\n"
        "Pellow Hardware Ltd has been hit by a cyber attack that knocked out parts of its "
        "computer network. The DIY chain said shoppers could still visit its 40 branches "
        "as normal. A spokesperson said staff were working with outside specialists to "
        "secure its systems.",
        "2025-03-04",
        "Pellow Hardware Ltd",
        "online_orders",
        id="d_headline_pauses_online_orders_until_friday",
    ),
    pytest.param(
        "Harwick council website shut after cyber attack\n\n"
        "Harwick Borough Council has been hit by a cyber attack on its computer systems. "
        "The council's website is closed until 20 October while engineers rebuild its "
        "servers. Residents have been asked to report missed bin collections by phone.",
        "2024-10-14",
        "Harwick Borough Council",
        "website",
        id="d_council_website_closed_until_dated_day",
    ),
    pytest.param(
        "Stanmere Building Society suffers IT failure\n\n"
        "Stanmere Building Society has suffered a major IT failure after a faulty "
        "software upgrade. Its mobile banking app will stay offline until next Tuesday, "
        "the society said. Members can still pay in cheques at its branches.",
        "2025-06-05",
        "Stanmere Building Society",
        "mobile_app",
        id="d_bank_app_will_stay_offline_until_next_tuesday",
    ),
    pytest.param(
        "Corvane Home Furnishings hit by ransomware\n\n"
        "Corvane Home Furnishings has been hit by a ransomware attack on its warehouse "
        "systems. Home deliveries of sofas and beds have been paused until Monday, the "
        "retailer told customers in an email. Its showrooms are open as usual.",
        "2025-01-29",
        "Corvane Home Furnishings",
        "home_delivery",
        id="d_retailer_deliveries_paused_until_monday",
    ),
    pytest.param(
        "Quillon Software hit by cyber attack\n\n"
        "Quillon Software Ltd has been hit by a cyber attack on its internal network. The "
        "company's customer helpline has been suspended until 17 February while staff are "
        "moved onto new laptops. Clients were told that their accounts appeared to be safe.",
        "2025-02-11",
        "Quillon Software Ltd",
        "customer_service",
        id="d_software_firm_helpline_suspended_until_dated_day",
    ),
    pytest.param(
        "Brennock Healthcare hospitals hit by IT failure\n\n"
        "Brennock Healthcare Group has been hit by an IT failure that took down the "
        "computer network at its three private hospitals. Its outpatient pharmacy is "
        "closed until Thursday, the group said. Patients needing prescriptions have been "
        "sent to local chemists.",
        "2025-05-06",
        "Brennock Healthcare Group",
        "pharmacy",
        id="d_hospital_pharmacy_closed_until_thursday",
    ),
]

D_GUARDS = [
    pytest.param(
        "Fenwright Garden Centres reopen after cyber attack\n\n"
        "Fenwright Garden Centres Ltd was hit by a cyber attack last week that knocked "
        "out its computer systems. Its garden centres were closed from Friday until Monday "
        "while the systems were rebuilt. The company said it had reported the attack to "
        "the Information Commissioner's Office.",
        "2025-09-17",
        "Fenwright Garden Centres Ltd",
        "stores",
        id="d_guard_closure_end_already_passed",  # passes since round 53's outlet kinds
    ),
    pytest.param(
        "Ashvale Learning Trust hit by cyber attack\n\n"
        "Ashvale Learning Trust, which runs six secondary schools, has been hit by a cyber "
        "attack. The trust's website has been taken offline until further notice. Parents "
        "have been asked to contact schools by phone in the meantime.",
        "2025-11-20",
        "Ashvale Learning Trust",
        "website",
        id="d_guard_offline_until_further_notice",
    ),
    pytest.param(
        "Marlowe Street Bank suspends app after cyber attack\n\n"
        "Marlowe Street Bank has been hit by a cyber attack on its payment systems. The "
        "bank's mobile app has been suspended until the investigation is complete. "
        "Customers can still withdraw cash at its branches.",
        "2025-06-05",
        "Marlowe Street Bank",
        "mobile_app",
        id="d_guard_suspended_until_investigation_complete",
    ),
    pytest.param(
        "Tolland Foodstores hit by IT failure\n\n"
        "Tolland Foodstores has suffered an IT failure that brought down its ordering "
        "systems. Home deliveries have been paused until at least Thursday, the "
        "supermarket said. Shoppers with deliveries booked for this week will be "
        "contacted by email.",
        "2025-04-08",
        "Tolland Foodstores",
        "home_delivery",
        id="d_guard_paused_until_at_least_thursday",
    ),
]


@pytest.mark.parametrize(("text", "published", "org", "service"), D_RETURNS)
def test_pause_until_a_day_to_come_is_expected_return(
    extract: Any, text: str, published: str, org: str, service: str
) -> None:
    incident = _incident(extract(text, published=published), org)
    assert statuses(incident).get(service) == "restoration_expected"
    assert _expected_claims(incident, service), incident["restoration_claims"]


@pytest.mark.parametrize(("text", "published", "org", "service"), D_GUARDS)
def test_pause_without_an_end_to_come_is_not_expected_return(
    extract: Any, text: str, published: str, org: str, service: str
) -> None:
    incident = _incident(extract(text, published=published), org)
    found = statuses(incident)
    assert service in found, found
    assert found[service] != "restoration_expected"
    assert not _expected_claims(incident, service), incident["restoration_claims"]


# --- Class E: a denial covers each part of what it denies ---------------------------

E_DENIALS = [
    pytest.param(
        "Kessington Shoes hit by cyber attack\n\n"
        "Kessington Shoes Ltd has been hit by a cyber attack on its head office computer "
        "systems. The company said none of its shops or its website were affected. It has "
        "called in a specialist security firm.",
        "2025-03-12",
        "Kessington Shoes Ltd",
        ["stores", "website"],
        id="e_none_of_shops_or_website",
    ),
    pytest.param(
        "Oakridge Pet Supplies suffers IT outage\n\n"
        "Oakridge Pet Supplies has suffered an IT failure that left its stock system "
        "unable to update for two days. No card payments, online orders or home "
        "deliveries were affected by the outage, the firm said.",
        "2025-07-22",
        "Oakridge Pet Supplies",
        ["card_payments", "online_orders", "home_delivery"],
        id="e_no_before_three_item_list",
    ),
    pytest.param(
        "Dunmore Haulage hit by ransomware\n\n"
        "Dunmore Haulage Ltd has been hit by a ransomware attack on its office network. "
        "None of its warehouses or its customer helpline were affected, the haulier said. "
        "Its lorries kept running throughout the week.",
        "2025-08-14",
        "Dunmore Haulage Ltd",
        ["stock_and_supply", "customer_service"],
        id="e_none_of_warehouses_or_helpline",
    ),
    pytest.param(
        "Pendle Vale council website hit by cyber attack\n\n"
        "Pendle Vale District Council has been hit by a cyber attack that took its website "
        'offline on Tuesday. "None of our internal systems were hit," a council '
        "spokesperson said.",
        "2025-10-02",
        "Pendle Vale District Council",
        ["internal_systems"],
        id="e_none_of_our_internal_systems_were_hit",
    ),
    pytest.param(
        "Halbury Savings Bank hit by cyber attack\n\n"
        "Halbury Savings Bank has been hit by a cyber attack that disrupted its online "
        "banking for several hours. The bank said no customer names, addresses or card "
        "details were taken in the attack.",
        "2025-02-27",
        "Halbury Savings Bank",
        ["customer_data"],
        id="e_no_names_addresses_or_card_details_taken",
    ),
    pytest.param(
        "Greyfield Schools Trust suffers IT failure\n\n"
        "Greyfield Schools Trust has suffered an IT failure that knocked out its email "
        "system for two days. Neither the trust's website nor its mobile app was affected, "
        "a spokesperson said.",
        "2025-09-30",
        "Greyfield Schools Trust",
        ["website", "mobile_app"],
        id="e_neither_website_nor_app",
    ),
    pytest.param(
        "Vantrell Software hit by cyber attack\n\n"
        "Vantrell Software Ltd has been hit by a cyber attack on its development servers. "
        "None of its customers' data, its website or its support helpline were affected, "
        "the company said. Police have been informed.",
        "2025-05-19",
        "Vantrell Software Ltd",
        ["customer_data", "website", "customer_service"],
        id="e_none_of_data_website_or_helpline",
    ),
]

E_GUARDS = [
    pytest.param(
        "Linthorpe Hospitals hit by cyber attack\n\n"
        "Linthorpe Private Hospitals Ltd has been hit by a cyber attack on its booking "
        "systems. There was no warning, its website went down shortly after 8am. Patients "
        "have been asked to attend appointments as planned.",
        "2025-04-15",
        "Linthorpe Private Hospitals Ltd",
        "website",
        "disrupted",
        id="e_guard_no_warning_then_comma_clause",
    ),
    pytest.param(
        "Galloway Clothing hit by IT failure\n\n"
        "Galloway Clothing Ltd has been hit by an IT failure at its head office. None of its "
        "staff could log on to the stock system and the website was down for most of "
        "Saturday.",
        "2025-12-08",
        "Galloway Clothing Ltd",
        "website",
        "disrupted",
        id="e_guard_none_of_staff_then_website_after_verb",
    ),
    pytest.param(
        "Merriton Pharmacy hit by cyber attack\n\n"
        "Merriton Pharmacy Ltd has been hit by a cyber attack on its head office network. "
        "There were no signs that data had been stolen, but card payments failed in all of "
        "its shops for most of the day.",
        "2025-01-16",
        "Merriton Pharmacy Ltd",
        "card_payments",
        "disrupted",
        id="e_guard_no_signs_then_but_clause",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'card payments failed' is no trouble cue: a rule reading any 'fail' as a "
            "disruption was measured and dropped (relay, kinds and longform fell)",
        ),
    ),
]


@pytest.mark.parametrize(("text", "published", "org", "services"), E_DENIALS)
def test_denial_covers_every_item_of_its_list(
    extract: Any, text: str, published: str, org: str, services: list[str]
) -> None:
    incident = _incident(extract(text, published=published), org)
    found = statuses(incident)
    for service in services:
        assert found.get(service) == "unaffected", (service, found)


@pytest.mark.parametrize(("text", "published", "org", "service", "status"), E_GUARDS)
def test_denial_does_not_reach_past_its_list(
    extract: Any, text: str, published: str, org: str, service: str, status: str
) -> None:
    incident = _incident(extract(text, published=published), org)
    assert statuses(incident).get(service) == status
