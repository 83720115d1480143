"""Data never stored where the trouble was was not there to take: 'card payment data was never
stored in the systems affected', 'card details were not stored on the systems that were hit'.
The trouble word describes the systems, so it compromises neither the data nor them. Articles
invented for these tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

LEDE = (
    "Tremough Stores hit by cyber attack\n\n"
    "Tremough Stores said a cyber attack on Monday had forced it to take its loyalty app "
    "offline.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "It said card payment data was never stored in the systems affected, as payments are "
        "handled by its bank.",
        "Customers' card details were not stored on the systems that were hit, the company said.",
    ],
)
def test_data_not_kept_where_the_trouble_was_is_not_taken(extract: Any, sentence: str) -> None:
    incident = incident_of(extract(LEDE + sentence, published="2025-06-04"), "Tremough Stores")
    assert incident["data_compromised"] is not True
    assert "data_breach" not in incident["incident_types"]
    assert statuses(incident).get("internal_systems") != "compromised"


def test_data_kept_where_the_trouble_was_and_taken(extract: Any) -> None:
    """Guard: data stored on the systems hit, and copied, was taken."""
    text = LEDE + (
        "Customers' card details were stored on the systems that were hit, and the attackers "
        "copied them, the company said."
    )
    incident = incident_of(extract(text, published="2025-06-04"), "Tremough Stores")
    assert incident["data_compromised"] is True


def test_data_not_stored_in_a_safe_form_was_there(extract: Any) -> None:
    """Guard: 'not stored in encrypted form on the breached server' denies the encryption."""
    text = LEDE + (
        "Customers' bank details were not stored in encrypted form on the breached server, the "
        "company admitted, and it is writing to 9,000 shoppers."
    )
    incident = incident_of(extract(text, published="2025-06-04"), "Tremough Stores")
    assert incident["data_compromised"] is True


def test_data_not_stored_in_the_systems_directly_affected(extract: Any) -> None:
    """An adverb or a list of places between: still where the trouble was."""
    text = LEDE + (
        "Customers' card details were not stored in the systems directly affected, the company "
        "said."
    )
    incident = incident_of(extract(text, published="2025-06-04"), "Tremough Stores")
    assert incident["data_compromised"] is not True
