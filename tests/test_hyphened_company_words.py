"""A company word written with a hyphen ('Co-op') ends the name it closes, though the tagger
reads its lower-case part as no proper noun: 'Harry Road Co-op said ...' names a co-op,
not 'Harry Road Co'. A place before a hyphened word ('Leeds-based') stays a place.
Articles invented for these tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, names

WHOLESALER = (
    "Grocers short after attack on wholesaler Tanfield Foods\n\n"
    "Wholesaler Tanfield Foods said on Monday that a cyber attack had disrupted its ordering "
    "systems.\n\n"
)


def test_a_co_op_is_named_whole(extract: Any) -> None:
    text = WHOLESALER + "Harry Road Co-op said its deliveries had not arrived."
    record = extract(text, published="2025-06-10")
    incident = incident_of(record, "Harry Road Co-op")
    assert "third_party" in incident["incident_types"]
    assert "Harry Road Co" not in names(record)


def test_a_place_before_a_hyphened_word_is_no_name(extract: Any) -> None:
    """Guard."""
    text = WHOLESALER + "The Leeds-based grocer Amble Foods said it had not been affected."
    assert not any(
        name.startswith("Leeds") for name in names(extract(text, published="2025-06-10"))
    )
