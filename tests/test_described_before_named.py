"""A victim described before it is named (issue 12, who was hit): a lede whose subject is one
unnamed organisation of a kind ('A regional dairy that supplies X, Y and Z has been hit by
hackers') tells of the organisation the next sentence opens on, when that sentence ties it to
the incident. The names inside the lede's relative clause ('that supplies X, Y and Z', 'that
carries goods for X and Y') are the dairy's customers: the predicate after the clause is the
dairy's, not theirs. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names

Extract = Callable[..., dict[str, Any]]

DESCRIBED_THEN_NAMED = [
    pytest.param(
        "Brindle Dairies",
        ["Tesco", "Asda", "Morrisons"],
        "Supplier hit by hackers\n\n"
        "A regional dairy that supplies Tesco, Asda and Morrisons has been hit by hackers. "
        "Brindle Dairies said on Tuesday that its ordering system had been offline since "
        "Friday.",
        id="customers-listed-as-the-clause-object",
    ),
    pytest.param(
        "Kelsall Transport",
        ["Ocado", "Waitrose"],
        "Supplier hit by hackers\n\n"
        "A family-run haulier that carries goods for Ocado and Waitrose has been hit by "
        "hackers. Kelsall Transport was hit on Thursday night, its managing director "
        "said. The firm's depot systems were shut down as a precaution.",
        id="customers-in-a-phrase-of-the-clause",
    ),
    pytest.param(
        "Harnell Freight",
        ["Lidl", "Asda"],
        "Storage firm hit by hackers\n\n"
        "A storage firm that stores pallets for Lidl and Asda has been hit by hackers. Harnell "
        "Freight said on Monday that its warehouse systems had been down since Friday.",
        id="the-clause-verb-the-tagger-reads-as-a-noun",
    ),
]


@pytest.mark.parametrize(("victim", "customers", "text"), DESCRIBED_THEN_NAMED)
def test_the_described_victim_is_the_one_named_next(
    extract: Extract, victim: str, customers: list[str], text: str
) -> None:
    record = extract(text, "2025-05-20")
    assert incident_of(record, victim)["role"] == "primary"
    assert not set(customers) & set(names(record))


def test_a_customer_named_next_is_not_the_described_victim(extract: Extract) -> None:
    """The next sentence opens on a customer that is not tied to the attack: it is not the
    dairy, and the lede's clause does not make it a victim."""
    record = extract(
        "Supplier hit by hackers\n\n"
        "A regional dairy that supplies Tesco, Asda and Morrisons has been hit by hackers. "
        "Tesco said on Tuesday that its shelves were unaffected and that Brindle Dairies had "
        "told it of the attack.",
        "2025-05-20",
    )
    assert "Tesco" not in names(record)


def test_an_unnamed_thing_mid_sentence_describes_no_victim(extract: Extract) -> None:
    """A guard (the old code passed it too): "a bank account" in a sentence about a named
    victim is no unnamed victim, so the next sentence's name does not take the story."""
    record = extract(
        "Housing association hit by email fraud\n\n"
        "Greystone Homes was hit by a cyber attack that diverted three payments into a bank "
        "account in February. Marsh & Pike Builders said its mailbox had been hacked by the "
        "fraudsters.",
        "2025-05-20",
    )
    assert incident_of(record, "Greystone Homes")["role"] == "primary"


def test_names_after_the_main_verb_past_a_relative_clause_are_victims(extract: Extract) -> None:
    """A guard: 'Other victims that have come forward include the town of X': the relative
    clause ends at its own verb, and the names after the sentence's verb are the victims."""
    record = extract(
        "Software flaw hits councils\n\n"
        "Hackers stole files from Pelham Council through a flaw in its file-transfer server, "
        "the council said on Monday. Other victims that have come forward include the town of "
        "Ashby Vale, which said on Tuesday that records of residents were taken from its "
        "server.",
        "2024-11-14",
    )
    assert "Ashby Vale" in names(record)


def test_people_a_clause_is_about_suffer_what_its_names_suffer(extract: Extract) -> None:
    """A guard: 'customers who bank with X could not log in': X owns the trouble after the
    clause, as the clause is about people, not an organisation."""
    record = extract(
        "Bank customers locked out\n\n"
        "Customers who bank with Harlow Building Society could not log in on Monday after a "
        "cyber attack.",
        "2025-05-20",
    )
    assert incident_of(record, "Harlow Building Society")["role"] == "primary"


def test_a_name_set_off_after_the_clause_is_the_noun_it_names(extract: Extract) -> None:
    """A guard: 'A supplier that stocks bread, Harlow Bakeries, has been hit': the comma
    closes the clause, and the name after it is the supplier's."""
    record = extract(
        "Supplier hit\n\nA supplier that stocks bread, Harlow Bakeries, has been hit by hackers.",
        "2025-05-20",
    )
    assert incident_of(record, "Harlow Bakeries")["role"] == "primary"


def test_an_opening_that_ties_its_own_name_keeps_it(extract: Extract) -> None:
    """A guard: the opening names and ties its victim; the name the next sentence opens on is
    another victim, not the one described."""
    record = extract(
        "Dairy hit\n\n"
        "A dairy supplier, Brindle Dairies, was hit by hackers on Monday. Harlow Foods said on "
        "Tuesday that its systems had been attacked too.",
        "2025-05-20",
    )
    assert incident_of(record, "Brindle Dairies")["role"] == "primary"


def test_an_opening_not_about_the_unnamed_one_describes_no_victim(extract: Extract) -> None:
    """A guard: 'Halsey Homes ... paid two invoices into a bank account': an unnamed thing
    inside a sentence that opens on a name describes no victim, so the builder the next
    sentence opens on does not take the story."""
    record = extract(
        "Housing association lost £90,000 after builder's email was hijacked\n\n"
        "A Devon housing association paid £90,000 to fraudsters who had taken over the email "
        "account of one of its contractors, an auditor's report has revealed.\n\n"
        "Halsey Homes, which manages 5,000 homes, paid two invoices for repairs into a bank "
        "account controlled by criminals in March, after receiving emails from the genuine "
        "account of Brook & Dyer Builders.\n\n"
        "Brook & Dyer said its mailbox had been taken over after an employee entered a "
        "password on a fake page. Halsey Homes said none of its own systems had been breached.",
        "2025-05-20",
    )
    assert incident_of(record, "Halsey Homes")["role"] == "primary"
