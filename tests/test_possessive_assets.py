"""An organisation's possessive before one of its assets ties it to the trouble the sentence
tells, whether the asset is one word ('X's website') or two ('X's call centre', 'X's phone
lines', 'X's distribution centres', 'X's live chat'), though not a word that names no asset
('X's information security chief', 'X's stock fell'):
'Wraxton Insurance's phone lines were down after a cyber attack' is Wraxton Insurance's
incident. Articles invented for these tests; the one-word case and 'distribution centres'
(whose last word is an asset of its own) pass on the code before and guard the reading. Its
people hit by the failure of what it owns tie it too, however long the noun phrase between
the causal link and the failure's verb ('since the insurer's online claims portal went
down'), though not the failure of what another name owns ('since Harwell County Council's
online parking permit portal went down'); the two shorter cases and the possessives before
no asset pass on the code before and guard the reach."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of


@pytest.mark.parametrize(
    "told",
    [
        "Wraxton Insurance's call centre was closed on Thursday after a cyber attack.",
        "Wraxton Insurance's phone lines went dead on Thursday after a ransomware attack.",
        "Wraxton Insurance's distribution centres stood idle after a cyber attack on Thursday.",
        "Wraxton Insurance's website was down on Thursday after a cyber attack.",
    ],
)
def test_a_possessive_before_an_asset_of_one_or_two_words_ties_its_owner(
    extract: Any, told: str
) -> None:
    record = extract("Local news\n\n" + told, published="2025-09-12")
    incident_of(record, "Wraxton Insurance")


@pytest.mark.parametrize(
    "told",
    [
        "Tilsey Insurance members have complained since the insurer's online claims portal "
        "went down on Monday.",
        "Tilsey Insurance customers were left on hold after its main call centre went down on "
        "Monday.",
        "Tilsey Insurance members have complained since its portal went down on Monday.",
    ],
)
def test_the_people_of_an_organisation_hit_by_the_failure_of_what_it_owns(
    extract: Any, told: str
) -> None:
    record = extract("Local news\n\n" + told, published="2025-09-12")
    incident_of(record, "Tilsey Insurance")


def test_a_failure_of_what_another_name_owns_ties_no_one_else(extract: Any) -> None:
    told = (
        "Tilsey Insurance customers have complained since Harwell County Council's online "
        "parking permit portal went down on Monday."
    )
    record = extract("Local news\n\n" + told, published="2025-09-12")
    names = [i["organization"]["name"] for i in record["incidents"]]
    assert names == ["Harwell County Council"], names


@pytest.mark.parametrize(
    "told",
    [
        "Wraxton Insurance's information security chief said after the ransomware attack on "
        "Morwen Air that firms must prepare.",
        "Wraxton Insurance's stock fell 4% after a ransomware attack on its rival Morwen Air.",
    ],
)
def test_a_possessive_before_no_asset_ties_no_one(extract: Any, told: str) -> None:
    record = extract("Local news\n\n" + told, published="2025-09-12")
    names = [i["organization"]["name"] for i in record["incidents"]]
    assert "Wraxton Insurance" not in names, names


def test_a_service_the_lexicon_names_is_an_asset_after_a_possessive(extract: Any) -> None:
    told = "Wraxton Insurance's live chat went offline after a ransomware attack on Sunday."
    record = extract("Local news\n\n" + told, published="2025-09-12")
    incident = incident_of(record, "Wraxton Insurance")
    assert incident["services"][0]["service"] == "customer_service", incident["services"]
