"""A service's words before a noun of a business name the business's trade (issue 13,
services): 'a payments company', 'the pharmacy chain', 'a logistics firm' describe who the
organisation is, and tell no service of its own that failed ('Payments company hit by
ransomware' is no card-payment outage). After a possessive the words name the owner's unit
('its parts and distribution business'), whose service they are. Every article here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("text", "name", "service"),
    [
        pytest.param(
            "Payments company hit by ransomware\n\n"
            "Cardova, a payments company used by 300 cafes, said on Monday that ransomware had "
            "encrypted its servers.",
            "Cardova",
            "card_payments",
            id="payments-company",
        ),
        pytest.param(
            "Pharmacy chain hit by cyber attack\n\n"
            "Corsham Chemists said on Monday that a cyber attack had disrupted its online shop. "
            "The pharmacy chain said its stores were open as usual.",
            "Corsham Chemists",
            "pharmacy",
            id="pharmacy-chain",
        ),
    ],
)
def test_a_trade_description_is_no_service(
    extract: Extract, text: str, name: str, service: str
) -> None:
    incident = incident_of(extract(text, "2025-06-04"), name)
    assert service not in statuses(incident)


def test_the_owners_unit_keeps_its_service(extract: Extract) -> None:
    """Guard (passes on the code before): after 'its' the words name a unit of the owner."""
    incident = incident_of(
        extract(
            "Parts maker hit\n\n"
            "Stenbury Industries said a cyber attack had hit its parts and distribution "
            "business on Monday.",
            "2025-06-04",
        ),
        "Stenbury Industries",
    )
    assert statuses(incident).get("stock_and_supply") == "disrupted"


@pytest.mark.parametrize(
    ("text", "name", "service", "status"),
    [
        pytest.param(
            "Chemist chain hit\n\n"
            "Oxenby Chemists said a cyber attack had disrupted its systems on Monday. The "
            "pharmacy business remained closed on Tuesday.",
            "Oxenby Chemists",
            "pharmacy",
            "suspended",
            id="the-pharmacy-business",
        ),
        pytest.param(
            "Parts maker hit\n\n"
            "The logistics business of Stenbury Industries was hit by a cyber attack on Monday, "
            "the company said.",
            "Stenbury Industries",
            "stock_and_supply",
            "disrupted",
            id="the-logistics-business-of",
        ),
    ],
)
def test_a_business_is_a_unit_of_its_owner(
    extract: Extract, text: str, name: str, service: str, status: str
) -> None:
    """A review's counter-examples: 'business' names a unit more often than a trade, so it
    is no trade head."""
    incident = incident_of(extract(text, "2025-06-04"), name)
    assert statuses(incident).get(service) == status


def test_a_business_after_a_is_a_trade(extract: Extract) -> None:
    """A second review's counter-example: 'a family-run logistics business' describes the
    haulier; its own email was what failed."""
    incident = incident_of(
        extract(
            "Haulier hit\n\n"
            "Stenbury Haulage, a family-run logistics business based in Leeds, said its email "
            "system was down after a ransomware attack.",
            "2025-06-04",
        ),
        "Stenbury Haulage",
    )
    assert "stock_and_supply" not in statuses(incident)
