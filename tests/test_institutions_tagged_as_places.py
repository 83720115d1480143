"""An institution the model tags as its place is an organisation: a place-tagged name whose
last word names an institution ('Brenton County Schools', 'Parnell County Library'), as one
whose last word names a government does ('Licking County'). Whether it was hit is still the
victim test's to say: one told unaffected is no victim. Articles invented for these tests;
the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses


@pytest.mark.parametrize(
    ("text", "name", "service"),
    [
        (
            "District says teacher data taken\n\n"
            "Hackers broke into a student information platform used by hundreds of school "
            "districts.\n\n"
            "In Ohio, Brenton County Schools said the records of its teachers had been "
            "accessed.",
            "Brenton County Schools",
            "employee_data",
        ),
        (
            "Library data stolen\n\n"
            "In Iowa, Parnell County Library said hackers had stolen the names of its members.",
            "Parnell County Library",
            "customer_data",
        ),
    ],
)
def test_an_institution_tagged_as_its_place_can_be_the_victim(
    extract: Any, text: str, name: str, service: str
) -> None:
    incident = incident_of(extract(text, published="2025-03-11"), name)
    assert statuses(incident).get(service) == "compromised", incident["services"]


def test_an_institution_told_unaffected_is_no_victim(extract: Any) -> None:
    text = (
        "Ransomware at Tovey Foods\n\n"
        "Tovey Foods said ransomware had encrypted its servers on Sunday. Dunmere County "
        "Schools, which uses the same supplier, said it was not affected."
    )
    record = extract(text, published="2025-05-06")
    assert "Dunmere County Schools" not in names(record)
