"""A title word that heads a place names no person's post (issue 12, who was hit): "an IT
fault at the head office of X" is X's own trouble, where "head of security at X" makes X a
quoted person's employer. Every article here is written for these tests; each class case
fails on the code before, and the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-10-17"  # a Friday


@pytest.mark.parametrize(
    "trouble",
    [
        pytest.param("An IT fault at the head office of Brackwater Fuels", id="it-fault"),
        pytest.param("A cyber attack at the head office of Brackwater Fuels", id="cyber-attack"),
    ],
)
def test_trouble_at_a_head_office_is_its_owners(extract: Extract, trouble: str) -> None:
    text = f"{trouble} took its website offline on Tuesday, the fuel retailer said.\n"
    incident = incident_of(extract(text, published=PUBLISHED), "Brackwater Fuels")
    assert incident["role"] == "primary"
    assert statuses(incident).get("website") in ("disrupted", "suspended")


@pytest.mark.parametrize(
    "speaker",
    [
        pytest.param("said Jane Marsh, head of security at Tolland Bank", id="head-of-security"),
        pytest.param("said the head of research at Corvane Security", id="head-of-research"),
        pytest.param(
            "said Owen Pratt, chief site engineer at Dalby Energy, which was not affected",
            id="title-place-person",
        ),
    ],
)
def test_a_head_of_a_department_names_an_employer(extract: Extract, speaker: str) -> None:
    """Guard: a person's title before "at" or "of" still makes the name an employer."""
    text = f"A ransomware attack hit Harrowby Stores on Monday, {speaker}.\n"
    record = extract(text, published=PUBLISHED)
    assert names(record) == ["Harrowby Stores"]
