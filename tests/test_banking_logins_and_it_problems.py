"""Three classes of a bank's or a utility's IT trouble (issue 13, services; issue 12, no
incident on news that reports none):

- Online banking is the bank's website, mobile banking its app: "online banking has been
  unavailable since Tuesday", "internet banking was back by the evening", "its mobile banking
  service crashed". A habit told of it ("more customers now use online banking") is no status.
- Customers unable to log in or sign in to a digital service is an IT failure though no
  incident word names it ("customers have been unable to log in to online banking since
  Tuesday", "users could not sign in to its app"); a planned change is none ("will be unable
  to log in on Sunday during planned maintenance").
- An IT problem named by a system word before a trouble noun is an incident and an IT
  failure ("an IT problem", "an IT issue", "computer issues", "a systems problem"), written
  "IT": the pronoun before a verb spelt like a trouble noun ("it issues refunds within five
  days") is none.

Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2024-12-05"  # a Thursday


@pytest.mark.parametrize(
    ("told", "service", "status"),
    [
        pytest.param(
            "Harnley Savings Bank's online banking has been unavailable since Tuesday morning.",
            "website",
            "disrupted",
            id="online-banking-down",
        ),
        pytest.param(
            "Harnley Savings Bank said internet banking crashed on Tuesday and was working "
            "again by the evening.",
            "website",
            "restored",
            id="internet-banking-back",
        ),
        pytest.param(
            "Harnley Savings Bank said its mobile banking service crashed on Tuesday.",
            "mobile_app",
            "disrupted",
            id="mobile-banking",
        ),
    ],
)
def test_online_banking_is_the_website_mobile_banking_the_app(
    extract: Extract, told: str, service: str, status: str
) -> None:
    record = extract("Bank outage\n\n" + told, PUBLISHED)
    assert statuses(record["incidents"][0]).get(service) == status


def test_a_habit_of_online_banking_is_no_status(extract: Extract) -> None:
    text = (
        "Building society hit by cyber attack\n\n"
        "Brockhurst Building Society said a cyber attack had disrupted its telephone lines on "
        "Tuesday. More of its members now use online banking than visit its branches."
    )
    incident = extract(text, PUBLISHED)["incidents"][0]
    assert "website" not in statuses(incident)


@pytest.mark.parametrize(
    ("told", "service"),
    [
        pytest.param(
            "Customers of Selby Vale Bank have been unable to log in to online banking since "
            "Tuesday morning.",
            "website",
            id="unable-to-log-in",
        ),
        pytest.param(
            "Customers of Selby Vale Bank could not sign in to its app on Tuesday, the bank said.",
            "mobile_app",
            id="could-not-sign-in",
        ),
        pytest.param(
            "Selby Vale Bank said customers couldn't log in to its website on Tuesday.",
            "website",
            id="couldnt-log-in",
        ),
    ],
)
def test_customers_unable_to_log_in_is_an_it_failure(
    extract: Extract, told: str, service: str
) -> None:
    record = extract("Bank customers locked out\n\n" + told, PUBLISHED)
    assert record["incidents"], "no incident"
    incident = record["incidents"][0]
    assert incident["organization"]["name"] == "Selby Vale Bank"
    assert "technical_outage" in incident["incident_types"]
    assert statuses(incident).get(service) == "disrupted"


def test_a_planned_login_pause_is_no_incident(extract: Extract) -> None:
    text = (
        "Bank upgrade\n\n"
        "Selby Vale Bank said customers will be unable to log in to online banking on Sunday "
        "during planned maintenance."
    )
    assert extract(text, PUBLISHED)["incidents"] == []


@pytest.mark.parametrize(
    "trouble",
    ["an IT problem", "an IT issue", "computer issues", "a systems problem"],
)
def test_an_it_problem_is_an_it_failure(extract: Extract, trouble: str) -> None:
    text = (
        "Duplicate bills\n\n"
        f"Tenbury Energy said {trouble} had caused thousands of customers to be sent "
        "duplicate bills this week."
    )
    record = extract(text, PUBLISHED)
    assert record["incidents"], "no incident"
    assert "technical_outage" in record["incidents"][0]["incident_types"]


def test_the_pronoun_before_a_verb_is_no_it_problem(extract: Extract) -> None:
    text = (
        "Energy firm cuts prices\n\n"
        "Tenbury Energy said on Thursday that it would cut its prices by 4% in January. The "
        "company said it issues refunds to customers within five days of a request."
    )
    assert extract(text, PUBLISHED)["incidents"] == []
