"""Cards of another kind ('gift cards', 'loyalty cards') working are that kind's service, not
card payments: 'gift cards were working normally in all of its stores' after they could not
be used is the gift cards back.
Article invented for this test; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, statuses

OUTAGE = (
    "Gift cards fail at Ashwell Home\n\n"
    "Gift cards from Ashwell Home could not be used for two days after an outage at its "
    "processor.\n\n"
)


def test_gift_cards_working_again_are_the_gift_cards_back(extract: Any) -> None:
    text = OUTAGE + (
        "Ashwell Home said on Thursday that gift cards were working normally in all of its stores."
    )
    told = statuses(incident_of(extract(text, published="2025-06-12"), "Ashwell Home"))
    assert told.get("gift_cards") == "restored", told
    assert "card_payments" not in told


def test_cards_working_alone_are_card_payments(extract: Any) -> None:
    """Guard."""
    text = OUTAGE + "Ashwell Home said debit cards were working normally in its stores."
    told = statuses(incident_of(extract(text, published="2025-06-12"), "Ashwell Home"))
    assert told.get("card_payments") == "unaffected", told
