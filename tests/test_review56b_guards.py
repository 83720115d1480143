"""Guards from the style review of 3abe004..2b1628b (round 56): each article is a
counter-example the reviewer ran against the rules of that range, and each test fails on
2b1628b but one guard, "care system problems", which names no organisation here. Every
article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2024-03-08"  # a Friday


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("lost more than £20,000 to fraudsters last year", id="more-than"),
        pytest.param("handed over £3,000 to a conman last year", id="handed-over"),
        pytest.param("lost tens of thousands of pounds to scammers last year", id="tens-of"),
        pytest.param("paid £9,000 into a bank account belonging to fraudsters", id="belonging"),
        pytest.param("paid £9,000 into an account set up by fraudsters", id="set-up-by"),
        pytest.param("lost £20,000 in total to fraudsters last year", id="in-total"),
    ],
)
def test_money_lost_to_deceivers_however_the_sum_is_told(extract: Extract, told: str) -> None:
    record = extract(f"Council fraud\n\nAshgrove Council {told}, its auditors said.", PUBLISHED)
    assert record["incidents"], "no incident"
    assert "social_engineering" in record["incidents"][0]["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Fenwick Bank said it had paid the victims of fraudsters £2m in compensation.",
            id="compensation",
        ),
        pytest.param(
            "Fenwick Bank said it had handed police the names of the fraudsters.", id="police"
        ),
        pytest.param(
            "Fenwick Bank said that from next month customers who cannot sign in to the app "
            "will be able to verify their identity in branch.",
            id="login-in-a-relative",
        ),
        pytest.param(
            "Fenwick Bank said it was unable to sign on new business customers to its online "
            "banking platform.",
            id="sign-on-customers",
        ),
        pytest.param(
            "Fenwick Bank said its new parking system issues fines automatically.",
            id="system-issues-fines",
        ),
        pytest.param(
            "Inspectors found care system problems at the council's children's services.",
            id="care-system",
        ),
    ],
)
def test_no_loss_no_failure_no_it_problem(extract: Extract, text: str) -> None:
    assert extract("Bank news\n\n" + text, PUBLISHED)["incidents"] == []


def test_a_place_named_before_the_pronoun_is_not_what_it_stands_for(extract: Extract) -> None:
    text = (
        "Supplier hit\n\nHalden Group detected ransomware on its servers in Leeds on Monday. "
        "That cut off thousands of pharmacies that rely on it. Brookes Pharmacy said it could "
        "not order medicines."
    )
    kinds = incident_of(extract(text, PUBLISHED), "Brookes Pharmacy")["incident_types"]
    assert "third_party" in kinds


def test_a_fault_corrected_before_a_day_is_remedied(extract: Extract) -> None:
    text = (
        "Card payments fail\n\nWexcombe Garden Centres said a software fault stopped card "
        "payments on Tuesday. Engineers corrected the fault Tuesday night."
    )
    claims = extract(text, PUBLISHED)["incidents"][0]["restoration_claims"]
    assert ("restored", None) in [(c["status"], c["service"]) for c in claims]


def test_logging_onto_a_service_is_a_login(extract: Extract) -> None:
    text = (
        "Bank customers locked out\n\nCustomers of Selby Vale Bank couldn't log onto online "
        "banking on Tuesday."
    )
    incident = extract(text, PUBLISHED)["incidents"][0]
    assert statuses(incident).get("website") == "disrupted"
