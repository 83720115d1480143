"""A return told past a contrast after a failure of the same service in one sentence ends
that failure (issue 13, story time): "Card payments failed at several stores on Saturday,
but the chain said they had been restored by lunchtime" leaves them restored, where the
pluperfect of reported speech had been read as a recap from before the failure. Every
article here is written for these tests; the guard passed on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEDE = "Wrenfold Bakeries was hit by a cyber attack on Friday. "
PUBLISHED = "2025-05-12"


def test_a_reported_return_after_but_ends_the_failure(extract: Extract) -> None:
    incident = incident_of(
        extract(
            LEDE + "Card payments failed at several of its shops on Saturday, but the chain "
            "said they had been restored by lunchtime.",
            published=PUBLISHED,
        ),
        "Wrenfold Bakeries",
    )
    assert statuses(incident)["card_payments"] == "restored"


def test_a_recap_before_the_failure_stays_before_it(extract: Extract) -> None:
    """Guard: a return told in a sentence of its own before a failure is no later."""
    incident = incident_of(
        extract(
            LEDE + "The chain said its app had been restored on Saturday morning. The app "
            "crashed again on Sunday and remains offline.",
            published=PUBLISHED,
        ),
        "Wrenfold Bakeries",
    )
    assert statuses(incident)["mobile_app"] != "restored"


def test_an_end_recalled_beside_a_failure_told_again_is_earlier(extract: Extract) -> None:
    """Guard: "failed again ..., but they had been restored after the first outage" recalls
    the end of an earlier failure; the one told again stands."""
    incident = incident_of(
        extract(
            LEDE + "Card payments failed again at several of its shops on Saturday, but the "
            "chain said they had been restored after the first outage.",
            published=PUBLISHED,
        ),
        "Wrenfold Bakeries",
    )
    assert statuses(incident)["card_payments"] != "restored"


def test_a_return_reported_with_the_saying_after_it_ends_the_failure(extract: Extract) -> None:
    incident = incident_of(
        extract(
            LEDE + "Card payments failed at several of its shops on Saturday, but they had "
            "been restored by lunchtime, the chain said.",
            published=PUBLISHED,
        ),
        "Wrenfold Bakeries",
    )
    assert statuses(incident)["card_payments"] == "restored"
