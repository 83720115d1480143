"""A counted group of a kind of organisation ('Both retailers said ...', 'All three councils',
'The two chains', 'Each of the airlines') stands for as many names listed together before it,
and what it tells is each one's (issue 13, what broke and when, for every victim). A name
listed after a description of its kind ('bakery chain X and coffee chain Y') is listed all
the same. Every article here is written for these tests; each class case fails on the code
before, and the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import claim_pairs, start_days

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-09-13"  # a Saturday


@pytest.mark.parametrize(
    ("group", "service", "said", "restored"),
    [
        pytest.param("Both grocers", "card_payments", "card payments", True, id="both"),
        pytest.param("The two chains", "website", "their websites", True, id="the-two"),
        pytest.param("Each of the chains", "website", "its website", True, id="each-of-the"),
    ],
)
def test_a_counted_group_stands_for_the_names_listed_before(
    extract: Extract, group: str, service: str, said: str, restored: bool
) -> None:
    text = (
        "Shoppers hit by outage at software firm\n\n"
        "Customers of Dunlow Grocers and Pettigrew Fresh could not use the retailers' websites "
        "or pay by card on Thursday after a fault at their shared software supplier, Tillwise.\n\n"
        "Queues built up at tills, and some shoppers left their baskets behind.\n\n"
        f"{group} said {said} were working normally again on Friday.\n"
    )
    record = extract(text, published=PUBLISHED)
    for name in ("Dunlow Grocers", "Pettigrew Fresh"):
        incident = incident_of(record, name)
        assert (statuses(incident).get(service) == "restored") is restored, name
        assert ((service, "restored") in claim_pairs(incident)) is restored, name


def test_a_group_set_apart_from_those_named_tells_them_nothing(extract: Extract) -> None:
    """Guard: 'two other chains' are not the two named."""
    text = (
        "Card readers failed at Dunlow Grocers and Pettigrew Fresh on Thursday after a fault "
        "at payment processor Tillwise. The two other chains in the town, which use a "
        "different processor, said card payments were working normally.\n"
    )
    record = extract(text, published=PUBLISHED)
    for name in ("Dunlow Grocers", "Pettigrew Fresh"):
        assert statuses(incident_of(record, name)).get("card_payments") == "disrupted", name


def test_a_group_of_another_kind_between_is_no_group_of_the_victims(extract: Extract) -> None:
    """Guard: the group's word must name a kind of organisation: 'the two depots' are
    places."""
    text = (
        "A ransomware attack hit Dunlow Grocers and Pettigrew Fresh on Thursday, taking their "
        "websites offline. The two depots that serve them reopened on Friday.\n"
    )
    record = extract(text, published=PUBLISHED)
    for name in ("Dunlow Grocers", "Pettigrew Fresh"):
        incident = incident_of(record, name)
        assert "restored" not in statuses(incident).values(), name


def test_a_name_listed_after_its_kind_shares_the_sentences_day(extract: Extract) -> None:
    text = (
        "Card payments failed at bakery chain Crumbwell and coffee chain Beanfold on Tuesday "
        "morning after an outage at their payment provider.\n"
    )
    record = extract(text, published=PUBLISHED)
    for name in ("Crumbwell", "Beanfold"):
        assert "2025-09-09" in start_days(incident_of(record, name)), name


def test_a_list_of_rivals_is_not_the_group_counted(extract: Extract) -> None:
    """Review of ada7ea9: the nearest list of two named rivals, not the victims."""
    text = (
        "Card readers failed at Dunlow Grocers and Pettigrew Fresh on Thursday after a fault "
        "at payment processor Tillwise. Rival grocers Ashby Farm and Coleford Market, which "
        "use a different processor, saw long queues. Both grocers said card payments were "
        "back on Friday morning.\n"
    )
    record = extract(text, published=PUBLISHED)
    for name in ("Dunlow Grocers", "Pettigrew Fresh"):
        assert statuses(incident_of(record, name)).get("card_payments") == "restored", name
    assert {"Ashby Farm", "Coleford Market"}.isdisjoint(
        incident["organization"]["name"] for incident in record["incidents"]
    )


def test_a_victims_own_stores_are_no_group_of_victims(extract: Extract) -> None:
    """Review of ada7ea9: 'Each of the stores reopened' tells the victim's own shops."""
    text = (
        "A ransomware attack closed Dunlow Grocers' four stores on Monday. Each of the stores "
        "reopened on Wednesday, taking card payments as normal.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Dunlow Grocers")
    assert "card_payments" in statuses(incident)  # the sentence is still the victim's
