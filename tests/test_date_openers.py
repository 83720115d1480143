"""A limit's word opens the date's own phrase (issue 13, start dates): 'by', 'until' or 'from'
right before a date, or before a part of the day and the date ('until noon Friday'), make it
a limit still to come, but not when a noun or a verb heads the phrase they open ('could not
pay by card on Monday': 'by' opens 'by card', and Monday is the past one). Every article here
is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import start_values

Extract = Callable[..., dict[str, Any]]


def test_by_before_a_noun_is_no_limit_on_the_date_after(extract: Extract) -> None:
    incident = extract(
        "Shoppers hit\n\n"
        "Wrayford Foods customers could not pay by card on Monday after a ransomware attack.",
        "2025-05-20",
    )["incidents"][0]
    assert start_values(incident) == ["2025-05-19"]


def test_a_part_of_the_day_belongs_to_the_date(extract: Extract) -> None:
    """A guard a review ran against the first version: 'until noon Friday' is still a limit
    to come, 'noon' being the date's own word."""
    incident = extract(
        "Stores closed\n\n"
        "Wrayford Foods was hit by a cyber attack last week. Its stores remain closed until noon "
        "Friday.",
        "2025-05-20",
    )["incidents"][0]
    assert [d["value"] for d in incident["dates"] if d["text"] == "Friday"] == ["2025-05-23"]
