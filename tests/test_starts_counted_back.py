"""A trouble dated by a count back from a day its sentence gives ('its website was restored on
Friday, two days after hackers took it offline') started that many days before (issue 13,
start dates): where no day of the start is written outright, as news rounds such counts; a
count back from a return still to come, or before no trouble, dates nothing. Every article
here is written for these tests; the class cases fail on the code before, and the guards
passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import start_days

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-14"  # a Saturday


@pytest.mark.parametrize(
    ("told", "start"),
    [
        pytest.param(
            "Ravelston Books said its website was restored on Friday, two days after hackers "
            "took it offline.",
            "2025-06-11",
            id="two-days",
        ),
        pytest.param(
            "Card payments were working again on Thursday at Ravelston Books, a day after an "
            "outage left its shops unable to take cards.",
            "2025-06-11",
            id="a-day",
        ),
    ],
)
def test_a_trouble_counted_back_from_a_day_starts_then(
    extract: Extract, told: str, start: str
) -> None:
    incident = incident_of(extract(told + "\n", published=PUBLISHED), "Ravelston Books")
    assert start_days(incident) == [start]


def test_a_day_written_outright_comes_first(extract: Extract) -> None:
    """Guard: the count is news's rounding; the day the text writes is the start."""
    text = (
        "Ravelston Books said its website was restored on Friday, three days after hackers "
        "took it offline. The attack began on Tuesday 10 June, the company said.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Ravelston Books")
    assert start_days(incident) == ["2025-06-10"]


def test_a_count_back_from_a_return_to_come_dates_nothing(extract: Extract) -> None:
    """Guard: 'back next week, nine days after' counts from a day still to come."""
    text = (
        "Ravelston Books said its website would be back next week, nine days after hackers "
        "took it offline.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Ravelston Books")
    assert start_days(incident) == []
