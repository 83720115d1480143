"""A supplier that says whom it serves in a sentence of its own ('Boxlane handles e-commerce
deliveries for more than 200 shops') serves others even where the tagger reads the verb after
the name opening the sentence as a plural noun: the businesses it serves still tell it (issue
12: clients hit through a supplier are third_party and share its kind of attack). The article
is written for this test, which fails on the code before."""

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
