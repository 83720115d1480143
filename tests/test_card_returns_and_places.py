"""Three classes of what broke and came back (issue 13), on text written for these tests.

A service that failed, closing its clause ("Contactless and chip-and-PIN payments both failed,
and ...", "its tills failed.") is disrupted.

Contactless payments are card payments: when the story tells contactless payments down and
then card payments wholly back, with nothing after that of contactless alone, contactless
payments are back too ("Contactless and chip-and-PIN payments failed ... Card payments were
fully restored by 6.30pm"). A partial return of card payments, or contactless told still down
after it, leaves them down.

"Throughout" before a place says where, not how long: "card payments were working throughout
the chain" after a failure is a return, where "worked throughout the outage" or "throughout the
weekend" tells a service that carried on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Card outage at Pellick Foods\n\n"
    "Pellick Foods said a network fault stopped payments at its 60 supermarkets on Tuesday "
    "evening. Contactless and chip-and-PIN payments both failed, and shoppers were asked to pay "
    "in cash. "
)


def _statuses(extract: Extract, told: str) -> dict[str, str]:
    record = extract(OPENING + told, published="2025-06-12")
    return statuses(incident_of(record, "Pellick Foods"))


def test_card_payments_back_bring_contactless_back(extract: Extract) -> None:
    told = "Card payments were fully restored by 9.30pm, the company said."
    got = _statuses(extract, told)
    assert got["card_payments"] == "restored"
    assert got["contactless_payments"] == "restored"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Card payments were restored by 9.30pm, but contactless payments were still failing "
            "on Wednesday morning.",
            id="contactless-still-failing",
        ),
        pytest.param(
            "Card payments were working again in most stores by 9.30pm.", id="card-partly-back"
        ),
    ],
)
def test_contactless_stays_down_unless_card_payments_are_wholly_back(
    extract: Extract, told: str
) -> None:
    assert _statuses(extract, told)["contactless_payments"] != "restored"


def test_working_throughout_a_place_after_a_failure_is_a_return(extract: Extract) -> None:
    told = "By Wednesday morning card payments were working throughout the chain."
    assert _statuses(extract, told)["card_payments"] == "restored"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Its online shop worked throughout the outage.", id="throughout-the-outage"),
        pytest.param(
            "Its online shop kept working throughout the weekend.", id="throughout-the-weekend"
        ),
    ],
)
def test_working_throughout_a_time_carried_on(extract: Extract, told: str) -> None:
    assert _statuses(extract, told)["online_orders"] == "unaffected"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Its tills failed.", id="failed-closing-the-sentence"),
        pytest.param("Its tills both failed, and queues formed.", id="both-failed"),
    ],
)
def test_a_service_that_failed_closing_its_clause_is_disrupted(extract: Extract, told: str) -> None:
    record = extract(
        "Outage at Dromore Stores\n\nDromore Stores said a fault hit its shops on Tuesday. " + told,
        published="2025-06-12",
    )
    assert statuses(incident_of(record, "Dromore Stores"))["card_payments"] == "disrupted"


def test_a_failure_of_something_else_is_no_service_down(extract: Extract) -> None:
    text = (
        "Outage at Dromore Stores\n\nDromore Stores said a fault hit its shops on Tuesday. "
        "Talks with the union over the outage failed."
    )
    record = extract(text, published="2025-06-12")
    assert "card_payments" not in statuses(incident_of(record, "Dromore Stores"))
