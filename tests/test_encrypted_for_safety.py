"""Encryption told as protection (issue 13, incident types): a thing kept safe that "was
encrypted" is protected, not held to ransom: no ransomware type, as 'encrypted passwords'
already was. Passwords, card details and card data kept so ('customer passwords were hashed
and encrypted', 'card data is fully encrypted'), and a device only when it was lost or stolen
or is said to be kept safe ('the stolen device was encrypted', 'the stick was securely
encrypted'): ransomware encrypts laptops and devices too. Servers, files, systems and drives
encrypted (a backup drive is ransomware's target as often as it is kept safe), data in general
("its data was encrypted"), or anything encrypted "by" an attacker, are still ransomware.
Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]

PROTECTED = [
    pytest.param(
        "Pellingford Homes has reported a data breach after a laptop holding customer data was "
        "stolen from an employee's car on Monday. The company said the stolen device was "
        "encrypted.",
        id="device-was-encrypted",
    ),
    pytest.param(
        "Hackers broke into Pellingford Homes' website on Monday and copied customer email "
        "addresses. Customer passwords were hashed and encrypted, so they could not be read, "
        "the company said.",
        id="passwords-hashed-and-encrypted",
    ),
    pytest.param(
        "Hackers broke into Pellingford Homes' online shop on Monday and copied customers' "
        "names. Card data is fully encrypted in the payment terminal, the company said.",
        id="card-data-is-encrypted",
    ),
    pytest.param(
        "Hackers broke into Pellingford Homes' website on Monday and copied customer email "
        "addresses. The passwords had been encrypted, the company said.",
        id="passwords-had-been-encrypted",
    ),
    pytest.param(
        "Pellingford Homes has reported a data breach after a memory stick holding staff "
        "details was lost on Monday. The company said the stick was securely encrypted.",
        id="stick-was-encrypted",
    ),
]


@pytest.mark.parametrize("body", PROTECTED)
def test_a_thing_kept_safe_by_encryption_is_no_ransomware(extract: Extract, body: str) -> None:
    incident = extract("Homes builder\n\n" + body, "2025-05-21")["incidents"][0]
    assert "ransomware" not in incident["incident_types"]


RANSOMWARE = [
    pytest.param(
        "Hackers broke into Pellingford Homes' network on Monday. Its servers were encrypted "
        "and a ransom note was left on staff screens.",
        id="servers-were-encrypted",
    ),
    pytest.param(
        "Pellingford Homes said on Monday that its laptops were encrypted by hackers over the "
        "weekend.",
        id="laptops-encrypted-by-hackers",
    ),
    pytest.param(
        "Hackers broke into Pellingford Homes' network on Monday and staff laptops were "
        "encrypted, leaving employees unable to work.",
        id="laptops-encrypted-in-the-attack",
    ),
    pytest.param(
        "Hackers broke into Pellingford Homes' network on Monday. Its data was encrypted and a "
        "ransom demanded.",
        id="its-data-was-encrypted",
    ),
    pytest.param(
        "Hackers broke into Pellingford Homes' network on Monday. A backup drive plugged into "
        "its file server was encrypted along with everything else.",
        id="backup-drive-encrypted",
    ),
    pytest.param(
        "Pellingford Homes said hackers had encrypted its files on Monday.",
        id="files-encrypted-active",
    ),
]


@pytest.mark.parametrize("body", RANSOMWARE)
def test_systems_encrypted_by_attackers_are_ransomware(extract: Extract, body: str) -> None:
    """Guards: the passive with its attacker, and servers and files, stay ransomware."""
    incident = extract("Homes builder\n\n" + body, "2025-05-21")["incidents"][0]
    assert "ransomware" in incident["incident_types"]
