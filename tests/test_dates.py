"""Date resolution against a reference date; nothing relative is guessed without one."""

from __future__ import annotations

from datetime import date

import pytest

from incident_extract.dates import published_from_text, resolve

THURSDAY = date(2025, 5, 15)


@pytest.mark.parametrize(
    ("text", "future", "value", "granularity", "approximate"),
    [
        ("Wednesday", False, "2025-05-14", "day", False),
        ("on Thursday", False, "2025-05-15", "day", False),
        ("Saturday", True, "2025-05-17", "day", False),
        ("the weekend", True, "2025-05-17", "week", True),
        ("the weekend", False, "2025-05-10", "week", True),
        ("last week", False, "2025-05-05", "week", True),
        ("almost two weeks ago", False, "2025-05-01", "week", True),
        ("earlier this month", False, "2025-05-01", "month", True),
        ("25 April", False, "2025-04-25", "day", False),
        ("June 20", False, "2024-06-20", "day", False),  # a past event cannot be in the future
        ("June 20", True, "2025-06-20", "day", False),
        ("between Nov. 27 and Dec. 15", False, "2024-11-27", "day", False),
        ("Easter weekend", False, "2025-04-19", "week", True),
        ("December 19, 2013", False, "2013-12-19", "day", False),
        ("March 2024", False, "2024-03-01", "month", False),
    ],
)
def test_resolves_against_the_reference_date(text, future, value, granularity, approximate) -> None:  # type: ignore[no-untyped-def]
    resolved = resolve(text, THURSDAY, future)
    assert resolved is not None
    assert resolved.value is not None and resolved.value.isoformat() == value
    assert resolved.granularity.value == granularity
    assert resolved.approximate is approximate


def test_weekday_across_a_year_boundary() -> None:
    resolved = resolve("Tuesday", date(2025, 1, 2), future=False)  # a Thursday
    assert resolved is not None and resolved.value == date(2024, 12, 31)


@pytest.mark.parametrize(
    "text", ["more than three weeks", "three days", "for six days", "several hours"]
)
def test_durations_are_not_dates(text: str) -> None:
    assert resolve(text, THURSDAY) is None


@pytest.mark.parametrize("text", ["Wednesday", "last week", "25 April", "almost two weeks ago"])
def test_without_reference_relative_dates_stay_null(text: str) -> None:
    resolved = resolve(text, None)
    assert resolved is not None and resolved.value is None and resolved.relative


def test_absolute_date_resolves_without_reference() -> None:
    resolved = resolve("21 November 2024", None)
    assert resolved is not None and resolved.value == date(2024, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nPublished 14 May 2025\n\nBody.", date(2025, 5, 14)),
        ("Headline\n14/05/2025 09:41\nBody.", date(2025, 5, 14)),
        ("Headline\nUpdated: Tue 22 Apr 2025\nBody.", date(2025, 4, 22)),
        ("Headline\nThe attack began in 2024 and is still going on.\n", None),
    ],
)
def test_dateline_in_the_text(text: str, expected: date | None) -> None:
    assert published_from_text(text) == expected
