"""A public body named for its place by a frame ("the City of Pell Harbour", "The Town of
Kelsby", "the Port of Ashgrove") is an organisation that can be hit (issue 12, who was hit),
whatever the model made of the name: it often tags the whole phrase a work of art, splits the
frame from the name, or tags nothing at all. Every article here is written for these tests;
each class case fails on the code before, and the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-14"  # a Saturday


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param("The City of Pell Harbour", "City of Pell Harbour", id="city"),
        pytest.param("The Town of Kelsby", "Town of Kelsby", id="town"),
        pytest.param("The Village of Amber Dene", "Village of Amber Dene", id="village"),
        pytest.param("The Port of Ashgrove", "Port of Ashgrove", id="port"),
        pytest.param("The Township of Wick Hollow", "Township of Wick Hollow", id="township"),
    ],
)
def test_a_framed_body_opening_its_sentence_is_hit(extract: Extract, body: str, name: str) -> None:
    text = (
        "Ransomware knocks out local services\n\n"
        f"{body} was hit by a ransomware attack on Tuesday, officials said. Its email and "
        "website have been offline since then.\n"
    )
    record = extract(text, published=PUBLISHED)
    incident = incident_of(record, name)
    assert incident["role"] == "primary"
    assert "ransomware" in incident["incident_types"]


def test_a_framed_body_after_a_preposition_is_hit(extract: Extract) -> None:
    text = (
        "Council systems still down a week after attack\n\n"
        "Staff at the Borough of Hatchford have been working on paper since a cyber attack "
        "on the Borough of Hatchford's network last Monday, a spokesperson said.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Borough of Hatchford")
    assert incident["role"] == "primary"


def test_a_lower_case_frame_is_no_part_of_the_name(extract: Extract) -> None:
    """'the city of X' in lower case: the place's name stands for its council, as for the
    places the model tags, without the frame."""
    text = (
        "Water bills cannot be paid online after a ransomware attack on the city of Pell "
        "Harbour, officials said on Friday.\n"
    )
    assert names(extract(text, published=PUBLISHED)) == ["Pell Harbour"]


def test_a_company_in_a_framed_place_is_the_one_hit(extract: Extract) -> None:
    """Guard: a framed place where a named company was hit is no victim."""
    text = (
        "Freight firm hit by hackers\n\n"
        "Hackers attacked Dunmore Freight, a haulier based in the City of Pell Harbour, on "
        "Tuesday, leaving its tracking system offline.\n"
    )
    assert names(extract(text, published=PUBLISHED)) == ["Dunmore Freight"]


def test_a_framed_body_without_an_incident_is_no_victim(extract: Extract) -> None:
    """Guard: a framed body in news of no incident."""
    text = (
        "Council sets budget\n\n"
        "The City of Pell Harbour approved a $48m budget on Tuesday, including money for new "
        "library computers and a faster website.\n"
    )
    assert extract(text, published=PUBLISHED)["incidents"] == []
