"""A service's word inside an organisation's name (issue 13), on text written for these tests.

"Hollins Garden Supplies", "Kestle Container Terminals" and "Dunwich Pharmacy" hold words the
service lexicon reads ("supplies", "terminals", "pharmacy"); in the name they tell no state of
a service, whatever label the model gives the name (it often reads a headline's name as a
facility). The name's owner keeps the states its sentences tell of its real services. A
pharmacy's own service named by what it does ("prescription dispensing", "its prescription
service") is the pharmacy service; an online one ("its online repeat prescription service")
is not.

A name that ends in the service's word and is the subject of its state ("The Tarnwell
Network, a community broadband provider, was down") tells that state; not a name that does
something to another thing ("X Terminals has suspended operations") or sits in another's
phrase ("Customers of broadcaster X Network were left without television").

A name of three words or more whose last words are a service's ("Bexley Home Delivery",
"Farrow Click & Collect") is still a name; a word or two that are mostly a service's
("Email has been partly restored", "Spice Points") are not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names, statuses

Extract = Callable[..., dict[str, Any]]
PUBLISHED = "2025-05-14"


def _only_incident(extract: Extract, text: str) -> dict[str, Any]:
    record = extract(text, published=PUBLISHED)
    assert len(record["incidents"]) == 1, names(record)
    return record["incidents"][0]


@pytest.mark.parametrize(
    ("name", "service_word"),
    [
        pytest.param("Hollins Garden Supplies", "stock_and_supply", id="supplies"),
        pytest.param("Kestle Container Terminals", "card_payments", id="terminals"),
    ],
)
def test_a_service_word_in_the_name_tells_no_state(
    extract: Extract, name: str, service_word: str
) -> None:
    text = (
        f"{name} hit by cyber attack\n\n"
        f"{name} said on Tuesday that a cyber attack had disrupted its online ordering.\n\n"
        f"{name} said it was working with outside experts."
    )
    incident = _only_incident(extract, text)
    assert incident["organization"]["name"] == name
    assert service_word not in statuses(incident)
    assert statuses(incident)["online_orders"] == "disrupted"


def test_a_pharmacys_name_is_not_its_pharmacy_service(extract: Extract) -> None:
    text = (
        "Dunwich Pharmacy hit by cyber attack\n\n"
        "Dunwich Pharmacy said on Tuesday that a cyber attack had taken its website offline. "
        "Its branches are open and dispensing as normal."
    )
    incident = _only_incident(extract, text)
    assert statuses(incident)["website"] == "suspended"
    assert statuses(incident).get("pharmacy") in (None, "unaffected")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        pytest.param(
            "Dunwich Pharmacy said a cyber attack on Monday had knocked out its prescription "
            "service.",
            "disrupted",
            id="prescription-service",
        ),
        pytest.param(
            "Dunwich Pharmacy said a cyber attack on Monday had disrupted its systems, and it "
            "expected electronic prescription dispensing to be available again by Friday.",
            "restoration_expected",
            id="prescription-dispensing",
        ),
    ],
)
def test_a_pharmacys_service_named_by_what_it_does(
    extract: Extract, sentence: str, status: str
) -> None:
    incident = _only_incident(extract, "Dunwich Pharmacy suffers IT problems\n\n" + sentence)
    assert statuses(incident).get("pharmacy") == status
    assert "stock_and_supply" not in statuses(incident)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Bexley Home Delivery", id="home-delivery"),
        pytest.param("Farrow Click & Collect", id="click-and-collect"),
        pytest.param("Marden Gift Cards Ltd", id="gift-cards-ltd"),
    ],
)
def test_a_name_ending_in_a_service_is_still_a_victim(extract: Extract, name: str) -> None:
    text = (
        f"{name} hit by cyber attack\n\n"
        f"{name} said on Tuesday that a cyber attack had taken its website offline.\n\n"
        "The company said it was working with outside experts."
    )
    incident = _only_incident(extract, text)
    assert incident["organization"]["name"] == name
    assert statuses(incident) == {"website": "suspended"}


def test_a_service_opening_a_sentence_is_no_victim(extract: Extract) -> None:
    text = (
        "Tolland Law hit by ransomware\n\n"
        "Law firm Tolland Law said a ransomware attack on Monday had shut down its network. "
        "Email has since been partly restored."
    )
    record = extract(text, published=PUBLISHED)
    assert names(record) == ["Tolland Law"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "The Tarnwell Network was down for six hours on Saturday after an IT failure, the "
            "company said.",
            id="the-name-was-down",
        ),
        pytest.param(
            "The Tarnwell Network, a community broadband provider, was down for six hours on "
            "Saturday after an IT failure.",
            id="an-aside-then-down",
        ),
    ],
)
def test_a_name_that_is_the_subject_of_its_services_state(extract: Extract, sentence: str) -> None:
    incident = _only_incident(extract, "Outage at Tarnwell\n\n" + sentence)
    assert statuses(incident).get("internal_systems") == "disrupted"


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        pytest.param(
            "Dunmore Container Terminals, which runs the port, has suspended operations.",
            "card_payments",
            id="a-verb-with-its-own-object",
        ),
        pytest.param(
            "Customers of satellite broadcaster Orbital Dish Network were left without "
            "television on Sunday.",
            "internal_systems",
            id="inside-a-phrase-of-another",
        ),
    ],
)
def test_a_name_that_is_no_subject_of_the_state_tells_none(
    extract: Extract, sentence: str, service: str
) -> None:
    text = "IT failure\n\nA fault on Saturday was no cyber attack, it said. " + sentence
    record = extract(text, published=PUBLISHED)
    assert all(service not in statuses(i) for i in record["incidents"]), record["incidents"]


def test_a_service_named_by_its_brand_after_a_determiner_is_no_victim(extract: Extract) -> None:
    text = (
        "Harlow Retail online shop back after cyber attack\n\n"
        "Shoppers could not use the Harlow Online Store on Monday after a cyber attack on "
        "Harlow Retail, the homeware chain.\n\n"
        "The Harlow Online Store was back online on Tuesday, the company said."
    )
    record = extract(text, published=PUBLISHED)
    assert names(record) == ["Harlow Retail"]


def test_a_name_that_remains_in_its_services_state(extract: Extract) -> None:
    text = (
        "Kendal chemist hit by ransomware\n\n"
        "Arnside Pharmacy, an independent chemist, was hit by a ransomware attack on Monday "
        "that encrypted its computers.\n\n"
        "Arnside Pharmacy remained closed on Wednesday, its owner said."
    )
    incident = _only_incident(extract, text)
    assert statuses(incident).get("pharmacy") == "suspended"


def test_a_name_that_says_what_its_service_will_do(extract: Extract) -> None:
    text = (
        "Chemist closed after cyber attack\n\n"
        "Arnside Pharmacy closed on Monday after a cyber attack on its computers.\n\n"
        "Arnside Pharmacy said it hoped to reopen on Wednesday."
    )
    incident = _only_incident(extract, text)
    assert statuses(incident).get("pharmacy") == "restoration_expected"
