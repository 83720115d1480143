"""A body that says it is aware of the incident answers another's incident: a regulator, a
police force or an agency 'said it was aware of the incident', where a victim is aware of a
claim or a post about its own. The story's victim saying so, once the text tells it hit,
stays the victim.
Articles invented for these tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names


@pytest.mark.parametrize(
    "sentence",
    [
        "The Department of Community Health said it was aware of the incident and was in "
        "contact with the hospitals.",
        "Harrowfield Constabulary said it was aware of the attack and was working with the "
        "company.",
        "The Office for Digital Resilience says it is aware of the incident.",
    ],
)
def test_a_body_aware_of_the_incident_is_no_victim(extract: Any, sentence: str) -> None:
    text = (
        "Hospital group hit by ransomware\n\n"
        "Ashcroft Health said on Monday that a ransomware attack had forced it to divert "
        "ambulances from two of its hospitals.\n\n" + sentence
    )
    assert names(extract(text, published="2025-06-10")) == ["Ashcroft Health"]


def test_a_victim_aware_of_its_own_incident_stays_the_victim(extract: Any) -> None:
    """Guard."""
    text = (
        "Payments firm confirms attack\n\n"
        "Hackers got into the network of Ledgerly Payments on Sunday, the company said.\n\n"
        "Ledgerly Payments said it was aware of the incident and had taken its payment systems "
        "offline."
    )
    incident = incident_of(extract(text, published="2025-06-10"), "Ledgerly Payments")
    assert incident["role"] == "primary"


def test_a_victim_named_hit_before_it_says_it_is_aware_stays_a_victim(extract: Any) -> None:
    """Guard from the second review of round 62: the remark that follows a victim's own
    incident does not make it a bystander."""
    text = (
        "Data leak\n\n"
        "Names and email addresses of customers of Brightwell Stores were posted on a hacking "
        "forum on Monday. Brightwell Stores said it was aware of the incident and had informed "
        "the police."
    )
    incident = incident_of(extract(text, published="2025-06-10"), "Brightwell Stores")
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "The Office for Digital Resilience confirmed on Tuesday it was aware of the ransomware "
        "attack.",
        "Consumer group Wardwise said this week's attack was a wake-up call.",
    ],
)
def test_near_variants_of_a_remark_on_the_incident(extract: Any, sentence: str) -> None:
    text = (
        "Hospital group hit by ransomware\n\n"
        "Ashcroft Health said on Monday that a ransomware attack had forced it to divert "
        "ambulances from two of its hospitals.\n\n" + sentence
    )
    assert names(extract(text, published="2025-06-10")) == ["Ashcroft Health"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "Council hit\n\nThornbury Council said on Monday it was aware of the incident. The "
            "council's website has been offline since Saturday and residents cannot pay "
            "council tax online.",
            ["Thornbury Council"],
        ),
        (
            "Society hit\n\nA ransomware attack hit Harlow Building Society on Monday. The "
            "society has informed the Information Commissioner's Office and Kentwell Police. "
            "Kentwell Police said it was aware of the incident.",
            ["Harlow Building Society"],
        ),
        (
            "Society hit\n\nA ransomware attack hit Harlow Building Society on Monday. Kentwell "
            "Police said it was aware of the incident and its officers were investigating.",
            ["Harlow Building Society"],
        ),
        (
            "Tills down\n\nHarlow Foods said the outage, which began in the wake of a software "
            "update, had left tills down in 40 stores.",
            ["Harlow Foods"],
        ),
    ],
)
def test_a_remark_ties_no_one_and_drops_no_victim(
    extract: Any, text: str, victims: list[str]
) -> None:
    """Guards from the third review of round 62 (they fail on 4824e92): a remark on the
    incident ties no one, so a victim told hit by a reference elsewhere stays one, and a
    police force told of the incident or speaking of its officers is no victim; 'in the
    wake of' is no wake-up call."""
    assert names(extract(text, published="2025-06-10")) == victims
