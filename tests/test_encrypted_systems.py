"""Systems an attacker encrypted are disrupted (issue 13, statuses): "the gang encrypted its
servers", "files on its computers had been encrypted", "staff found their machines encrypted"
put the systems named out of use, as "knocked out" does. Encryption that protects ("card
numbers are encrypted when stored", "the stolen passwords were encrypted") says nothing of a
service, and a denial ("no servers were encrypted") answers the gang's claim without saying the
systems work. A site where staff work is a place, not a website ("staff at the site were sent
home"). Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

HEADLINE = "Ransomware attack on Mallory Print\n\n"
PUBLISHED = "2025-10-17"


def services(record: dict[str, Any]) -> dict[str, str]:
    return statuses(incident_of(record, "Mallory Print"))


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Mallory Print said on Thursday that criminals encrypted its file servers and "
            "design workstations overnight on Monday.",
            id="active",
        ),
        pytest.param(
            "Mallory Print said staff discovered on Tuesday that the computers at its Leeds "
            "works had been encrypted.",
            id="passive",
        ),
        pytest.param(
            "Night-shift workers at Mallory Print found their computers encrypted and a ransom "
            "note on every screen, the printer said.",
            id="found-encrypted",
        ),
        pytest.param(
            "Mallory Print said the gang encrypted its design files as well as the payroll "
            "system late on Sunday.",
            id="object-list",
        ),
    ],
)
def test_systems_encrypted_by_attackers_are_disrupted(extract: Extract, told: str) -> None:
    assert services(extract(HEADLINE + told, PUBLISHED)).get("internal_systems") == "disrupted"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Mallory Print said hackers got into its network on Monday. No servers were "
            "encrypted, the company said, and its presses ran through the week.",
            id="denied",
        ),
        pytest.param(
            "Mallory Print said hackers got into its network on Monday but had not encrypted "
            "any of its computers.",
            id="not-encrypted",
        ),
    ],
)
def test_a_denied_encryption_is_no_disruption(extract: Extract, told: str) -> None:
    assert services(extract(HEADLINE + told, PUBLISHED)).get("internal_systems") != "disrupted"


def test_encrypted_data_is_not_taken(extract: Extract) -> None:
    record = extract(
        "Mallory Print investigates intrusion\n\n"
        "Mallory Print said on Thursday that hackers broke into its network last week and "
        "copied staff records. Customer payment details were encrypted, the company said.",
        PUBLISHED,
    )
    assert services(record).get("customer_data") != "compromised"


def test_staff_at_the_site_is_a_place_not_the_website(extract: Extract) -> None:
    record = extract(
        HEADLINE + "Criminals encrypted servers at Mallory Print's works in Leeds on Sunday "
        "night, and staff at the site were sent home on Monday. The printer's website is "
        "working normally and customers can still upload artwork.",
        PUBLISHED,
    )
    found = services(record)
    assert found.get("internal_systems") == "disrupted"
    assert found.get("website") == "unaffected"
