"""A return told in the active progressive is under way (issue 13, claims): "it was restoring
its systems from backups", "engineers are bringing its tills back" tell a return in progress,
partially_restored, as the passive "are being restored" and "are coming back online" already
did; a return told done ("was restored on Tuesday") is restored. Every article here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import claim_pairs

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

OPENING = "Dairy hacked\n\nHackers hit Yarnsby Dairies on Monday. "

UNDER_WAY = [
    pytest.param(
        "It said on Wednesday that it was restoring its systems from backups.",
        "internal_systems",
        id="was-restoring",
    ),
    pytest.param(
        "Engineers were bringing its tills back on Tuesday, the company said.",
        "card_payments",
        id="were-bringing-back",
    ),
    pytest.param(
        "The company is restoring its website, a spokesman said.", "website", id="is-restoring"
    ),
]


@pytest.mark.parametrize(("told", "service"), UNDER_WAY)
def test_a_return_in_the_active_progressive_is_partial(
    extract: Extract, told: str, service: str
) -> None:
    incident = extract(OPENING + told, "2025-05-21")["incidents"][0]
    assert statuses(incident).get(service) == "partially_restored"
    assert (service, "restored") not in claim_pairs(incident)


def test_a_return_told_done_is_whole(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    incident = extract(OPENING + "Its website was restored on Tuesday.", "2025-05-21")["incidents"][
        0
    ]
    assert statuses(incident).get("website") == "restored"
