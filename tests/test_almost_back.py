"""'Almost' or 'nearly' right before a return makes it partial (issue 13, restoration
claims): "We are almost back to normal", "its systems were nearly fully restored" tell a
return short of whole; "restored its website almost four weeks after the attack" says when,
and the return is whole. Every article here is written for these tests; the guard passed on
the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import claims, incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-05-16"


@pytest.mark.parametrize(
    "back",
    [
        pytest.param('"We are almost back to normal," its owner said on Friday.', id="almost"),
        pytest.param("The chain said on Friday it was nearly back to normal.", id="nearly"),
    ],
)
def test_almost_back_is_a_partial_return(extract: Extract, back: str) -> None:
    incident = incident_of(
        extract(
            "Kilnsey Garden Centres was hit by a cyber attack on Monday that stopped card "
            "payments at its tills. " + back,
            published=PUBLISHED,
        ),
        "Kilnsey Garden Centres",
    )
    assert (None, "partially_restored") in claims(incident)
    assert (None, "restored") not in claims(incident)


def test_almost_before_a_time_leaves_the_return_whole(extract: Extract) -> None:
    """Guard: "almost four weeks after" dates the return."""
    incident = incident_of(
        extract(
            "Kilnsey Garden Centres was hit by a cyber attack in April that took its website "
            "offline. It restored its website on Monday, almost four weeks after the attack.",
            published=PUBLISHED,
        ),
        "Kilnsey Garden Centres",
    )
    assert statuses(incident)["website"] == "restored"


def test_almost_completely_restored_is_partial(extract: Extract) -> None:
    incident = incident_of(
        extract(
            "Kilnsey Garden Centres said a cyber attack on Monday took its website offline. "
            "Its website was almost completely restored on Wednesday.",
            published=PUBLISHED,
        ),
        "Kilnsey Garden Centres",
    )
    assert statuses(incident)["website"] == "partially_restored"


def test_nearly_before_a_hyphened_word_is_no_partial_return(extract: Extract) -> None:
    """Guard: "nearly back-to-back outages" counts outages, limits no return."""
    incident = incident_of(
        extract(
            "Kilnsey Garden Centres said a cyber attack on Monday took its website offline. "
            "The website came back on Wednesday after nearly back-to-back outages.",
            published=PUBLISHED,
        ),
        "Kilnsey Garden Centres",
    )
    assert statuses(incident)["website"] == "restored"


def test_almost_before_a_loss_is_no_partial_return(extract: Extract) -> None:
    """Guard: "almost completely wiped" measures the damage; the return is whole."""
    incident = incident_of(
        extract(
            "Kilnsey Garden Centres said a cyber attack on Monday took its website offline. "
            "Its website came back on Wednesday after being almost completely wiped by the "
            "attackers.",
            published=PUBLISHED,
        ),
        "Kilnsey Garden Centres",
    )
    assert statuses(incident)["website"] == "restored"
