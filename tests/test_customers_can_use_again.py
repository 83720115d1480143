"""A return told through what customers can do again (issue 13, claims): "customers can use click
and collect again", "members can earn points again", "shoppers can book delivery slots on the
website again" tell the service back, whatever words name it between the verb and "again".
Every article here is written for these tests; order-online passed on the code before (its
"once more" alone tells the return)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Cyber attack hits Harwick Home\n\n"
    "Harwick Home said a cyber attack on Monday knocked out its click and collect service, its "
    "online shop and its loyalty scheme. "
)
PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    ("told", "service"),
    [
        pytest.param(
            "On Wednesday the retailer said customers can use click and collect again.",
            "click_and_collect",
            id="click-and-collect",
        ),
        pytest.param(
            "Members can earn points again, the company said on Wednesday.",
            "loyalty_program",
            id="earn-points",
        ),
        pytest.param(
            "Members can now use the retailer's loyalty scheme again, it said on Wednesday.",
            "loyalty_program",
            id="possessive-between",
        ),
        pytest.param(
            "Shoppers can once more order online again, a spokeswoman said.",
            "online_orders",
            id="order-online",
        ),
    ],
)
def test_what_customers_can_do_again_is_back(extract: Extract, told: str, service: str) -> None:
    incident = incident_of(extract(OPENING + told, published=PUBLISHED), "Harwick Home")
    assert statuses(incident)[service] == "restored"
    assert (service, "restored") in {
        (c["service"], c["status"]) for c in incident["restoration_claims"]
    }


def test_what_customers_cannot_do_again_is_not_back(extract: Extract) -> None:
    """Guard: a negation before the verb keeps the service down."""
    record = extract(
        OPENING + "Customers cannot use click and collect again until the systems are checked.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Harwick Home"))["click_and_collect"] != "restored"
