"""Data named beside a theft that the sentence does not tell (issue 13), on text written for
these tests.

A denial of proof takes the theft in its clause, as a denial of evidence does ("the listing
did not show that any data had been stolen", "there is no proof that customer data was
taken"): the data is not compromised, and no data breach is told. A risk told to come
("customer data could be at risk", "be alert to phishing emails using stolen data") and a
habit told in the present ("data stolen in such attacks is often sold online") tell no theft
at all. A theft told as fact beside such words still stands ("the first company to be
targeted: ... said a gang had stolen staff payroll records", "hackers stole customer data;
customers should be alert to phishing emails"), and so does a denial of risk ("card details
were never at risk": not compromised)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names, statuses

Extract = Callable[..., dict[str, Any]]
LEDE = (
    "Rushden Outdoor hit by ransomware\n\n"
    "Rushden Outdoor said a ransomware attack on Monday had knocked out its website. "
)


def _only_incident(extract: Extract, text: str) -> dict[str, Any]:
    record = extract(text, published="2025-05-14")
    assert len(record["incidents"]) == 1, names(record)
    return record["incidents"][0]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "A gang's listing on a leak site did not show that any data had been stolen.",
            id="did-not-show",
        ),
        pytest.param(
            "A post on a leak site does not prove that customer data was taken.",
            id="does-not-prove",
        ),
        pytest.param("There is no proof that customer data was stolen.", id="no-proof"),
    ],
)
def test_a_denial_of_proof_takes_the_theft(extract: Extract, sentence: str) -> None:
    incident = _only_incident(extract, LEDE + sentence)
    assert incident["data_compromised"] is not True
    assert "data_breach" not in incident["incident_types"]
    assert statuses(incident).get("customer_data") != "compromised"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Experts warned that customer data could be at risk.", id="could-be-at-risk"),
        pytest.param("Customers' personal details may be at risk, it said.", id="may-be-at-risk"),
        pytest.param(
            "Experts told customers to be alert to phishing emails using stolen data.",
            id="be-alert-to",
        ),
        pytest.param("Data stolen in such attacks is often sold online.", id="a-habit"),
    ],
)
def test_a_risk_or_a_habit_tells_no_theft(extract: Extract, sentence: str) -> None:
    incident = _only_incident(extract, LEDE + sentence)
    assert incident["data_compromised"] is None
    assert "data_breach" not in incident["incident_types"]
    assert "customer_data" not in statuses(incident)


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        pytest.param(
            "It is not the first retailer to be targeted: in 2023, rival Kelso Sports said a "
            "ransomware gang had stolen staff payroll records.",
            "employee_data",
            id="a-fact-beside-to-be-targeted",
        ),
        pytest.param(
            "It said hackers had stolen customer data. Customers should be alert to phishing "
            "emails.",
            "customer_data",
            id="a-theft-then-advice",
        ),
    ],
)
def test_a_theft_told_as_fact_stands(extract: Extract, sentence: str, service: str) -> None:
    record = extract(LEDE + sentence, published="2025-05-14")
    assert any(statuses(i).get(service) == "compromised" for i in record["incidents"]), names(
        record
    )


def test_a_denial_of_risk_is_no_theft(extract: Extract) -> None:
    incident = _only_incident(extract, LEDE + "It said customers' card details were never at risk.")
    assert incident["data_compromised"] is not True
