"""An effort governs the returns joined to what it seeks (issue 13, restoration claims):
"working to isolate the attack and restore services" seeks the return, though the "and"
opens a clause of its own; a return with a subject of its own after the "and" ("working to
isolate it, and its website is back") is told done. Every article here is written for
these tests; the guard and the "racing to contain ... and bring back" form passed on the
code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import claims, incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEDE = "Bexmoor Builders Merchants was hit by a cyber attack on Monday. "
PUBLISHED = "2025-05-14"


@pytest.mark.parametrize(
    "effort",
    [
        pytest.param(
            "The company said it was working to isolate the attack and restore services.",
            id="isolate-and-restore",
        ),
        pytest.param(
            "Engineers were racing to contain the intrusion and bring its systems back.",
            id="contain-and-bring-back",
        ),
        pytest.param(
            "Staff were trying to clean the infected laptops and get its systems working "
            "again, the company said.",
            id="clean-and-get-working-again",
        ),
    ],
)
def test_a_return_joined_to_an_effort_is_sought_not_done(extract: Extract, effort: str) -> None:
    incident = incident_of(
        extract(LEDE + effort, published=PUBLISHED), "Bexmoor Builders Merchants"
    )
    assert all(status != "restored" for _, status in claims(incident))
    assert statuses(incident).get("internal_systems") != "restored"


def test_a_return_with_its_own_subject_after_the_effort_is_done(extract: Extract) -> None:
    """Guard: the website's own return, past the effort's comma, is told."""
    incident = incident_of(
        extract(
            LEDE + "Its website went offline on Monday. The company said it was working to "
            "investigate the attack, and its website was back online on Tuesday.",
            published=PUBLISHED,
        ),
        "Bexmoor Builders Merchants",
    )
    assert statuses(incident)["website"] == "restored"


def test_a_return_joined_by_or_to_an_effort_is_sought(extract: Extract) -> None:
    incident = incident_of(
        extract(
            LEDE + "Staff were trying to clean the infected laptops or get its systems working "
            "again, the company said.",
            published=PUBLISHED,
        ),
        "Bexmoor Builders Merchants",
    )
    assert all(status != "restored" for _, status in claims(incident))
