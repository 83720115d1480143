"""Guards from the review of round 66 (5207d14..91314f9): counter-examples to the bounded
pattern runs, the dates before relative clauses and the excepted services. Each case fails
on 91314f9. Articles written by the reviewer or for these tests; organisation names invented."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import claims, incident_of, statuses

PUBLISHED = "2025-10-08"  # a Wednesday
LEDE = "Marlow Foods was hit by a cyber attack last week. "


def _marlow(extract: Any, text: str) -> dict[str, Any]:
    return incident_of(extract(LEDE + text, published=PUBLISHED), "Marlow Foods")


def test_a_long_run_of_owner_words_still_names_the_data_taken(extract: Any) -> None:
    record = extract(
        "Harlow Homes said hackers stole files relating to some of the thousands of its "
        "current and former tenants in a cyber attack last week.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Harlow Homes")["data_compromised"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Card payments return on Monday, a move that will please shoppers.",
        "Its stores reopen on Monday, which will please shoppers.",
    ],
)
def test_a_return_in_the_present_before_a_relative_clause_is_still_to_come(
    extract: Any, text: str
) -> None:
    days = [d["value"] for d in _marlow(extract, text)["dates"] if d["text"] == "Monday"]
    assert days == ["2025-10-13"]


@pytest.mark.parametrize(
    ("text", "service", "status"),
    [
        # the exception's words end at a comma: the main clause's subject is no exception
        (
            "Other than that, the website is working normally, the company said.",
            "website",
            "unaffected",
        ),
        (
            "Apart from the website, the app was taken offline, and no customer data was taken.",
            "mobile_app",
            "suspended",
        ),
        # each excepted service is left out of the rest, not read as the rest
        ("Everything is back except the app and the website.", "website", "disrupted"),
        # a list of exceptions longer than the reach of the first word
        (
            "Everything is back to normal except for the online gift card shop and click and "
            "collect.",
            "click_and_collect",
            "disrupted",
        ),
        # a whole denied: the excepted one was affected
        (
            "No services other than email were affected, the company said.",
            "internal_systems",
            "disrupted",
        ),
        # the excepted service's own clause: its latest state
        (
            "Everything is working again except the app, which has been offline since Monday "
            "and will return on Friday.",
            "mobile_app",
            "restoration_expected",
        ),
        # guards from the review of the mends: a listed service with a verb of its own
        (
            "All services are back apart from gift cards, and home delivery resumed on Monday.",
            "home_delivery",
            "restored",
        ),
        # a negation shared by both participles of the excepted service's clause
        (
            "Everything is back except the app, which has not been fixed or restored.",
            "mobile_app",
            "disrupted",
        ),
        # quotation marks inside the exception
        (
            'Everything is back except its "Sparks" loyalty scheme.',
            "loyalty_program",
            "disrupted",
        ),
    ],
)
def test_an_exception_reads_its_own_service_only(
    extract: Any, text: str, service: str, status: str
) -> None:
    assert statuses(_marlow(extract, text)).get(service) == status


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # 'no' before a trouble word, not the whole: the denial is already read
        ("There was no disruption to services other than email.", "internal_systems"),
        # 'No' of another clause
        (
            "No customers were affected, and services other than the website are back.",
            "website",
        ),
    ],
)
def test_a_no_that_denies_no_whole_flips_nothing(extract: Any, text: str, service: str) -> None:
    assert statuses(_marlow(extract, text)).get(service) != "unaffected"


def test_barring_is_a_condition_not_a_part_left_out(extract: Any) -> None:
    told = claims(_marlow(extract, "Card payments are back, barring any further problems."))
    assert ("card_payments", "restored") in told


@pytest.mark.parametrize(
    "text",
    [
        "Everything is back save for gift cards.",
        "All systems are back except the app.",
    ],
)
def test_a_return_of_the_whole_an_exception_limits_is_partial(extract: Any, text: str) -> None:
    told = claims(_marlow(extract, text))
    assert {(None, "partially_restored"), ("internal_systems", "partially_restored")} & set(told)
    assert ("internal_systems", "restored") not in told and (None, "restored") not in told
