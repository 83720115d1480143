"""Guards a style review of round 55 (374df57..38b12f3) ran against the code it read, each a
text of the reviewer's kind written for these tests; every one fails on 38b12f3.

- a "whose" clause names its own subject hit when the name stands before the clause's verb
  ("whose parent company X was hit");
- a gerund after a word of aim and its copula is an aim, no return under way ("its focus is
  restoring its tills"), and a perfect progressive is under way ("has been restoring");
- a containment negated is none ("the cyberattack had not been contained");
- encryption: "passwords were also encrypted" is a safeguard, devices "fully encrypted
  within hours" in an attack are ransomware's;
- a trade word that is a surname or the story's own noun opens a name ("Baker & Taylor",
  "Courier Express Parcels");
- supplies "to its shops" are a supply chain, whatever the commodity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import claim_pairs, names_of, norm

from conftest import statuses

Extract = Callable[..., dict[str, Any]]


def _names(record: dict[str, Any]) -> list[set[str]]:
    return [names_of(incident) for incident in record["incidents"]]


@pytest.mark.parametrize(
    "text",
    [
        "Haulier warns of delays\n\nA haulier whose parent company Ostwick Group was hit by "
        "ransomware has warned of delays.",
        "Haulier warns of delays\n\nHarrowmead Logistics, whose parent company Ostwick Group "
        "was hit by ransomware on Monday, said deliveries were running late.",
    ],
)
def test_a_whose_clauses_own_subject_is_hit(extract: Extract, text: str) -> None:
    record = extract(text, "2025-05-21")
    assert any(norm("Ostwick Group") in names for names in _names(record)), _names(record)


OPENING = "Grocer hacked\n\nHackers hit Harrowmead Foods on Monday, which knocked out its tills. "


def test_a_gerund_after_an_aim_and_its_copula_is_no_return(extract: Extract) -> None:
    incident = extract(OPENING + "Its focus is restoring its tills.", "2025-05-21")["incidents"][0]
    assert statuses(incident).get("card_payments") == "disrupted"


def test_a_perfect_progressive_return_is_under_way(extract: Extract) -> None:
    incident = extract(OPENING + "It has been restoring its tills since Tuesday.", "2025-05-21")[
        "incidents"
    ][0]
    assert statuses(incident).get("card_payments") == "partially_restored"


def test_a_negated_containment_is_none(extract: Extract) -> None:
    incident = extract(
        "Grocer hacked\n\nHackers hit Harrowmead Foods on Monday. The company said the "
        "cyberattack had not been contained.",
        "2025-05-21",
    )["incidents"][0]
    assert (None, "restored") not in claim_pairs(incident)


def test_passwords_also_encrypted_are_kept_safe(extract: Extract) -> None:
    incident = extract(
        "Bank hacked\n\nHackers broke into Harrowmead Bank's website on Monday. Customer passwords "
        "were also encrypted, the bank said.",
        "2025-05-21",
    )["incidents"][0]
    assert "ransomware" not in incident["incident_types"]


def test_devices_fully_encrypted_in_an_attack_are_ransomware(extract: Extract) -> None:
    incident = extract(
        "Council hacked\n\nHackers broke into Harrowmead Council's network on Monday. Staff "
        "laptops and phones were fully encrypted within hours.",
        "2025-05-21",
    )["incidents"][0]
    assert "ransomware" in incident["incident_types"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wholesaler hacked\n\nBaker & Ostwick was hit by a cyber attack on Monday. A spokesman "
            "said the baker had not replied to the hackers.",
            "Baker & Ostwick",
        ),
        (
            "Parcels firm hacked\n\nCourier Yarrow Parcels was hit by a cyber attack on Monday, "
            "and customers were told to call their courier directly.",
            "Courier Yarrow Parcels",
        ),
    ],
)
def test_a_name_that_opens_on_a_surname_or_the_storys_noun_stays_whole(
    extract: Extract, text: str, name: str
) -> None:
    record = extract(text, "2025-05-21")
    assert record["incidents"][0]["organization"]["name"] == name


def test_supplies_to_its_shops_are_a_supply_chain(extract: Extract) -> None:
    incident = extract(
        "Gas firm hacked\n\nHackers hit Harrowmead Fuels on Monday. It said gas supplies to its "
        "shops were delayed.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("stock_and_supply") == "disrupted"
