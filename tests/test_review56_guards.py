"""Guards from the style review of dbb4f12..3abe004 (round 56): each article is a
counter-example the reviewer ran against the rules of that range, and each test fails on
3abe004 but two, which pass there by other routes and stay as guards ("corrected the error
messages", "restaurants that use its booking system"). Every article here is written for
these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2024-03-08"  # a Friday
FAULT = (
    "Card payments fail\n\nWexcombe Garden Centres said a software fault stopped card payments "
    "at its branches on Tuesday. "
)


def general_claims(record: dict[str, Any]) -> list[str]:
    return [
        c["status"] for c in record["incidents"][0]["restoration_claims"] if c["service"] is None
    ]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("The company said the fault was never corrected.", id="never"),
        pytest.param("The company said the error was rarely corrected.", id="rarely"),
        pytest.param(
            "Engineers spent Wednesday morning sorting the error logs by severity.",
            id="sorting-logs",
        ),
        pytest.param(
            "Engineers corrected the error messages shown on the tills.", id="error-messages"
        ),
    ],
)
def test_no_problem_remedied_is_no_general_return(extract: Extract, told: str) -> None:
    assert "restored" not in general_claims(extract(FAULT + told, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Linthorpe Council sent a letter to residents warning them about fraudsters "
            "offering fake energy grants.",
            id="warning-letter",
        ),
        pytest.param(
            "Linthorpe Council paid tribute to staff who caught the fraudsters.", id="tribute"
        ),
        pytest.param(
            "Halden Bank said customers who lose money in a scam should call it at once.",
            id="advice",
        ),
    ],
)
def test_fraudsters_named_beside_no_loss_are_no_incident(extract: Extract, text: str) -> None:
    assert extract("Council news\n\n" + text, PUBLISHED)["incidents"] == []


def test_a_swindler_is_a_deceiver(extract: Extract) -> None:
    text = "School loses money\n\nStannard Academy paid £53,000 into a swindler's bank account."
    kinds = extract(text, PUBLISHED)["incidents"][0]["incident_types"]
    assert "social_engineering" in kinds


def test_a_likeness_the_fraud_wore_is_no_guess(extract: Extract) -> None:
    """'appeared to come from' is a disguise: its hedge words do not make the kind a guess."""
    text = (
        "School loses money\n\nVennock Academy Trust sent a payment of £86,000 to scammers "
        "after an email that appeared to come from its builder."
    )
    kinds = extract(text, PUBLISHED)["incidents"][0]["incident_types"]
    assert "social_engineering" in kinds


def test_a_name_after_the_subject_is_what_the_pronoun_stands_for(extract: Extract) -> None:
    text = (
        "Payroll data stolen\n\nRuswarp Stores said hackers had stolen staff payroll records "
        "through its payroll supplier, Paystream. Hundreds of companies rely on it to pay "
        "their staff."
    )
    record = extract(text, PUBLISHED)
    assert "third_party" in incident_of(record, "Ruswarp Stores")["incident_types"]


def test_the_chains_own_stores_make_no_supplier_of_it(extract: Extract) -> None:
    text = (
        "Grocer hit\n\nCaraway Foods said a ransomware attack had hit its warehouse system on "
        "Tuesday. The chain's 300 stores rely on it for daily deliveries. Heddon Dairies said "
        "its own deliveries to the grocer had been delayed."
    )
    kinds = incident_of(extract(text, PUBLISHED), "Heddon Dairies")["incident_types"]
    assert "third_party" not in kinds
    assert "ransomware" not in kinds


def test_businesses_that_use_its_product_make_it_a_supplier(extract: Extract) -> None:
    text = (
        "Booking platform hit\n\nBookwell Systems said ransomware had hit its servers on "
        "Monday. Hundreds of restaurants that use its booking system could not take "
        "reservations. Ostler Grill said its own bookings had been lost."
    )
    kinds = incident_of(extract(text, PUBLISHED), "Ostler Grill")["incident_types"]
    assert "third_party" in kinds


def test_staff_moving_records_take_no_data(extract: Extract) -> None:
    text = (
        "Retailer hit\n\nCaddon Sports said a cyber attack had hit its website on Monday. "
        "Before the attack, staff were downloading customer records to move them to a new "
        "system."
    )
    assert extract(text, PUBLISHED)["incidents"][0]["data_compromised"] is not True
