"""Payments the business makes (issue 13, services): 'payments to' its staff, suppliers or
subcontractors and pay of a kind ('salary payments', 'wage payments') are its back office
(internal_systems: services.json pattern_words 'payees' and 'pay_kinds'), not the card
payments its customers make. Customers' payments stay card payments. Every article here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

PAYMENTS_MADE = [
    pytest.param(
        "Builder hit\n\n"
        "Quernby Homes said a ransomware attack had taken down its finance system on Monday, "
        "delaying payments to subcontractors.",
        id="payments-to-subcontractors",
    ),
    pytest.param(
        "Charity hit\n\n"
        "Harrowgate Hospice was hit by a cyber attack on Monday. Salary payments to staff were "
        "delayed by two days.",
        id="salary-payments",
    ),
    pytest.param(
        "Wholesaler hit\n\n"
        "Brenton Wholesale was hit by a cyber attack on Monday, and payments to its suppliers "
        "have been held up since.",
        id="payments-to-its-suppliers",
    ),
]


@pytest.mark.parametrize("text", PAYMENTS_MADE)
def test_payments_the_business_makes_are_its_back_office(extract: Extract, text: str) -> None:
    found = statuses(extract(text, "2025-05-20")["incidents"][0])
    assert "card_payments" not in found
    assert "internal_systems" in found


def test_customers_payments_stay_card_payments(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    incident = extract(
        "Cafe chain hit\n\n"
        "Sedley Coffee was hit by a ransomware attack on Monday. Customers could not make "
        "payments in its cafes.",
        "2025-05-20",
    )["incidents"][0]
    assert statuses(incident)["card_payments"] == "disrupted"


def test_payments_to_the_organisation_are_not_its_back_office(extract: Extract) -> None:
    """A guard: residents paying the council are customers paying, no payee of the council's."""
    incident = extract(
        "Council payments\n\n"
        "Ashmere Council was hit by a cyber attack on Monday. Residents could not make payments "
        "to the council for two days.",
        "2025-05-20",
    )["incidents"][0]
    assert "internal_systems" not in statuses(incident)
