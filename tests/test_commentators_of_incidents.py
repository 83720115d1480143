"""A speaker that judges the incident as a lesson comments on another's incident: 'X said the
outage was a reminder that shops should keep cash tills', 'X said the incident showed how
dependent ports had become'. The victim telling its own incident stays the victim.
Articles invented for these tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names

FAILURE = (
    "Ports hit by haulage system failure\n\n"
    "A software failure at Dunmere Port Logistics held up lorries at three ports on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "comment",
    [
        "Consumer group Shopwise said the outage was a reminder that shops should keep cash tills.",
        "Harbourwatch said the disruption showed how much ports rely on a single supplier.",
    ],
)
def test_a_commentator_of_the_incident_is_no_victim(extract: Any, comment: str) -> None:
    record = extract(FAILURE + comment, published="2025-06-12")
    assert names(record) == ["Dunmere Port Logistics"]


def test_the_victim_telling_its_incident_stays_the_victim(extract: Any) -> None:
    """Guard."""
    text = FAILURE + "Dunmere Port Logistics said the failure had been fixed by Wednesday."
    incident = incident_of(extract(text, published="2025-06-12"), "Dunmere Port Logistics")
    assert incident["role"] == "primary"
