"""A theft feared, not told (issue 13, data compromised): a verb of fearing or worrying with a
clause of its own, no "that" between ('customers fear their personal details have been
stolen', 'shoppers worried their card details had been taken') tells what people are afraid
of, not that data was taken: no data breach, data_compromised left unsaid, as 'fears that'
already was. A theft the story tells, with a fear of what comes next ('shoppers fear the
data will be sold'), is still a theft. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

FEARED = [
    pytest.param(
        "Wrayford Foods was hit by a cyber attack on Monday. Customers fear their personal "
        "details have been stolen, but the company said there was no sign of that.",
        id="fear-without-that",
    ),
    pytest.param(
        "Wrayford Foods was hit by a cyber attack on Monday. Shoppers worried their card details "
        "had been taken after the attack.",
        id="worried-without-that",
    ),
]


@pytest.mark.parametrize("body", FEARED)
def test_a_feared_theft_is_no_theft(extract: Extract, body: str) -> None:
    incident = extract("Grocer data\n\n" + body, "2025-05-20")["incidents"][0]
    assert "data_breach" not in incident["incident_types"]
    assert incident["data_compromised"] is None
    assert statuses(incident).get("customer_data") != "compromised"


def test_a_told_theft_with_a_fear_of_what_comes_next_is_a_theft(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    incident = extract(
        "Grocer data\n\n"
        "Wrayford Foods was hit by a cyber attack on Monday. Hackers stole customers' card "
        "details, the company said, and shoppers fear the data will be sold.",
        "2025-05-20",
    )["incidents"][0]
    assert "data_breach" in incident["incident_types"]
    assert incident["data_compromised"] is True


def test_a_fear_with_a_noun_object_leaves_the_told_theft(extract: Extract) -> None:
    """A guard a review ran against the first version, which held the theft open."""
    incident = extract(
        "Payroll data\n\n"
        "Wrayford Foods was hit by a cyber attack on Monday. Staff fear reprisals because "
        "hackers stole their payroll records.",
        "2025-05-20",
    )["incidents"][0]
    assert incident["data_compromised"] is True
