"""The systems told back in full are every service back (issue 13, story-time statuses): "All
of its systems were back online by 09:15", "Systems were fully restored" restore each service
told down before them, as "everything is working again" did; not a service told still down
after them, nor systems told back only in part. Every article here is written for these
tests; the guards passed on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEDE = (
    "IT failure grounds Ravelin Air\n\n"
    "Ravelin Air said a hardware fault took down its check-in systems on Saturday morning. "
    "Its website and app also stopped working. "
)
PUBLISHED = "2025-05-11"


@pytest.mark.parametrize(
    "back",
    [
        pytest.param(
            "All of its systems were back online by the afternoon, the airline said.",
            id="all-of-its-systems",
        ),
        pytest.param(
            "Systems were fully restored by the afternoon, the airline said.", id="fully-restored"
        ),
    ],
)
def test_the_systems_back_in_full_restore_every_service(extract: Extract, back: str) -> None:
    incident = incident_of(extract(LEDE + back, published=PUBLISHED), "Ravelin Air")
    assert statuses(incident)["website"] == "restored"
    assert statuses(incident)["mobile_app"] == "restored"


def test_a_service_told_down_after_them_stays_down(extract: Extract) -> None:
    """Guard: the app told still offline afterwards is not back."""
    incident = incident_of(
        extract(
            LEDE + "All of its systems were back online by the afternoon, the airline said. "
            "But its app remains offline on Sunday, and customers are asked to use the website.",
            published=PUBLISHED,
        ),
        "Ravelin Air",
    )
    assert statuses(incident)["mobile_app"] != "restored"


def test_systems_back_in_part_restore_no_other_service(extract: Extract) -> None:
    """Guard: some of its systems back is no return of the website."""
    incident = incident_of(
        extract(
            LEDE + "Some of its systems were back online by the afternoon, the airline said.",
            published=PUBLISHED,
        ),
        "Ravelin Air",
    )
    assert statuses(incident)["website"] != "restored"
