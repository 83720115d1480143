"""Named days of the year are dates (issue 13, start dates): 'detected the attack on New
Year's Eve', 'on Boxing Day', 'on Thanksgiving Day', 'Black Friday' resolve to their day
(`holidays` in date_patterns.json: a fixed day, or the nth weekday of a month and the days
after it), the nearest one to the reference, so a holiday weeks away is the coming one ('as
Black Friday nears') and no start. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from conftest import incident_of, start_values, statuses
from incident_extract.dates import resolve

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("text", "reference", "day"),
    [
        ("New Year's Eve", date(2024, 1, 10), date(2023, 12, 31)),
        ("Boxing Day", date(2024, 1, 10), date(2023, 12, 26)),
        ("Thanksgiving Day", date(2024, 12, 2), date(2024, 11, 28)),
        ("Black Friday", date(2024, 12, 2), date(2024, 11, 29)),
        ("Black Friday", date(2023, 11, 22), date(2023, 11, 24)),
        ("Memorial Day", date(2024, 6, 10), date(2024, 5, 27)),
        ("Labor Day", date(2024, 9, 20), date(2024, 9, 2)),
    ],
)
def test_a_named_day_resolves_to_its_nearest_day(text: str, reference: date, day: date) -> None:
    resolved = resolve(text, reference)
    assert resolved is not None and resolved.value == day


@pytest.mark.parametrize(
    ("victim", "text", "published", "start"),
    [
        pytest.param(
            "Tollerton Travel",
            "Tollerton Travel hit by ransomware\n\n"
            "Tollerton Travel said it detected the ransomware attack on New Year's Eve and "
            "took its booking systems offline.",
            "2024-01-10",
            "2023-12-31",
            id="new-years-eve",
        ),
        pytest.param(
            "Hebden Tools",
            "Hebden Tools says website back after attack\n\n"
            "Hebden Tools said its website went down on Thanksgiving Day after a cyber attack, "
            "and was back on Saturday.",
            "2024-12-03",
            "2024-11-28",
            id="thanksgiving-day",
        ),
    ],
)
def test_a_named_day_dates_the_start(
    extract: Extract, victim: str, text: str, published: str, start: str
) -> None:
    incident = incident_of(extract(text, published), victim)
    assert start_values(incident) == [start]


def test_a_coming_holiday_is_no_start(extract: Extract) -> None:
    """Guard (passes on the code before the rule, which read no holiday)."""
    text = (
        "Lythe Logistics app down as Black Friday nears\n\n"
        "Lythe Logistics said a cyber attack on Tuesday 14 November had knocked out its "
        "tracking app. The app was still down two days before Black Friday."
    )
    incident = incident_of(extract(text, "2023-11-22"), "Lythe Logistics")
    assert start_values(incident) == ["2023-11-14"]


def test_a_holiday_months_back_is_last_years(extract: Extract) -> None:
    """A past clause told months after the holiday: the last one, never one to come."""
    text = (
        "Grayson Hardware website back after attack\n\n"
        "Grayson Hardware said its website went down on Labor Day after a cyber attack and "
        "was only fully restored this week."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Grayson Hardware")
    assert start_values(incident) == ["2024-09-02"]
    assert statuses(incident).get("website") == "restored"


def test_a_holiday_before_a_noun_names_no_day(extract: Extract) -> None:
    text = (
        "Grayson Hardware website crashes\n\n"
        "Grayson Hardware said its website crashed on Saturday after a cyber attack, days "
        "after its Labor Day sales ended."
    )
    incident = incident_of(extract(text, "2025-09-10"), "Grayson Hardware")
    assert start_values(incident) == ["2025-09-06"]


def test_a_holiday_before_the_incident_it_dates_is_its_day(extract: Extract) -> None:
    text = (
        "Burwash Health diverts ambulances after Thanksgiving ransomware attack\n\n"
        "Burwash Health said it had diverted ambulances from its two hospitals while it "
        "restored its systems."
    )
    incident = incident_of(extract(text, "2023-11-27"), "Burwash Health")
    assert start_values(incident) == ["2023-11-23"]
