"""A modifier whose head comes after a second modifier names its service (issue 13,
services): "online and phone orders", "online and telephone bookings", "web or phone orders"
are online orders, though "phone orders" alone names none. Not another noun phrase that
happens to share a first word ("online and national newspapers"), nor cards, which are as
often the data a breach took as a way to pay. Every article here is written for these tests;
each class case fails on the code before round 72, and the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-10-09"  # a Thursday


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Online and phone orders were suspended on Tuesday.", id="phone-orders"),
        pytest.param(
            "Online and telephone bookings were halted on Tuesday.", id="telephone-bookings"
        ),
        pytest.param(
            "Online and phone orders were suspended on Tuesday, but its shops stayed open.",
            id="with-a-contrast",
        ),
    ],
)
def test_the_first_modifier_names_its_service(extract: Extract, sentence: str) -> None:
    text = f"Marlow Fabrics was hit by a cyber attack on Monday. {sentence}\n"
    incident = incident_of(extract(text, published=PUBLISHED), "Marlow Fabrics")
    assert statuses(incident).get("online_orders") == "suspended"


def test_another_noun_phrase_sharing_the_first_word_names_no_service(extract: Extract) -> None:
    """Guard: "online and national newspapers" are outlets, no online service."""
    text = (
        "Marlow Fabrics was hit by a cyber attack on Monday. Online and national newspapers "
        "reported long queues at its shops.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Marlow Fabrics")
    assert "online_orders" not in statuses(incident)


def test_cards_named_with_two_modifiers_in_a_breach_are_no_payments(extract: Extract) -> None:
    """Guard: the cards a breach reached are its data, not card payments down."""
    text = (
        "Marlow Fabrics said hackers had stolen card details from its tills. About 7 percent "
        "of all debit and credit cards used at its shops may have been affected, it said.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Marlow Fabrics")
    assert "card_payments" not in statuses(incident)
