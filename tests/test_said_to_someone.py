"""The one a saying is made to owns nothing the saying reports: in "the company said in a
statement to the Frankfurt Stock Exchange that it had discovered the intrusion on Saturday",
"told the Harrogate Advertiser that its payments system had been down" or "confirmed to Reuters that
the app was restored", the day, the service and the return are the sayer's. Every sentence
here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names, start_values, statuses

Extract = Callable[..., dict[str, Any]]


def only_incident(record: dict[str, Any]) -> dict[str, Any]:
    assert len(record["incidents"]) == 1, names(record)
    incident: dict[str, Any] = record["incidents"][0]
    return incident


@pytest.mark.parametrize(
    "receiver",
    ["in a statement to the Frankfurt Stock Exchange", "in a filing with the Oslo Stock Exchange"],
)
def test_a_start_told_to_an_exchange_is_the_companys(extract: Extract, receiver: str) -> None:
    text = (
        "Garnet & Rowe halts deliveries after cyber attack\n\nGarnet & Rowe, the furniture "
        "retailer, has suspended home deliveries after a cyber attack.\n\nThe company said "
        f"{receiver} on Monday that it had discovered the intrusion on Saturday, March 8, and "
        "had taken its online shop offline."
    )
    incident = only_incident(extract(text, "2025-03-11"))
    assert incident["organization"]["name"] == "Garnet & Rowe"
    assert start_values(incident) == ["2025-03-08"]
    assert statuses(incident).get("online_orders") == "suspended"


def test_a_service_told_to_a_newspaper_is_the_councils(extract: Extract) -> None:
    text = (
        "Linthwaite council hit by cyber attack\n\nLinthwaite Borough Council has been hit by "
        "a cyber attack.\n\nA spokesperson told the Harrogate Advertiser that its parking permit "
        "website had been down since the attack on 3 February."
    )
    incident = only_incident(extract(text, "2025-02-06"))
    assert incident["organization"]["name"] == "Linthwaite Borough Council"
    assert statuses(incident).get("website") == "disrupted"
    assert start_values(incident) == ["2025-02-03"]


def test_a_return_confirmed_to_a_wire_agency_is_the_banks(extract: Extract) -> None:
    text = (
        "Pellow Bank app outage\n\nPellow Bank customers could not log in to its mobile app "
        "on Friday after an IT failure.\n\nThe bank confirmed to Reuters that the app was "
        "restored on Saturday morning."
    )
    incident = only_incident(extract(text, "2025-03-11"))
    assert statuses(incident) == {"mobile_app": "restored"}
    claims = [(c["service"], c["status"]) for c in incident["restoration_claims"]]
    assert claims == [("mobile_app", "restored")]


def test_the_regulator_notified_gets_nothing(extract: Extract) -> None:
    text = (
        "Tolland Pharmacy reports data breach\n\nTolland Pharmacy said hackers stole "
        "customer records in a cyber attack on its systems last week.\n\nThe chain notified "
        "the Data Protection Commission that names and addresses had been taken."
    )
    assert names(extract(text, "2025-05-12")) == ["Tolland Pharmacy"]


def test_a_possessor_after_a_warning_is_not_the_one_told(extract: Extract) -> None:
    # "warned Y's customers": Y owns the customers; the warning's receiver is them, not Y
    text = (
        "Fernleigh Energy hit by cyber attack\n\nFernleigh Energy said hackers broke into "
        "its billing system on Tuesday. The company warned Fernleigh's customers that their "
        "online accounts were unavailable."
    )
    incident = only_incident(extract(text, "2025-05-15"))
    assert incident["organization"]["name"] == "Fernleigh Energy"


def test_what_the_sayer_did_besides_telling_is_its_own(extract: Extract) -> None:
    # "informed the regulator, but had found no evidence that ...": the finding is the
    # company's, said in the same breath as whom it told
    text = (
        "Tarrant Books hit by ransomware\n\nBookseller Tarrant Books said a ransomware attack "
        "had crippled the card terminals in its shops.\n\nThe company said it had informed "
        "the Information Commissioner's Office, but had found no evidence that customer data "
        "had been accessed."
    )
    incident = only_incident(extract(text, "2025-05-01"))
    assert statuses(incident).get("customer_data") == "unaffected"
    assert incident["data_compromised"] is False
