"""Money diverted by deception is an incident of social engineering (issue 12, who was hit;
issue 13, types): an organisation that "lost £60,000 to fraudsters", "wired $400,000 to a
bank account controlled by scammers", "paid £53,000 into a fraudster's account", "lost nearly
£30,000 in an invoice scam", "was tricked into transferring" money or "paid a fake invoice"
was hit, and the kind is social_engineering. A supplier whose likeness the fraud wore ("a
bill made to look like one from a highways supplier") or whose bank details the fraudsters
asked to change ("to change a supplier's bank details") is no route in: no third_party.
Guards: a payment to a real contractor is no incident, and a ransom paid to hackers is
ransomware, not social engineering. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2024-09-05"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Linthorpe Council lost £60,000 to fraudsters last month, its auditors said.",
            id="lost-to-fraudsters",
        ),
        pytest.param(
            "Fenmoor Homes wired $400,000 to a bank account controlled by scammers, the "
            "builder said on Tuesday.",
            id="account-controlled-by",
        ),
        pytest.param(
            "Stannard Academy paid £53,000 into a fraudster's bank account in June, the "
            "school's governors were told.",
            id="into-an-account",
        ),
        pytest.param(
            "Quayle Logistics lost nearly £30,000 in an invoice scam, the haulier said.",
            id="lost-in-a-scam",
        ),
        pytest.param(
            "Staff at Quayle Logistics were tricked into transferring £30,000 to a new account "
            "last week, the haulier said.",
            id="tricked-into",
        ),
        pytest.param(
            "Linthorpe Council paid a fake invoice for £48,000 in March, an audit report said.",
            id="fake-invoice",
        ),
    ],
)
def test_money_diverted_by_deception_is_social_engineering(extract: Extract, text: str) -> None:
    record = extract("Council loses money\n\n" + text, PUBLISHED)
    assert record["incidents"], "no incident"
    kinds = record["incidents"][0]["incident_types"]
    assert "social_engineering" in kinds, kinds


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "after fraudsters sent it a bill made to look like one from a highways supplier",
            id="made-to-look-like",
        ),
        pytest.param(
            "after fraudsters asked it to change a supplier's bank details", id="bank-details"
        ),
    ],
)
def test_a_supplier_whose_likeness_the_fraud_wore_is_no_route(extract: Extract, told: str) -> None:
    text = f"Council loses money\n\nLinthorpe Council paid a fake invoice for £48,000 {told}."
    record = extract(text, PUBLISHED)
    kinds = record["incidents"][0]["incident_types"]
    assert "social_engineering" in kinds
    assert "third_party" not in kinds


def test_a_payment_to_a_real_contractor_is_no_incident(extract: Extract) -> None:
    text = (
        "Council signs off new depot\n\nLinthorpe Council wired £400,000 to its roofing "
        "contractor for the new depot on Tuesday, a spokesman said."
    )
    assert extract(text, PUBLISHED)["incidents"] == []


def test_a_ransom_paid_to_hackers_is_no_social_engineering(extract: Extract) -> None:
    text = (
        "Builder pays ransom\n\nFenmoor Homes paid a ransom of £400,000 to hackers who had "
        "encrypted its servers, the company said on Tuesday."
    )
    kinds = extract(text, PUBLISHED)["incidents"][0]["incident_types"]
    assert "ransomware" in kinds
    assert "social_engineering" not in kinds
