"""Ransomware told by its family (issue 13, types): an attack by a known ransomware family,
named without the word 'ransomware' ('an attack by the Rhysida gang', 'hit by LockBit', 'a
Black Basta attack'; cues.json pattern_words
'ransomware_families'), is a ransomware attack, for the story's victim and for another
organisation recalled for its own attack. Families whose names are also words or people's
names count only beside a gang noun ('an attack by the Black Basta gang'), so an exhibition,
a person or a company of that name gives no kind; a family named for something other than an
attack on the organisation ('a LockBit affiliate was arrested') gives none either. Every
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
        "Stickney Foods said its warehouse systems had been knocked out in a Qilin attack "
        "on Sunday.",
        id="an-attack-of-the-family",
    ),
    pytest.param(
        "Stickney Foods",
        "Stickney Foods systems down\n\n"
        "Stickney Foods said its warehouse systems were down after a LockBit cyber attack.",
        id="a-family-cyber-attack",
    ),
    pytest.param(
        "Kenwick Council",
        "Kenwick Council systems down\n\n"
        "Kenwick Council said its systems had been taken offline after an attack by the "
        "Black Basta gang on Sunday.",
        id="an-ambiguous-family-with-a-gang-noun",
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


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Visitor numbers at its museum had also been hit by the Medusa exhibition "
            "closing early.",
            id="an-exhibition",
        ),
        pytest.param(
            "The council was attacked by Marco Conti, the opposition leader, over its "
            "handling of the outage.",
            id="a-person",
        ),
        pytest.param(
            "Its booking system had been hit by the Akira Software outage as well.",
            id="a-company",
        ),
    ],
)
def test_a_familys_name_as_an_ordinary_name_gives_no_kind(extract: Extract, sentence: str) -> None:
    text = (
        "Kenwick Council website down\n\n"
        "Kenwick Council said a fault at its hosting provider had taken its website offline "
        f"on Monday. {sentence}"
    )
    incident = incident_of(extract(text, "2025-05-16"), "Kenwick Council")
    assert "ransomware" not in incident["incident_types"], incident["incident_types"]
