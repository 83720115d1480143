"""A habit is no event (issue 13, statuses, data and types): what someone does as a rule
('the gang typically steals data before it encrypts a network', 'tends to steal staff data',
'often tricks staff with phishing emails') tells how the attackers work, not what happened
to this victim. A data theft or an attack kind a habit word governs ('habitual' cues in
cues.json, reaching the few words of the verb phrase after them) is not this incident's; the
attack the story tells beside it stands. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]


def _article(victim: str, lede: str, habit: str) -> str:
    return f"{victim} hit by ransomware\n\n{lede} {habit}"


HABITUAL_THEFTS = [
    pytest.param(
        "Ostley Homes",
        "Ostley Homes said on Tuesday that a ransomware attack had disrupted its systems.",
        "The gang that hit Ostley Homes typically steals customers' data before it encrypts "
        "a network, police said.",
        id="retailer-typically",
    ),
    pytest.param(
        "Hollerby University",
        "Hollerby University said on Monday that ransomware had taken its student portal offline.",
        "The gang that attacked Hollerby University tends to steal staff data before it "
        "encrypts servers, experts said.",
        id="university-tends-to",
    ),
]


@pytest.mark.parametrize(("victim", "lede", "habit"), HABITUAL_THEFTS)
def test_a_habitual_theft_is_no_theft_told(
    extract: Extract, victim: str, lede: str, habit: str
) -> None:
    incident = incident_of(extract(_article(victim, lede, habit), "2025-06-04"), victim)
    found = statuses(incident)
    assert "customer_data" not in found and "employee_data" not in found
    assert incident["data_compromised"] is None
    assert "data_breach" not in incident["incident_types"]
    assert "ransomware" in incident["incident_types"]


def test_a_habitual_trick_is_no_kind_of_this_attack(extract: Extract) -> None:
    text = _article(
        "Ostley Homes",
        "Ostley Homes said on Tuesday that a ransomware attack had disrupted its systems.",
        "Investigators said the gang behind it often tricks staff with phishing emails to get in.",
    )
    incident = incident_of(extract(text, "2025-06-04"), "Ostley Homes")
    assert "social_engineering" not in incident["incident_types"]
    assert "ransomware" in incident["incident_types"]


def test_a_theft_told_after_a_habit_stands(extract: Extract) -> None:
    """Guard (passes on the code before): the habit reaches its own verb phrase, not a
    theft told later in the sentence."""
    text = _article(
        "Ostley Homes",
        "Ostley Homes said on Tuesday that a ransomware attack had disrupted its systems.",
        "The gang usually demands a ransom, and it stole customer data on Monday, the company "
        "said.",
    )
    incident = incident_of(extract(text, "2025-06-04"), "Ostley Homes")
    assert statuses(incident).get("customer_data") == "compromised"
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        (
            "Customers who usually pay by card were told the card machines were down.",
            "card_payments",
        ),
        (
            "Its online shop, which usually handles 5,000 orders a day, has been offline since "
            "Sunday.",
            "online_orders",
        ),
    ],
)
def test_a_habit_of_customers_hides_no_failure(
    extract: Extract, sentence: str, service: str
) -> None:
    """Guard (passes on the code before): a habit in a relative clause says nothing of the
    service's failure told after it."""
    text = _article(
        "Ostley Homes",
        "Ostley Homes said on Tuesday that a cyber attack had disrupted its systems.",
        sentence,
    )
    incident = incident_of(extract(text, "2025-06-04"), "Ostley Homes")
    assert statuses(incident).get(service) == "disrupted"


@pytest.mark.parametrize(
    ("text", "name", "service"),
    [
        pytest.param(
            "Farm shop chain apologises after card machines fail\n\n"
            "Shoppers at Tenbury Farm Stores who usually pay by card were told on Saturday "
            "that the card machines were down across all six of its stores.",
            "Tenbury Farm Stores",
            "card_payments",
            id="shoppers-at",
        ),
        pytest.param(
            "Ferry operator's website fails\n\n"
            "Passengers of Lindow Ferries who normally book online were told on Monday that its "
            "booking website was down because of a fault.",
            "Lindow Ferries",
            "website",
            id="passengers-of",
        ),
    ],
)
def test_a_habit_inside_a_relative_clause_after_the_name(
    extract: Extract, text: str, name: str, service: str
) -> None:
    """The relative clause's verb may follow an adverb ('who usually pay by card'): the
    name's predicate starts after that clause, and its trouble ties the name."""
    incident = incident_of(extract(text, "2024-03-25"), name)
    assert statuses(incident).get(service) == "disrupted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The app frequently crashed over the weekend and card machines were often down for "
            "hours.",
            {"mobile_app": "disrupted", "card_payments": "disrupted"},
            id="repeats-in-the-past",
        ),
        pytest.param(
            "Its website was often unavailable last week.",
            {"website": "disrupted"},
            id="often-after-was",
        ),
        pytest.param(
            "Hackers had often stolen customer data over the past three months, it said.",
            {"customer_data": "compromised"},
            id="perfect-repeats",
        ),
    ],
)
def test_repeats_told_in_the_past_are_events(
    extract: Extract, sentence: str, expected: dict[str, str]
) -> None:
    """A review's counter-examples: 'often' or 'frequently' with a past or perfect verb tells
    repeats within this incident, no habit; only a present verb after the adverb ('typically
    steals', 'usually pay') or 'tends to' is one."""
    text = _article(
        "Ostley Homes",
        "Ostley Homes said on Tuesday that a cyber attack had hit its systems.",
        sentence,
    )
    found = statuses(incident_of(extract(text, "2025-06-04"), "Ostley Homes"))
    assert {service: found.get(service) for service in expected} == expected


def test_an_adverb_of_degree_is_no_habit(extract: Extract) -> None:
    """'a typically brazen ransomware attack': the adverb qualifies an adjective. The
    headline names no kind, so the kind comes from this sentence alone."""
    text = (
        "Ostley Homes hit by cyber attack\n\n"
        "Ostley Homes said on Tuesday that its systems had been hit. It was a typically brazen "
        "ransomware attack, investigators said."
    )
    incident = incident_of(extract(text, "2025-06-04"), "Ostley Homes")
    assert "ransomware" in incident["incident_types"]


def test_a_habit_after_a_modal(extract: Extract) -> None:
    """A second review's counter-example: 'will typically steal' is a habit too."""
    text = _article(
        "Ostley Homes",
        "Ostley Homes said on Tuesday that a ransomware attack had hit its systems.",
        "Gangs like this one will typically steal customer data, police said.",
    )
    incident = incident_of(extract(text, "2025-06-04"), "Ostley Homes")
    assert incident["data_compromised"] is None
    assert "data_breach" not in incident["incident_types"]


def test_generally_is_no_habit(extract: Extract) -> None:
    """A second review's counter-example: 'now generally work again' is a return."""
    text = _article(
        "Ostley Homes",
        "Ostley Homes said on Tuesday that a cyber attack had hit its tills on Monday.",
        "Card payments now generally work again in its stores.",
    )
    incident = incident_of(extract(text, "2025-06-04"), "Ostley Homes")
    assert statuses(incident).get("card_payments") == "restored"
