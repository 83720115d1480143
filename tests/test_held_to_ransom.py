"""Held to ransom (issue 12, who was hit): an organisation 'held to ransom' by hackers was hit
(cues.json victim cue), and held to ransom by criminals, hackers or a gang is an incident
whether or not the story names it in other words (cues.json incident patterns). Advice on
what to do when held to ransom, and the figure of speech ('held to ransom by landlords'),
tell of no one hit. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

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


FIGURES_OF_SPEECH = [
    pytest.param(
        "Tenants in Dunsford say they are being held to ransom by landlords, the housing "
        "charity Roofline said on Thursday.",
        id="by-landlords",
    ),
    pytest.param(
        "Dunsford Council tenants say they are being held to ransom by criminal landlords.",
        id="by-criminal-landlords",
    ),
    pytest.param(
        "Hillside Farmers Union said on Thursday that members were being held to ransom by "
        "the Severn Water group.",
        id="by-a-company-group",
    ),
    pytest.param(
        "Hebrian Council said on Thursday that islanders were being held to ransom by the "
        "ferry operator, Westsound Ferries.",
        id="by-an-operator",
    ),
]


@pytest.mark.parametrize("body", FIGURES_OF_SPEECH)
def test_held_to_ransom_by_anyone_but_attackers_is_a_figure_of_speech(
    extract: Extract, body: str
) -> None:
    """Guards: the first and the last passed on the old code and on the rule's first version
    too; the other two are doer words that first version took for attackers."""
    assert extract("Rents soar\n\n" + body, "2024-11-14")["incidents"] == []


ATTACKERS = [
    pytest.param("by cyber criminals", id="intruders-with-their-modifier"),
    pytest.param("by a ransomware gang", id="a-gang-told-by-its-trade"),
]


@pytest.mark.parametrize("doers", ATTACKERS)
def test_held_to_ransom_by_attackers_is_an_incident(extract: Extract, doers: str) -> None:
    record = extract(
        "Brewery held to ransom\n\n"
        f"Hallowmere Cider has been held to ransom {doers}, the company said on Thursday.",
        "2024-11-14",
    )
    assert incident_of(record, "Hallowmere Cider")["role"] == "primary"


ANY_GANG = [
    pytest.param("Harlow Taxis said it was being held to ransom by the Kinahan gang.", id="gang"),
    pytest.param(
        "Harlow Hauliers said its drivers were being held to ransom by the OPEC cartel.",
        id="cartel",
    ),
]


@pytest.mark.parametrize("body", ANY_GANG)
def test_a_gang_by_name_alone_is_no_attacker(extract: Extract, body: str) -> None:
    """Guards a review ran against the first version: a gang or cartel by its name alone may
    be no attacker of computers."""
    assert extract("Firm held to ransom\n\n" + body, "2024-11-14")["incidents"] == []
