"""A supplier that says whom it serves in a sentence of its own ('Boxlane handles e-commerce
deliveries for more than 200 shops') serves others even where the tagger reads the verb after
the name opening the sentence as a plural noun: the businesses it serves still tell it (issue
12: clients hit through a supplier are third_party and share its kind of attack); so does one
whose verb takes the businesses as its object ('supplies about 300 independent corner shops').
The articles are written for these tests; the class cases fail on the code before, the guard
passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

TEXT = (
    "Ransomware attack on Boxlane delays parcels\n\n"
    "Cornish courier company Boxlane has been hit by a ransomware attack that has delayed "
    "parcels since Saturday.\n\n"
    "Shops including the gift chain Pebble & Pine said deliveries to their customers had been "
    "delayed by several days.\n\n"
    "Boxlane handles e-commerce deliveries for more than 200 shops in Cornwall and Devon.\n"
)


def test_a_client_of_a_supplier_that_serves_shops_is_hit_through_it(extract: Extract) -> None:
    record = extract(TEXT, published="2025-07-15")
    assert record["incidents"][0]["organization"]["name"] == "Boxlane"
    client = incident_of(record, "Pebble & Pine")
    assert {"third_party", "ransomware", "cyber_attack"} <= set(client["incident_types"])


SUPPLIER_OF_SHOPS = (
    "Computer failure at Harlow Dairies leaves shops short of milk\n\n"
    "Independent shops across Yorkshire were short of milk this week after a computer failure "
    "at Harlow Dairies halted deliveries from its Leeds depot.\n\n"
    "Shops including the Otley grocer Pell's Market and Dunmore Stores said their shelves were "
    "empty after days without deliveries.\n\n"
    "Harlow Dairies supplies about 300 independent corner shops in Yorkshire.\n"
)


def test_a_supplier_whose_object_is_businesses_serves_them(extract: Extract) -> None:
    """'supplies about 300 independent corner shops': the businesses it serves are the verb's
    object, with no 'to' or 'for' before them."""
    record = extract(SUPPLIER_OF_SHOPS, published="2025-06-12")
    assert record["incidents"][0]["organization"]["name"] == "Harlow Dairies"
    assert "third_party" in incident_of(record, "Pell's Market")["incident_types"]


def test_a_utility_that_serves_homes_serves_no_businesses(extract: Extract) -> None:
    """Guard: homes are people's; a client named beside the utility is no customer of it."""
    text = (
        "Kestrel Water hit by cyber attack\n\n"
        "Kestrel Water said its billing systems were hit by a cyber attack on Monday. Separately, "
        "the grocer Pell's Market said its website was down after a fault on Monday.\n\n"
        "Kestrel Water serves about 300,000 homes in Yorkshire.\n"
    )
    record = extract(text, published="2025-06-12")
    assert "third_party" not in incident_of(record, "Pell's Market")["incident_types"]


def test_a_victim_told_apart_from_the_suppliers_story_is_no_client(extract: Extract) -> None:
    """Review of 6ee1593: 'Separately, X said its own tills had crashed' is a trouble of its
    own, in a story whose supplier serves businesses it names as its object."""
    text = (
        "Ransomware attack on Harlow Dairies leaves shops short of milk\n\n"
        "A ransomware attack on Harlow Dairies halted deliveries to independent shops across "
        "Yorkshire on Monday.\n\n"
        "Harlow Dairies supplies about 300 independent corner shops in Yorkshire.\n\n"
        "Separately, Belper Fine Foods said its own tills had crashed on Tuesday after a failed "
        "software update.\n"
    )
    record = extract(text, published="2025-06-12")
    types = set(incident_of(record, "Belper Fine Foods")["incident_types"])
    assert not {"third_party", "ransomware"} & types
