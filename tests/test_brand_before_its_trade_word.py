"""A name written as a brand ('BrightLane', 'CoreMotion'), which the model leaves untagged,
before the trade word it tags alone ('Cafes', 'Gyms' as a person's name) is one name with it:
'CoreMotion Gyms', as 'Brackenholt' + 'Fen District Council' is (issue 12: fragments of names
are no victims). Every article here is written for these tests; each fails on the code before
(no incident, or the trade word alone as the victim)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import names_of

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        pytest.param("BrightLane Cafes", "brightlane cafes", id="cafes"),
        pytest.param("CoreMotion Gyms", "coremotion gyms", id="gyms"),
        pytest.param("QuickFix Garages", "quickfix garages", id="garages"),
        pytest.param("SunLeaf Pharmacy", "sunleaf pharmacy", id="pharmacy"),
    ],
)
def test_a_brand_before_its_trade_word_is_one_name(
    extract: Extract, name: str, normal: str
) -> None:
    text = (
        "App back after outage\n\n"
        f"Customers of {name} had been unable to use the chain's mobile app for a week after a "
        "cyber attack on Monday.\n"
    )
    record = extract(text, published="2025-12-06")
    assert [n for incident in record["incidents"] for n in names_of(incident)] == [normal]
