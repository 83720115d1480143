"""A service named at or of an organisation that then failed is that organisation's ("Card
payments at X failed on Friday", "Online ordering at X went down", "The website of X was
down"): X was hit, as with "X's card payments" or "customers at X". Not a service that did
not fail ("card payments at X were not affected"), nor one only to come ("the website of X
will be down on Sunday for an upgrade"). A run of proper nouns the model leaves untagged is a
business's name when it ends on a trade word ("Mannering Pizza", "Fellgate Grill"), not on a
word that ends towns' names ("Wexby Harbour"). The cases of a service at or of an organisation
(Hollinby, Cresswick, Dunstow) and the two that did not fail pass on the code before these
rules too: they are guards. Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses


@pytest.mark.parametrize(
    ("text", "victim", "service"),
    [
        (
            "Card payments at Hollinby Hardware failed on Friday after an IT outage.",
            "Hollinby Hardware",
            "card_payments",
        ),
        (
            "Online ordering at Cresswick Pizza went down on Friday evening, the busiest night "
            "of the week.",
            "Cresswick Pizza",
            "online_orders",
        ),
        (
            "Online ordering at Mannering Pizza went down on Friday evening.",
            "Mannering Pizza",
            "online_orders",
        ),
        (
            "Card payments at Fellgate Grill failed on Saturday night, and diners were asked to "
            "pay in cash.",
            "Fellgate Grill",
            "card_payments",
        ),
        (
            "Customers of Dunmarsh Coffee could not pay by card on Saturday after an IT fault.",
            "Dunmarsh Coffee",
            "card_payments",
        ),
        (
            "Card payments at Wenby Kebabs failed on Saturday night after an IT fault.",
            "Wenby Kebabs",
            "card_payments",
        ),
        (
            "The website of Dunstow Building Society was down for most of Monday after a "
            "cyber attack, and members could not log in.",
            "Dunstow Building Society",
            "website",
        ),
    ],
)
def test_a_service_at_an_organisation_that_failed_is_its_own(
    extract: Any, text: str, victim: str, service: str
) -> None:
    record = extract(f"Local news\n\n{text}", published="2025-06-02")
    assert statuses(incident_of(record, victim)).get(service) == "disrupted"


@pytest.mark.parametrize(
    "text",
    [
        "Card payments at Hollinby Hardware were not affected by Friday's outage at a rival "
        "chain, Marchmont Tools, whose tills went down.",
        "The website of Dunstow Building Society will be down on Sunday night for an upgrade.",
    ],
)
def test_a_service_at_an_organisation_that_did_not_fail_ties_no_one(
    extract: Any, text: str
) -> None:
    record = extract(f"Local news\n\n{text}", published="2025-06-02")
    names = {incident["organization"]["name"] for incident in record["incidents"]}
    assert not {"Hollinby Hardware", "Dunstow Building Society"} & names


def test_a_place_named_for_what_runs_it_is_its_operator(extract: Any) -> None:
    # the model calls "Tarnby Airport" a facility; its last word names an organisation
    record = extract(
        "Local news\n\nCheck-in systems at Tarnby Airport have been down since Friday after a "
        "cyber attack, the airport said on Monday.",
        published="2025-09-22",
    )
    incident = incident_of(record, "Tarnby Airport")
    assert [d["value"] for d in incident["dates"] if d["role"] == "incident_start"] == [
        "2025-09-19"
    ]


def test_a_port_named_for_what_runs_it_is_its_operator(extract: Any) -> None:
    # the model tags "Hollbrook Port" a facility
    record = extract(
        "Ransomware halts cargo at Hollbrook Port\n\nHollbrook Port said on Wednesday that "
        "ransomware had disabled the systems it uses to track containers.",
        published="2025-06-04",
    )
    assert "Hollbrook Port" in {i["organization"]["name"] for i in record["incidents"]}


def test_a_town_named_for_its_harbour_is_no_business(extract: Any) -> None:
    # a business named there would take the sentence's date from the grocer it belongs to
    record = extract(
        "Grocer's shelves empty after cyber attack\n\nShoppers at Pellmarsh Grocers' stores "
        "found empty shelves on Tuesday after a cyber attack on the chain.\n\nWorkers at two "
        "of Pellmarsh Grocers' warehouses, at Dunley and at Wexby Harbour, said trucks had "
        "been sitting idle since Sunday, when the computers used to dispatch orders suddenly "
        "went down.",
        published="2025-08-12",
    )
    incident = incident_of(record, "Pellmarsh Grocers")
    assert [d["value"] for d in incident["dates"] if d["role"] == "incident_start"] == [
        "2025-08-10"
    ]
