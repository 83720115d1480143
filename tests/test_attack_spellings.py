"""The attack ended, however "cyberattack" is spelt (issue 13, restoration claims): the
containment words that end an attack ('attack_problems', 'ended_problems' in cues.json)
take the one-word spelling as they take "attack", so "the cyberattack has already been
stopped" is a general restored claim as "the cyber attack has been stopped" is. Every
article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import claim_pairs

Extract = Callable[..., dict[str, Any]]

ENDED = [
    pytest.param(
        "The retailer said the cyberattack has already been stopped.", id="passive-one-word"
    ),
    pytest.param("It said it had stopped the cyberattack within hours.", id="active-one-word"),
    pytest.param(
        "The retailer said the cyber attack has already been stopped.", id="passive-two-words"
    ),
]


@pytest.mark.parametrize("told", ENDED)
def test_an_attack_stopped_is_a_general_return(extract: Extract, told: str) -> None:
    incident = extract(
        "Outfitter hacked\n\nHackers stole customer names from Harlowmere Outfitters on 3 May. "
        + told,
        "2025-05-21",
    )["incidents"][0]
    assert (None, "restored") in claim_pairs(incident)
