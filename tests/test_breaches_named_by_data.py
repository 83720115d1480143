"""A breach named by the personal data it took ('a card breach', 'a customer data breach',
'payment card breaches') is that data compromised and a data breach, where a bare 'data
breach' names the kind of incident only, and a breach of contract is no breach of data.
Articles invented for these tests; the guards pass on the code before, and so does 'a
customer data breach', whose 'customer data' was read as the data already."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses


@pytest.mark.parametrize(
    "told",
    [
        "Wexcombe Stores suffered a large card breach last year.",
        "Wexcombe Stores suffered a payment card breach in 2019.",
        "Wexcombe Stores disclosed a customer data breach on Tuesday.",
        "Retailers including Wexcombe Stores and Ledbury Home suffered large card breaches "
        "earlier in the decade after attackers planted malware on checkout systems.",
    ],
)
def test_a_breach_named_by_its_data_is_that_data_taken(extract: Any, told: str) -> None:
    record = extract("Retail news\n\n" + told, published="2025-02-11")
    incident = incident_of(record, "Wexcombe Stores")
    assert statuses(incident).get("customer_data") == "compromised", incident["services"]
    assert "data_breach" in incident["incident_types"]
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    "told",
    [
        "Wexcombe Stores suffered a data breach last year.",
        "Wexcombe Stores was sued by its card processor for breach of contract after a "
        "ransomware attack.",
    ],
)
def test_a_breach_of_no_named_data_takes_none(extract: Any, told: str) -> None:
    record = extract("Retail news\n\n" + told, published="2025-02-11")
    incident = incident_of(record, "Wexcombe Stores")
    assert incident["data_compromised"] is not True
    assert statuses(incident).get("customer_data") != "compromised", incident["services"]
