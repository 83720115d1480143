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


def test_a_victim_judging_its_own_incident_stays_the_victim(extract: Any) -> None:
    """Guard from the second review of round 62."""
    text = (
        "Council hit\n\n"
        "Marlow District Council said on Tuesday its website and phone lines were down after a "
        "cyber attack. Marlow District Council said the incident showed how much residents "
        "relied on online services."
    )
    incident = incident_of(extract(text, published="2025-06-10"), "Marlow District Council")
    assert incident["role"] == "primary"


def test_a_theft_told_after_a_saying_is_no_judgement(extract: Any) -> None:
    """Guard from the second review of round 62: 'revealed that a cyber attack had exposed
    ...' tells an incident; 'exposed' judges nothing."""
    text = (
        "Retailer breach\n\n"
        "Hackers stole the card details of 20,000 customers of Wellbrook Stores, the retailer "
        "said on Monday.\n\n"
        "Last month telecoms firm Corvanta revealed that a cyber attack had exposed the "
        "personal information of 9 million customers."
    )
    incident = incident_of(extract(text, published="2025-06-10"), "Corvanta")
    assert incident["data_compromised"] is True
