"""Held to ransom (issue 12, who was hit): an organisation 'held to ransom' by hackers was hit
(cues.json victim cue), and held to ransom by criminals, hackers or a gang is an incident
whether or not the story names it in other words (cues.json incident patterns). Advice on
what to do when held to ransom, and the figure of speech ('held to ransom by landlords'),
tell of no one hit. Every article here is written for these tests."""

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


def test_held_to_ransom_by_criminals_is_an_incident(extract: Extract) -> None:
    """No other incident word: the ransom and its doers tell it."""
    record = extract(
        "Brewery held to ransom\n\n"
        "Hallowmere Cider has been held to ransom by criminals, the company said on Thursday. "
        "Its bottling line has been idle since Tuesday.",
        "2024-11-14",
    )
    assert incident_of(record, "Hallowmere Cider")["role"] == "primary"


def test_held_to_ransom_by_anyone_else_is_a_figure_of_speech(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    record = extract(
        "Rents soar\n\n"
        "Tenants in Dunsford say they are being held to ransom by landlords, the housing "
        "charity Roofline said on Thursday.",
        "2024-11-14",
    )
    assert record["incidents"] == []
