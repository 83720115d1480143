"""Paying with points is the loyalty scheme's (issue 13, services): "payments using loyalty
card points", "pay with points", "paying in reward points" name the scheme's points spent,
so the loyalty_program is what was suspended or disrupted, not card payments; paying by card
is still card payments. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

OPENING = "Chemist hacked\n\nHackers hit Pillerton Pharmacy on Monday. "

WITH_POINTS = [
    pytest.param(
        "It has suspended payments using loyalty card points while it investigates.",
        "suspended",
        id="payments-using-points",
    ),
    pytest.param("Customers cannot pay with points, it said.", "disrupted", id="pay-with-points"),
]


@pytest.mark.parametrize(("told", "status"), WITH_POINTS)
def test_paying_with_points_is_the_loyalty_schemes(
    extract: Extract, told: str, status: str
) -> None:
    incident = extract(OPENING + told, "2025-05-21")["incidents"][0]
    found = statuses(incident)
    assert found.get("loyalty_program") == status
    assert "card_payments" not in found


def test_paying_by_card_is_card_payments(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    incident = extract(OPENING + "Customers cannot pay by card, it said.", "2025-05-21")[
        "incidents"
    ][0]
    assert statuses(incident).get("card_payments") == "disrupted"
