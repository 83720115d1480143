"""Counter-examples from the style review of round 58 (d0d7b1f..6d03dc0), each written by the
reviewer and run on both ends: every test here fails on 6d03dc0 unless marked a guard. They
keep the round's rules from reaching past their classes: a disclosure needs people's data and
a place it went, a file's contents are taken only when told held, capitals before a
description are a tabloid's, an expectation is held from when it was said, a part back is
partial only with its own rest, and an account is the business's only when it is its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]
PUBLISHED = "2025-06-12"  # a Thursday


def types_of(record: dict[str, Any]) -> set[str]:
    return {t for incident in record["incidents"] for t in incident["incident_types"]}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Dunmere Stores was hit by a ransomware attack on Monday. The company said backups "
            "of customer files were left on a separate server that the attackers did not "
            "reach, so it could restore its systems quickly.",
            id="backups-left-on-a-server",
        ),
        pytest.param(
            "Dunmere Stores said its website was down for six hours on Monday after a power "
            "cut. Customer records were left on its servers untouched, it said.",
            id="records-left-untouched",
        ),
        pytest.param(
            "Tessmoor Foods said payslips were sent a day late through human error, and staff "
            "would be paid on time.",
            id="sent-late-by-mistake",
        ),
        pytest.param(
            "Hallam Bank said on Monday that 20,000 customers' paper statements were sent "
            "twice in error after a printing fault, and apologised for the confusion.",
            id="sent-twice-in-error",
        ),
        pytest.param(
            "Elmsworth Borough Council said draft budget documents were published on its "
            "website by mistake on Monday, a week before councillors were due to see them.",
            id="budget-published-early",
        ),
        pytest.param(
            "Dunmere Stores outage\n\nDunmere Stores said its website crashed on Monday and "
            "customer emails went unanswered for two days after a software update was released "
            "in error.",
            id="update-released-in-error",
        ),
        pytest.param(
            "Hallam Energy said a spreadsheet blunder led it to overcharge 3,000 customers last "
            "winter, and it would refund them.",
            id="spreadsheet-blunder",
        ),
        pytest.param(
            "Tessmoor Foods said hackers stole a file from its payroll server last week. The "
            "file contained no bank details or other staff data, the company said.",
            id="file-contained-no-data",
        ),
        pytest.param(
            "Hackers accessed email accounts at Tessmoor Foods last week. It gave customers' "
            "addresses to police as a precaution.",
            id="it-gave",
        ),
    ],
)
def test_no_data_breach_where_no_personal_data_went_out(extract: Extract, text: str) -> None:
    record = extract(text, published=PUBLISHED)
    assert "data_breach" not in types_of(record)
    assert not any(incident["data_compromised"] for incident in record["incidents"])


def test_a_name_before_customer_and_a_person_stays_a_name(extract: Extract) -> None:
    record = extract(
        "Dunmere Stores customer Jane Hill said she could not pay by card on Monday. The "
        "retailer said its tills had gone down in all 40 of its shops after an IT fault.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Dunmere Stores"))["card_payments"] == "disrupted"


def test_a_vendor_apologising_for_a_clients_breach_is_not_its_victim(extract: Extract) -> None:
    record = extract(
        "Hackers broke into Yarrow Rail's booking system on Monday through software made by "
        "Brask Systems. Brask Systems apologised for the breach, which exposed passengers' "
        "names.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Yarrow Rail")["role"] == "primary"


def test_an_expectation_is_held_from_when_it_was_said(extract: Extract) -> None:
    record = extract(
        "Cyber attack hits Dunmere Stores\n\nDunmere Stores said a cyber attack on 2 June "
        "knocked out its app. The app will return later this month, it said on 3 June. A "
        "second attack took the app down again on Wednesday.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Dunmere Stores"))["mobile_app"] != "restoration_expected"


OPENING = "Cyber attack hits Dunmere Stores\n\nDunmere Stores said a cyber attack on Monday "


@pytest.mark.parametrize(
    ("told", "service", "status"),
    [
        pytest.param(
            "knocked out card payments in its shops. Card payments return to most shops next "
            "Monday, it said.",
            "card_payments",
            "restoration_expected",
            id="future-partial",
        ),
        pytest.param(
            "knocked out its app. The app is working again, but staff are expected to return "
            "to the office next week.",
            "mobile_app",
            "restored",
            id="others-return-to-the-office",
        ),
        pytest.param(
            "knocked out its app, its website and its loyalty scheme. The app is back, and the "
            "others should follow next week.",
            "mobile_app",
            "restored",
            id="the-others-are-other-services",
        ),
    ],
)
def test_a_return_is_partial_only_with_its_own_rest(
    extract: Extract, told: str, service: str, status: str
) -> None:
    record = extract(OPENING + told, published=PUBLISHED)
    assert statuses(incident_of(record, "Dunmere Stores"))[service] == status


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        pytest.param(
            "Tallon Homes said on Monday that fraudsters had compromised its builder's email "
            "account and sent it fake invoices worth £50,000.",
            "Tallon Homes",
            id="builders-account",
        ),
        pytest.param(
            "Hackers compromised the email accounts of thousands of Dunmere Stores customers by "
            "reusing passwords stolen elsewhere, the retailer said on Monday. Its own systems "
            "were not breached.",
            "Dunmere Stores",
            id="customers-accounts",
        ),
        pytest.param(
            "Hallam Council said on Monday that hackers had taken over the personal email "
            "account of its leader, Councillor Jane Reed, and used it to send phishing "
            "messages.",
            "Hallam Council",
            id="personal-account",
        ),
    ],
)
def test_an_account_not_its_own_is_not_its_system(extract: Extract, text: str, victim: str) -> None:
    record = extract(text, published=PUBLISHED)
    assert statuses(incident_of(record, victim)).get("internal_systems") != "compromised"


def test_a_fallback_for_a_future_failure_is_no_return(extract: Extract) -> None:
    record = extract(
        "Cyber attack hits Harwick Home\n\nHarwick Home said a cyber attack on Monday knocked "
        "out card payments in its shops. Shoppers can pay cash should card payments fail "
        "again, the retailer said on Wednesday.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Harwick Home"))["card_payments"] == "disrupted"
