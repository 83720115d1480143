"""A place named on its own is the body that governs it, where one such body is a candidate:
'the attack on Tulsa' beside 'the City of Tulsa' is one incident, the city's. A place's name
does not grow into a longer name that follows it ('Tulsa Evening Courier', a paper's
masthead, is no name of the place), and a place the model tags as one is no short form of a
paper named for it ('Tacoma's computers'). Not an institution of the place ('Port of X', 'X
Public Schools'), nor where two bodies could be meant. Articles and candidates invented for
these tests; the guards are unit tests of the merge."""

from __future__ import annotations

from typing import Any

from conftest import incident_of
from incident_extract.organizations.mentions import merge_places_into_their_governments
from incident_extract.organizations.model import OrgCandidate, OrgMention

PUBLISHED = "2025-06-04"


def test_a_place_alone_is_the_city_that_governs_it(extract: Any) -> None:
    text = (
        "Ransomware cripples Tulsa\n\n"
        "Tulsa Evening Courier | City desk\n\n"
        "Ransomware has crippled the City of Tulsa's computer systems, officials said on "
        "Tuesday.\n\n"
        "The attack on Tulsa, discovered on Sunday, forced residents to pay water bills in "
        "person and left police officers writing reports by hand."
    )
    record = extract(text, published=PUBLISHED)
    names = [incident["organization"]["name"] for incident in record["incidents"]]
    assert names == ["City of Tulsa"]
    assert incident_of(record, "City of Tulsa")["role"] == "primary"


GOVERNMENT_WORDS = frozenset({"city", "county", "council", "borough", "district"})


def _place(name: str, start: int, labels: set[str] | None = None) -> OrgCandidate:
    key = "?" + name.lower()
    end = start + len(name.split())
    return OrgCandidate(
        key, name, None, [OrgMention(key, name, start, end, 0)], ner_labels=labels or {"GPE"}
    )


def test_a_place_joins_the_one_body_that_governs_it() -> None:
    place = _place("Tulsa", 9)
    city = _place("City of Tulsa", 0)
    candidates = {c.key: c for c in (place, city)}
    merge_places_into_their_governments(candidates, GOVERNMENT_WORDS)
    assert set(candidates) == {"?city of tulsa"}


def test_a_place_beside_an_institution_or_two_bodies_stays() -> None:
    """Guard: a port or schools of the place are not its government, and of two bodies
    neither is the one the place stands for."""
    for others in (["Port of Tulsa"], ["Tulsa Public Schools"], ["City of Tulsa", "Tulsa County"]):
        candidates = {
            c.key: c
            for c in [_place("Tulsa", 20), *(_place(n, 5 * i) for i, n in enumerate(others))]
        }
        merge_places_into_their_governments(candidates, GOVERNMENT_WORDS)
        assert "?tulsa" in candidates, others


def test_a_business_named_for_a_place_stays() -> None:
    """Guard: a name the model did not take for a place is no place."""
    business = _place("Tulsa", 20, {"ORG"})
    candidates = {c.key: c for c in (business, _place("City of Tulsa", 0))}
    merge_places_into_their_governments(candidates, GOVERNMENT_WORDS)
    assert "?tulsa" in candidates


def test_a_paper_named_for_its_town_is_not_the_town(extract: Any) -> None:
    """'Tacoma's computers' is the city's, not a short name of the 'Tacoma Valley Herald'."""
    text = (
        "Tacoma city systems still down after ransomware attack\n"
        "Tacoma Valley Herald | City Hall\n\n"
        "The City of Tacoma said on Tuesday that its computer network was still offline five "
        "days after a ransomware attack.\n\n"
        "Officials said the attack on Tacoma was discovered early on Thursday. Tacoma's "
        "computers are being wiped and rebuilt one at a time."
    )
    record = extract(text, published=PUBLISHED)
    names = [incident["organization"]["name"] for incident in record["incidents"]]
    assert names == ["City of Tacoma"]
