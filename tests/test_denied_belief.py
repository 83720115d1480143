"""A negated verb of belief or of finding denies the theft its clause tells (issue 13, data
compromised): "did not believe customers' card details had been taken", "does not think any
customer data was taken", "has not yet found any evidence that customer data had been
stolen", "does not currently believe that ...", "has not so far found any such evidence that
..." deny the theft as "no evidence that ..." does. Every article here is written for
these tests; the guards passed on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEDE = (
    "Ransomware knocks out Quenmore Outdoor tills\n\n"
    "Quenmore Outdoor said on Monday that a ransomware attack had knocked out the tills in its "
    "40 shops. "
)
PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    "denial",
    [
        pytest.param(
            "The retailer said it did not believe customers' card details had been taken.",
            id="did-not-believe",
        ),
        pytest.param(
            "The company does not think any customer data was taken, a spokesman said.",
            id="does-not-think",
        ),
        pytest.param(
            "It said it had not yet found any evidence that customer data had been stolen.",
            id="not-yet-found-any-evidence",
        ),
        pytest.param(
            "The company does not currently believe that customers' card details were taken.",
            id="does-not-currently-believe-that",
        ),
        pytest.param(
            "It has not so far found any such evidence that customer data was stolen.",
            id="not-so-far-found-any-such-evidence",
        ),
    ],
)
def test_a_denied_belief_in_a_theft_leaves_the_data_safe(extract: Extract, denial: str) -> None:
    incident = incident_of(extract(LEDE + denial, published=PUBLISHED), "Quenmore Outdoor")
    assert incident["data_compromised"] is False
    assert statuses(incident).get("customer_data") != "compromised"
    assert "data_breach" not in incident["incident_types"]


def test_a_theft_told_after_the_denied_belief_still_counts(extract: Extract) -> None:
    """Guard: the denial reaches its own sentence, not the next one's theft."""
    incident = incident_of(
        extract(
            LEDE + "At first it did not believe the attack was serious. Hackers later stole "
            "customers' card details, the company said.",
            published=PUBLISHED,
        ),
        "Quenmore Outdoor",
    )
    assert statuses(incident)["customer_data"] == "compromised"
