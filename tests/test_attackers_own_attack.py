"""A name framed as an attacker is the doer of the attack or malware it names (issue 12,
victims): 'the Petya attack', 'a variant of the Petya ransomware', 'the LockBit outbreak'
put no attacker on the receiving end, as 'Qilin's leak site' does not, when the text gives the
name as malware; a business's own name before its attack ('the Harlow Freight ransomware
attack') still tells it was hit. Every sentence
here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import names

Extract = Callable[..., dict[str, Any]]


def test_malware_named_before_its_attack_is_no_victim(extract: Extract) -> None:
    record = extract(
        "Quay operators count cost as Petya attack spreads\n\nHarlow Freight said its depots "
        "reopened on Monday after the attack. A variant of the Petya ransomware encrypted its "
        "servers last week, the company said.",
        "2025-10-09",
    )
    assert names(record) == ["Harlow Freight"]


def test_a_business_named_before_its_attack_is_the_victim(extract: Extract) -> None:
    # "X ransomware attack" names the victim's attack: nothing says X is malware
    record = extract(
        "Deliveries delayed after Harlow Freight ransomware attack\n\nThe Harlow Freight "
        "ransomware attack has left hundreds of parcels stuck in its depots, the company said.",
        "2025-10-09",
    )
    assert names(record) == ["Harlow Freight"]


# The malware itself named as a variant or strain ("The malware, a variant of the Nightjar
# ransomware, encrypts ...") is the attacker's work, whatever its sentence says it did: no
# victim, and the sentence tells of the story's attack, not of an organisation of its own.
MALWARE_AFTERMATH = (
    "Ferry operators count the cost as Nightjar attack spreads\n\n"
    "Harlow Freight said on Thursday that its depots had reopened, two days after a cyber "
    "attack shut its booking systems.\n\n"
    "The malware, a variant of the Nightjar ransomware, encrypts computers' hard drives and "
    "shows a demand for payment in bitcoin.\n\n"
    "Harlow Freight said it could not yet estimate the cost."
)


def test_malware_named_as_a_variant_is_no_victim(extract: Extract) -> None:
    record = extract(MALWARE_AFTERMATH, "2025-10-09")
    assert names(record) == ["Harlow Freight"]


def test_a_sentence_about_the_malware_tells_the_storys_attack(extract: Extract) -> None:
    record = extract(MALWARE_AFTERMATH, "2025-10-09")
    assert "ransomware" in record["incidents"][0]["incident_types"]


def test_a_strain_named_after_its_victims_sentence_is_no_victim(extract: Extract) -> None:
    # a guard: passed before the change too
    record = extract(
        "Clinic bookings halted\n\n"
        "Wrenfield Health said its appointment system was taken offline on Monday after "
        "an attack. Investigators said the ShadowTide malware, which spread through "
        "shared drives, encrypted files at three clinics.",
        "2025-10-09",
    )
    assert names(record) == ["Wrenfield Health"]
