"""Cards told in use or refused are card payments: customers 'unable to use their cards', 'debit
cards being declined at supermarkets'. Not a gift or loyalty card, not the customers 'who used
cards' a theft reached, and not a reassurance that cards are safe to use after a breach.
Articles invented for these tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

LEDE = "Tremough Bank apologises after outage\n\n"
PUBLISHED = "2025-03-08"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tremough Bank said a system fault left customers unable to use their cards for about "
        "four hours on Friday.",
        "Tremough Bank said a system fault on Friday meant that customers could not use their "
        "credit cards in shops.",
        "Tremough Bank customers reported their cards being declined at supermarkets on "
        "Friday after a system outage at the bank.",
    ],
)
def test_cards_in_use_or_refused_are_card_payments(extract: Any, sentence: str) -> None:
    record = extract(LEDE + sentence, published=PUBLISHED)
    assert statuses(incident_of(record, "Tremough Bank")).get("card_payments") == "disrupted"


def test_gift_cards_in_use_are_no_card_payments(extract: Any) -> None:
    """Guard: a kind of card of its own is another service."""
    text = (
        "Penryn Stores hit by IT outage\n\n"
        "Penryn Stores said an IT outage on Saturday left shoppers unable to use their gift "
        "cards in its shops."
    )
    record = extract(text, published=PUBLISHED)
    assert "card_payments" not in statuses(incident_of(record, "Penryn Stores"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said the malware had been removed and that customers could use their "
        "cards at its shops with confidence.",
        '"It is safe to use your cards at all of our shops," the chief executive said.',
        "The attackers stole card numbers from customers who used cards at its shops between "
        "March and May.",
    ],
)
def test_a_card_theft_tells_no_card_payments(extract: Any, sentence: str) -> None:
    """Guard: reassurance after a card breach, and the customers a theft reached."""
    text = (
        "Penryn Stores says hackers stole card details\n\n"
        "Penryn Stores said on Tuesday that hackers had installed malware that stole "
        "customers' card details.\n\n" + sentence
    )
    record = extract(text, published=PUBLISHED)
    assert "card_payments" not in statuses(incident_of(record, "Penryn Stores"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Banks have cancelled the affected cards, so some shoppers will be unable to use their "
        "cards until replacements arrive.",
        "The company said its fraud checks had worked: attempts by the criminals to use stolen "
        "cards were declined.",
    ],
)
def test_cards_out_of_use_after_a_theft_are_no_card_payments(extract: Any, sentence: str) -> None:
    """Guard: cards cancelled until replaced, stolen cards declined."""
    text = (
        "Penryn Stores says hackers stole card details\n\n"
        "Penryn Stores said on Tuesday that hackers had installed malware on its website that "
        "stole customers' card details.\n\n" + sentence
    )
    record = extract(text, published=PUBLISHED)
    assert statuses(incident_of(record, "Penryn Stores")).get("card_payments") != "disrupted"


def test_cards_out_of_use_until_a_fix_are_card_payments_down(extract: Any) -> None:
    """Out of use until a time, not until replacements come: the payments were down."""
    text = (
        "Penryn Stores hit by IT fault\n\n"
        "Penryn Stores said a technical fault had hit its shops on Saturday. Shoppers were "
        "unable to use their cards until Sunday afternoon."
    )
    record = extract(text, published=PUBLISHED)
    assert statuses(incident_of(record, "Penryn Stores")).get("card_payments") == "disrupted"
