"""A known business's name in the plural after a count names its outlets, not another
organisation: 'some Food Lions could not accept gift cards', 'several Screwfixes'. What they
tell is the owner's. A plural with no count ('Dias said') names no known business.
Articles invented for these tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses


@pytest.mark.parametrize("count", ["some", "dozens of", "some of the"])
def test_outlets_counted_in_the_plural_are_the_owners(extract: Any, count: str) -> None:
    text = (
        "Ahold Delhaize USA says IT outage hit pharmacies\n\n"
        "Ahold Delhaize USA said on Saturday that a network outage had disrupted pharmacy "
        "systems at its supermarkets in the south-east.\n\n"
        f"Local television stations reported that {count} Food Lions could not accept gift "
        "cards over the weekend."
    )
    record = extract(text, published="2025-06-10")
    assert names(record) == ["Ahold Delhaize USA"]
    assert statuses(incident_of(record, "Ahold Delhaize USA")).get("gift_cards") == "disrupted"


def test_a_plural_ending_in_es_is_counted_too(extract: Any) -> None:
    text = (
        "Kingfisher says cyber attack hit trade counters\n\n"
        "Kingfisher said a cyber attack had disrupted ordering at its trade counters.\n\n"
        "Customers said several Screwfixes could not accept card payments on Friday."
    )
    record = extract(text, published="2025-06-10")
    assert names(record) == ["Kingfisher"]
    # the outlets' plural is no other name of the owner's
    assert "Screwfixes" not in incident_of(record, "Kingfisher")["organization"]["aliases"]


def test_a_plural_with_no_count_names_no_known_business(extract: Any) -> None:
    """Guard."""
    text = (
        "Grocer hit by cyber attack\n\n"
        "Pellham Foods said a cyber attack had disrupted its ordering systems on Monday. "
        "Ana Dias, its chief executive, said stores were open. Dias said deliveries would "
        "resume this week."
    )
    assert "Dia" not in names(extract(text, published="2025-06-10"))


def test_a_name_and_its_plural_with_no_count_are_two_businesses(extract: Any) -> None:
    """Guard from the review of round 62: 'Weston Homes' is no plural of 'Weston Home'."""
    text = (
        "Weston Home hit by cyber attack\n\n"
        "Weston Home, a furniture retailer, said hackers had stolen customer data.\n\n"
        "Weston Homes, the housebuilder, said it was not affected."
    )
    record = extract(text, published="2025-06-10")
    assert incident_of(record, "Weston Home")["organization"]["name"] == "Weston Home"
