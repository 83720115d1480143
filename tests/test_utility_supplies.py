"""A utility's supplies are no stock (issue 13, services): "drinking water supplies were not
affected", "gas and electricity supplies to homes" name what a utility delivers to homes, not
stock or a supply chain, so they give no stock_and_supply; supplies to a business's stores
still do. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

UTILITY = [
    pytest.param(
        "Hackers hit Yarnsby Water on Monday, taking its billing system offline. Drinking water "
        "supplies were not affected, the company said.",
        id="drinking-water-supplies",
    ),
    pytest.param(
        "Hackers hit Yarnsby Energy on Monday. Gas and electricity supplies to homes were not "
        "affected, it said.",
        id="gas-and-electricity-supplies",
    ),
    pytest.param(
        "Hackers hit Yarnsby Power on Monday, but the power supply to customers continued as "
        "normal.",
        id="power-supply",
    ),
]


@pytest.mark.parametrize("body", UTILITY)
def test_a_utilitys_supplies_are_no_stock(extract: Extract, body: str) -> None:
    incident = extract("Utility hacked\n\n" + body, "2025-05-21")["incidents"][0]
    assert "stock_and_supply" not in statuses(incident)


def test_supplies_to_a_businesss_stores_are_stock(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    incident = extract(
        "Grocer hacked\n\nHackers hit Yarnsby Foods on Monday, disrupting supplies to its stores.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("stock_and_supply") == "disrupted"
