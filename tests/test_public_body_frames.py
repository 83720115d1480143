"""A public body named for its place by a frame ("the City of Pell Harbour", "The Town of
Kelsby", "the Port of Ashgrove") is an organisation that can be hit (issue 12, who was hit),
whatever the model made of the name: it often tags the whole phrase a work of art, splits the
frame from the name, or tags nothing at all. Every article here is written for these tests;
each class case fails on the code before, and the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from test_organizations import sentence_doc

from conftest import incident_of, names
from incident_extract.lexicon import load_rules
from incident_extract.organizations.filters import name_rejection, rejection
from incident_extract.organizations.model import OrgCandidate, OrgMention, Rejection

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-14"  # a Saturday
RULES = load_rules()


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


def test_a_body_named_both_ways_round_is_one(extract: Extract) -> None:
    text = (
        "Brell Creek Township confirms data theft\n\n"
        "The Township of Brell Creek said on Thursday that hackers stole residents' names and "
        "addresses in a cyber attack on its network last week.\n"
    )
    record = extract(text, published=PUBLISHED)
    assert len(record["incidents"]) == 1
    organization = record["incidents"][0]["organization"]
    assert organization["name"] == "Township of Brell Creek"
    assert "Brell Creek Township" in organization["aliases"]


def test_a_body_named_round_is_not_a_longer_name_it_begins(extract: Extract) -> None:
    """Guard: 'the Port of Ashgrove' is not the 'Ashgrove Port Traders Association'."""
    text = (
        "Ashgrove Port Traders Association members hit by card outage\n\n"
        "Shops belonging to the Ashgrove Port Traders Association could not take card "
        "payments on Tuesday after a fault at payment processor Tillgate. The Port of "
        "Ashgrove said its own systems were working normally.\n"
    )
    record = extract(text, published=PUBLISHED)
    assert "Port of Ashgrove" not in names(record)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        pytest.param("Village Administrator Tomas Reyna", True, id="village-administrator"),
        pytest.param("Town Clerk Ann Bede", True, id="town-clerk"),
        pytest.param("County Treasurer Ray Oduya", True, id="county-treasurer"),
        # an office no public body's word opens may head a firm's name
        pytest.param("Administrator Begbies Partners", False, id="administrator-alone"),
        pytest.param("Town Clerk Bede", False, id="title-and-surname"),
    ],
)
def test_an_office_of_a_body_before_a_name_is_a_person(name: str, person: bool) -> None:
    """A name the model took in whole with a public body's office before it ('Village
    Administrator Tomas Reyna said ...') is a person: hand-made, as the model mostly tags the
    person's name alone."""
    words = [*name.split(), "said", "email", "was", "down"]
    tags = ["NNP"] * len(name.split()) + ["VBD", "NN", "VBD", "RB"]
    doc = sentence_doc(words, tags, [])
    key = "?" + name.lower()
    candidate = OrgCandidate(key, name, None)
    candidate.mentions.append(OrgMention(key, name, 0, len(name.split()), 0))
    assert (rejection(candidate, doc, set(), RULES) is Rejection.PERSON) is person


def test_the_hall_a_body_sits_in_is_no_victim(extract: Extract) -> None:
    text = (
        "A cyber attack knocked the City of Pell Harbour's email offline on Monday, and staff "
        "at City Hall were writing receipts by hand on Tuesday.\n"
    )
    assert names(extract(text, published=PUBLISHED)) == ["City of Pell Harbour"]


@pytest.mark.parametrize("seat", ["City Hall", "Town Hall", "County Hall", "Civic Centre"])
def test_a_bodys_seat_is_only_where_it_works(seat: str) -> None:
    assert name_rejection(seat, RULES.victims) is Rejection.LOCATION


def test_a_port_where_a_named_firm_works_is_no_name_of_the_firm(extract: Extract) -> None:
    """Review of d2fe566: 'which operates two berths at the Port of X' placed the port among
    the firm's brands once the port was a candidate."""
    text = (
        "Corrib Stevedores, which operates two berths at the Port of Kelvin Sound, said a "
        "ransomware attack had stopped it loading ships on Wednesday.\n"
    )
    record = extract(text, published=PUBLISHED)
    incident = incident_of(record, "Corrib Stevedores")
    assert "Port of Kelvin Sound" not in incident["organization"]["aliases"]


def test_a_body_named_with_a_word_before_its_frame_keeps_it(extract: Extract) -> None:
    """Review of d2fe566: 'The London Borough of X' was cut at its frame, and the rest was a
    victim of its own."""
    text = (
        "The Royal Borough of Ashvale has been hit by a cyber attack that has disrupted "
        "housing benefit payments and its online services.\n"
    )
    assert names(extract(text, published=PUBLISHED)) == ["Royal Borough of Ashvale"]
