"""A return expected later in a period that is still running ("will return later this month",
"is expected back later this week", "by the end of the year") is the story's expectation now
(issue 13, story time): the period's first day, before the day of publication, must not put it
before the failure the lede told. Every article here is written for these tests; the
this-week and this-year cases passed on the code before (a week that began on the lede's own
Monday, a year's end read as a day to come) and stand beside the month as its family."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Cyber attack hits Dunmere Stores\n\n"
    "Dunmere Stores said a cyber attack on Monday knocked out its app and its loyalty scheme. "
)
PUBLISHED = "2025-06-12"  # a Thursday, in the middle of June


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("The company said the app will return later this month.", id="this-month"),
        pytest.param("The app is expected back later this month, it said.", id="expected-back"),
        pytest.param("The company said the app would return later this week.", id="this-week"),
        pytest.param(
            "A spokesman said the app would be back before the end of the year.", id="this-year"
        ),
    ],
)
def test_a_return_expected_later_this_period_is_expected_now(extract: Extract, told: str) -> None:
    incident = incident_of(extract(OPENING + told, published=PUBLISHED), "Dunmere Stores")
    assert statuses(incident)["mobile_app"] == "restoration_expected"
    assert statuses(incident)["loyalty_program"] == "disrupted"


def test_an_expectation_this_month_outlasts_a_stop_told_in_the_present(extract: Extract) -> None:
    """'has stopped taking click and collect orders' holds now; so does the expectation of a
    return later this month told after it in reported speech ('would be back'), whose
    saying is in the past."""
    record = extract(
        "Harwick Home halts click and collect\n\n"
        "Harwick Home has stopped taking click and collect orders after a failure in the "
        "system that sends online orders to its shops. Click and collect would be back later "
        "this month, the retailer said.",
        published=PUBLISHED,
    )
    found = statuses(incident_of(record, "Harwick Home"))
    assert found["click_and_collect"] == "restoration_expected"


def test_an_expectation_of_a_period_gone_by_is_overtaken(extract: Extract) -> None:
    """Guard: what the company 'had expected' last month is not its expectation now."""
    record = extract(
        OPENING + "The company said it had expected the app to return last month.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Dunmere Stores"))["mobile_app"] == "disrupted"


def test_a_return_told_last_month_stays_in_last_month(extract: Extract) -> None:
    """Guard: a return dated to a period already over is no expectation pulled to now."""
    record = extract(
        "Dunmere Stores app down again\n\n"
        "The Dunmere Stores app, which came back last month after a cyber attack, went down "
        "again on Monday, the company said.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Dunmere Stores"))["mobile_app"] == "disrupted"
