"""Two classes of who was hit (issue 12), on text written for these tests.

A firm that says the incident did not reach its own things ('the incident did not involve its
own systems', 'had no impact on its network', 'did not affect any Hexley infrastructure') was
spared: its report of the incident makes it no victim, while a firm that tells its own systems
hit stays one.

A name the model calls a place, described by its software in a relative clause ('Corvane, whose
software runs scheduling for dental practices'), is an organisation: a place has no software."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Vets cancel appointments after ransomware attack on Brindle Health\n\n"
    "Brindle Health, which supplies booking software to 900 veterinary practices, said a "
    "ransomware attack on Monday had taken its platform offline. "
)


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Hexley said in a statement that the incident did not involve its own systems.",
            id="did-not-involve-its-own",
        ),
        pytest.param("Hexley said the attack had no impact on its network.", id="no-impact-on-its"),
        pytest.param(
            "Hexley, which hosts part of the platform, said the incident did not involve any "
            "Hexley infrastructure.",
            id="its-name-after-an-aside",
        ),
    ],
)
def test_a_speaker_the_incident_did_not_reach_is_no_victim(extract: Extract, told: str) -> None:
    record = extract(OPENING + told, published="2025-06-14")
    assert names(record) == ["Brindle Health"]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Hexley said the attack had encrypted its own servers too and did not affect "
            "customers.",
            id="own-servers-hit",
        ),
        pytest.param(
            "Hexley said the breach did not affect customers but had knocked out its own systems.",
            id="others-spared-own-hit",
        ),
    ],
)
def test_a_speaker_that_tells_its_own_things_hit_stays_a_victim(
    extract: Extract, told: str
) -> None:
    record = extract(OPENING + told, published="2025-06-14")
    assert "Hexley" in names(record)


def test_a_name_described_by_its_software_is_an_organisation(extract: Extract) -> None:
    text = (
        "Dental practices cancel appointments after ransomware attack on Corvane\n\n"
        "Corvane, whose software runs scheduling for 3,400 dental practices, said a "
        "ransomware attack on Monday had taken its platform offline. Corvane said it was "
        "working to restore the platform."
    )
    record = extract(text, published="2025-06-14")
    assert names(record) == ["Corvane"]
