"""Guards a style review of round 55 (38b12f3..c68328e) ran against the code it read, each a
text written for these tests; every one fails on c68328e but the copula guard, which failed
on the mend's first version (a word of aim anywhere before the copula).

- a service that "failed on Monday" is a failure: a lone verb after a noun is no particle;
- a word of aim as the copula's subject makes a gerund an aim ("the priority for now is
  restoring", "its focus has been restoring"), and no other noun does ("every account was up
  to date and all of its services were running normally");
- a "whose" clause's verb is finite, no participle inside its noun ("whose Dutch-based parent
  X was hit" names X hit);
- "contactless payment points" are places, no loyalty points;
- a utility's supplies to households are no supply chain, supplies "to the shops" are;
- a trade word that is also a surname opens no name the article writes without it
  ("Baker Hopwell Foods ... Hopwell Foods said")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import claim_pairs, names_of, norm

from conftest import statuses

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("body", "service"),
    [
        ("Pillerton Foods said card payments failed on Monday.", "card_payments"),
        ("Pillerton Foods' online orders failed at the weekend, it said.", "online_orders"),
    ],
)
def test_a_service_that_failed_is_disrupted(extract: Extract, body: str, service: str) -> None:
    record = extract("Grocer news\n\n" + body, "2025-05-21")
    assert record["incidents"], "no incident"
    assert statuses(record["incidents"][0]).get(service) == "disrupted"


OPENING = "Grocer hacked\n\nHackers hit Harrowmead Foods on Monday, which knocked out its tills. "


@pytest.mark.parametrize(
    "told",
    ["The priority for now is restoring its tills.", "Its focus has been restoring its tills."],
)
def test_a_gerund_after_an_aim_subject_is_no_return(extract: Extract, told: str) -> None:
    incident = extract(OPENING + told, "2025-05-21")["incidents"][0]
    assert statuses(incident).get("card_payments") == "disrupted"


def test_a_copula_after_another_noun_keeps_the_return(extract: Extract) -> None:
    incident = extract(
        OPENING + "By Friday every account was up to date and all of its services were running "
        "normally, the company said.",
        "2025-05-21",
    )["incidents"][0]
    assert (None, "restored") in claim_pairs(incident)


def test_a_participle_inside_the_possessed_noun_is_no_clause_verb(extract: Extract) -> None:
    record = extract(
        "Haulier warns of delays\n\nHarrowmead Logistics, whose Dutch-based parent Ostwick Group "
        "was hit by ransomware on Monday, said deliveries were late.",
        "2025-05-21",
    )
    assert any(norm("Ostwick Group") in names_of(i) for i in record["incidents"])


def test_payment_points_are_places(extract: Extract) -> None:
    incident = extract(
        "Grocer hacked\n\nHackers hit Harrowmead Foods on Monday. Customers cannot pay using "
        "contactless payment points, it said.",
        "2025-05-21",
    )["incidents"][0]
    assert "loyalty_program" not in statuses(incident)


def test_a_utilitys_supplies_to_households_are_no_stock(extract: Extract) -> None:
    incident = extract(
        "Water firm hacked\n\nHackers hit Harrowmead Water on Monday. Water supplies to 20,000 "
        "households were disrupted, it said.",
        "2025-05-21",
    )["incidents"][0]
    assert "stock_and_supply" not in statuses(incident)


def test_supplies_to_the_shops_are_a_supply_chain(extract: Extract) -> None:
    incident = extract(
        "Fuel firm hacked\n\nHackers hit Harrowmead Fuels on Monday. Gas supplies to the shops "
        "were delayed, it said.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("stock_and_supply") == "disrupted"


def test_a_surname_trade_word_is_stripped_when_the_bare_name_is_written(
    extract: Extract,
) -> None:
    record = extract(
        "Wholesaler hacked\n\nBaker Hopwell Foods was hit by a cyber attack on Monday. Hopwell "
        "Foods said its website was down.",
        "2025-05-21",
    )
    assert record["incidents"][0]["organization"]["name"] == "Hopwell Foods"
    assert (None, "restored") not in claim_pairs(record["incidents"][0])
