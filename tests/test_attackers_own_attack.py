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
