"""'stores' and 'shops' as a verb ('which stores and ships goods for 300 retailers', 'the
company stores parts for carmakers') tell what a business does, no outlets: no stores
service is read from them, where 'its stores were closed' still is. Articles invented for
these tests; the first fails on the code before, the guard passes on both."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    "description",
    [
        "Corvane Logistics, which stores and ships goods for more than 300 retailers,",
        "Corvane Logistics, which stores parts for carmakers,",
    ],
)
def test_a_verb_of_storing_is_no_outlet(extract: Any, description: str) -> None:
    record = extract(
        description + " said on Thursday that it had paused dispatch from its warehouses "
        "after a ransomware attack.",
        published=PUBLISHED,
    )
    assert "stores" not in statuses(incident_of(record, "Corvane Logistics"))


def test_outlets_told_closed_are_still_stores(extract: Any) -> None:
    record = extract(
        "A ransomware attack hit the grocer Kelso Foods on Monday. The chain, which has 40 "
        "stores, said its stores were closed.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Kelso Foods")).get("stores") == "suspended"
