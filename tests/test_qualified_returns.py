"""A return the body qualifies stays partial (issue 13, statuses). A headline drops the
qualifier the body keeps ('Warehouses shipping again' over 'most of its warehouses were
shipping again'): its return says no more than the body's partial one. And a clause that
tells one return through two words of the service ('Pharmacies in most of its stores were
processing prescriptions normally again') is limited by the quantifier whichever word it
stands by. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

HEADLINE_WITHOUT_THE_QUALIFIER = [
    pytest.param(
        "Ansty Hardware",
        "stock_and_supply",
        "Ansty Hardware warehouses shipping again after cyber attack\n\n"
        "Ansty Hardware said on Thursday that most of its warehouses were shipping to stores "
        "again, five days after a cyber attack knocked out its ordering systems.",
        id="warehouses-most",
    ),
    pytest.param(
        "Ketterby",
        "stores",
        "Cafe chain Ketterby reopens cafes after IT outage\n\n"
        "Ketterby said on Monday that most of its 40 cafes had reopened, two days after a till "
        "failure forced them to close.",
        id="cafes-most-of-40",
    ),
]


@pytest.mark.parametrize(("victim", "service", "text"), HEADLINE_WITHOUT_THE_QUALIFIER)
def test_a_headline_return_says_no_more_than_the_body(
    extract: Extract, victim: str, service: str, text: str
) -> None:
    incident = incident_of(extract(text, "2025-05-16"), victim)
    assert statuses(incident).get(service) == "partially_restored"


def test_a_headline_return_after_a_body_return_in_full_stands(extract: Extract) -> None:
    """Guard (passes on the code before the rule): a body that tells the whole back."""
    text = (
        "Ansty Hardware warehouses shipping again after cyber attack\n\n"
        "Ansty Hardware said on Thursday that all of its warehouses were shipping to stores "
        "again, five days after a cyber attack knocked out its ordering systems."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Ansty Hardware")
    assert statuses(incident).get("stock_and_supply") == "restored"


def test_a_quantifier_limits_the_clause_whichever_word_it_stands_by(extract: Extract) -> None:
    text = (
        "Culross Foods pharmacies back to normal after IT security incident\n\n"
        "Pharmacies in most Culross-owned grocery stores were processing prescriptions "
        "normally again by Wednesday, a week after an IT security incident knocked out "
        "computer systems across the grocer's network, the company said."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Culross Foods")
    assert statuses(incident).get("pharmacy") == "partially_restored"


def test_a_later_whole_return_in_another_sentence_stands(extract: Extract) -> None:
    """Guard (passes on the code before the rule): the rule keeps to one clause."""
    text = (
        "Culross Foods pharmacies back to normal after IT security incident\n\n"
        "Pharmacies in most Culross Foods stores were dispensing prescriptions again on "
        "Monday, a week after an IT security incident, the company said.\n\n"
        "On Wednesday the grocer said every pharmacy was dispensing prescriptions again."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Culross Foods")
    assert statuses(incident).get("pharmacy") == "restored"


HEADLINES_IN_FULL = [
    pytest.param(
        "Tamsin Stores stores fully reopened after cyber attack\n\n"
        "Tamsin Stores said some of its stores had reopened on Tuesday after a cyber attack.",
        id="fully-reopened",
    ),
    pytest.param(
        "All Tamsin Stores shops open again after cyber attack\n\n"
        "Most of its shops had reopened by Wednesday, Tamsin Stores said, a week after a cyber "
        "attack.",
        id="all-open-again",
    ),
]


@pytest.mark.parametrize("text", HEADLINES_IN_FULL)
def test_a_headline_that_tells_the_whole_back_says_more(extract: Extract, text: str) -> None:
    incident = incident_of(extract(text, "2025-05-16"), "Tamsin Stores")
    assert statuses(incident).get("stores") == "restored"
