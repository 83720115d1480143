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
    ("text", "service", "wrong"),
    [
        # the exception's words end at a comma: the main clause's subject is no exception
        (
            "Other than that, the website is working normally, the company said.",
            "website",
            "disrupted",
        ),
        (
            "Apart from the website, the app was taken offline, and no customer data was taken.",
            "mobile_app",
            "unaffected",
        ),
        # each excepted service is left out of the rest, not read as the rest
        ("Everything is back except the app and the website.", "website", "unaffected"),
        # a list of exceptions longer than the reach of the first word
        (
            "Everything is back to normal except for the online gift card shop and click and "
            "collect.",
            "click_and_collect",
            "restored",
        ),
        # a whole denied: the excepted one was affected
        (
            "No services other than email were affected, the company said.",
            "internal_systems",
            "unaffected",
        ),
        # the excepted service's own clause: its latest state
        (
            "Everything is working again except the app, which has been offline since Monday "
            "and will return on Friday.",
            "mobile_app",
            "disrupted",
        ),
    ],
)
def test_an_exception_reads_its_own_service_only(
    extract: Any, text: str, service: str, wrong: str
) -> None:
    assert statuses(_marlow(extract, text)).get(service) != wrong


@pytest.mark.parametrize(
    "text",
    [
        "Everything is back save for gift cards.",
        "All systems are back except the app.",
    ],
)
def test_a_return_of_the_whole_an_exception_limits_is_partial(extract: Any, text: str) -> None:
    told = claims(_marlow(extract, text))
    assert ("internal_systems", "restored") not in told and (None, "restored") not in told
