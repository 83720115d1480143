"""Ransomware told by its family (issue 13, types): an attack by a known ransomware family,
named without the word 'ransomware' ('an attack by the Rhysida gang', 'hit by LockBit', 'a
Black Basta attack'; cues.json pattern_words
'ransomware_families'), is a ransomware attack, for the story's victim and for another
organisation recalled for its own attack. A family named for something other than an attack
on the organisation ('a LockBit affiliate was arrested') gives it no attack kind. Every
article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

FAMILY_ATTACKS = [
    pytest.param(
        "Kenwick Council",
        "Kenwick Council systems down\n\n"
        "Kenwick Council said its systems had been taken offline after an attack by the "
        "Rhysida gang on Sunday.",
        id="an-attack-by-the-family",
    ),
    pytest.param(
        "Stickney Foods",
        "Stickney Foods hit by LockBit\n\n"
        "Stickney Foods said on Monday it had been hit by LockBit, and that its warehouse "
        "systems were down.",
        id="hit-by-the-family",
    ),
    pytest.param(
        "Tattersall Library",
        "Kenwick Council systems down\n\n"
        "Kenwick Council said a cyber attack had taken its website offline on Monday.\n\n"
        "Last year the Tattersall Library lost its catalogue for weeks in a Black Basta "
        "attack.",
        id="a-family-attack-recalled",
    ),
    pytest.param(
        "Stickney Foods",
        "Stickney Foods systems down\n\n"
        "Stickney Foods said its warehouse systems had been knocked out in an Akira attack "
        "on Sunday.",
        id="an-attack-of-the-family",
    ),
]


@pytest.mark.parametrize(("victim", "text"), FAMILY_ATTACKS)
def test_an_attack_by_a_ransomware_family_is_ransomware(
    extract: Extract, victim: str, text: str
) -> None:
    incident = incident_of(extract(text, "2025-05-16"), victim)
    assert "ransomware" in incident["incident_types"], incident["incident_types"]


def test_a_family_named_for_an_arrest_gives_no_kind(extract: Extract) -> None:
    text = (
        "Kenwick Council website down\n\n"
        "Kenwick Council said a fault at its hosting provider had taken its website offline "
        "on Monday. Separately, police said a LockBit affiliate had been arrested in Spain."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Kenwick Council")
    assert "ransomware" not in incident["incident_types"], incident["incident_types"]
