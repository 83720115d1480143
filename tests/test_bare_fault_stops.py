"""A stop whose subject is a bare fault told as one ('A fault at the card processor stopped
card payments') is the fault's disruption, as one by 'a power failure' is; a business that
stopped a service as a precaution after a fault chose to. Articles invented for these
tests; the first fails on the code before, the guard passes on both."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, statuses

PUBLISHED = "2025-06-12"


def test_a_fault_stopping_a_service_disrupts_it(extract: Any) -> None:
    record = extract(
        "A fault at the card processor Tillmark stopped card payments at hundreds of shops on "
        "Friday.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Tillmark")).get("card_payments") == "disrupted"


def test_a_stop_chosen_after_a_fault_is_a_pause(extract: Any) -> None:
    record = extract(
        "The bakery chain Hollins stopped taking card payments on Saturday as a precaution "
        "after a fault at its payment provider.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Hollins")).get("card_payments") == "suspended"
