"""A word of state opening a phrase set off by commas after a service ('Its app, down since
Tuesday, is available again', 'Its website, offline for most of the weekend, is back') recaps
what the service went through, as a participle's aside does ('paused for nine days'); the
predicate after it says where the service stands now (issue 13: the state now from story
time, not from the nearest word). Every article here is written for these tests; the class
cases fail on the code before, the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"  # a Thursday


def _article(sentence: str) -> str:
    return (
        "Ystrad Housing hit by cyber attack\n\n"
        f"Ystrad Housing was hit by a cyber attack on Friday. {sentence}\n"
    )


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        pytest.param(
            "Its app, down since Tuesday, is available again.",
            "mobile_app",
            "restored",
            id="down-since-then-back",
        ),
        pytest.param(
            "Its website, offline since Friday, returned on Wednesday.",
            "website",
            "restored",
            id="offline-since-then-returned",
        ),
        pytest.param(
            "Its website, offline for most of the weekend, is back.",
            "website",
            "restored",
            id="offline-for-a-time-then-back",
        ),
        pytest.param(
            "Its app, down since Tuesday, will be available again from Friday.",
            "mobile_app",
            "restoration_expected",
            id="down-since-then-promised",
        ),
    ],
)
def test_a_state_recalled_in_an_aside_yields_to_the_predicate(
    extract: Extract, sentence: str, service: str, status: str
) -> None:
    incident = incident_of(extract(_article(sentence), published=PUBLISHED), "Ystrad Housing")
    assert statuses(incident) == {service: status}
    assert {(c["service"], c["status"]) for c in incident["restoration_claims"]} == {
        (service, status)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Its tills, offline since Friday, remain down.", id="still-down"),
        pytest.param("Its tills have been offline since Friday.", id="no-aside"),
    ],
)
def test_a_state_with_no_return_after_it_stands(extract: Extract, sentence: str) -> None:
    """Guard: a predicate that tells the trouble goes on, or no aside at all."""
    incident = incident_of(extract(_article(sentence), published=PUBLISHED), "Ystrad Housing")
    assert statuses(incident) == {"card_payments": "disrupted"}
    assert incident["restoration_claims"] == []


def test_a_return_denied_after_an_aside_keeps_the_asides_state(extract: Extract) -> None:
    """Review of 69a39e1: 'suspended since the attack, has not returned' stays a pause."""
    sentence = "Its online shop, suspended since the attack, has not returned."
    incident = incident_of(extract(_article(sentence), published=PUBLISHED), "Ystrad Housing")
    assert statuses(incident) == {"online_orders": "suspended"}
