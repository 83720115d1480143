"""Held to ransom (issue 12, who was hit): an organisation 'held to ransom' by hackers was hit
(cues.json victim cue), whether or not the story names the incident in other words. Advice on
what to do when held to ransom tells of no one hit. Every article here is written for these
tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]


def test_an_organisation_held_to_ransom_was_hit(extract: Extract) -> None:
    record = extract(
        "Bakery supplier held to ransom\n\n"
        "Mellor Bakes, a bakery supplier in Lancashire, said on Monday it had been held to "
        "ransom by hackers who took its ordering system offline.",
        "2025-05-20",
    )
    assert incident_of(record, "Mellor Bakes")["role"] == "primary"


def test_advice_on_being_held_to_ransom_reports_no_incident(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    record = extract(
        "Councils warn on ransom demands\n\n"
        "Pennington Council said on Monday that councils should never pay when held to "
        "ransom, in guidance published for local authorities.",
        "2025-05-20",
    )
    assert record["incidents"] == []
