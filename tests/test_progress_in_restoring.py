"""Progress in restoring is a partial return (issue 13, claims): "we are making good progress in
restoring our systems", "has made progress restoring its network", "progress on bringing its
tills back" tell part of the thing back and the rest to come, as "some" and "most" do.
"No progress", "little progress" and "slow progress" tell none of it back, and the passive
("progress was being made in restoring ...") is progress too. Every article here is written for
these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Ransomware attack on Pendower Freight\n\n"
    "Pendower Freight said a ransomware attack forced it to shut down its IT systems on "
    "Monday. "
)
PUBLISHED = "2025-06-20"


def internal_systems(record: dict[str, Any]) -> str | None:
    return statuses(incident_of(record, "Pendower Freight")).get("internal_systems")


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            '"We are making good progress in restoring our systems," a spokesman said on Thursday.',
            id="progress-in",
        ),
        pytest.param(
            "On Thursday the haulier said it had made steady progress restoring its IT systems.",
            id="progress-gerund",
        ),
        pytest.param(
            "The haulier said on Thursday that good progress was being made in restoring its IT "
            "systems.",
            id="passive",
        ),
    ],
)
def test_progress_in_restoring_is_a_partial_return(extract: Extract, told: str) -> None:
    assert internal_systems(extract(OPENING + told, PUBLISHED)) == "partially_restored"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "On Thursday the haulier said it had made no progress in restoring its systems.",
            id="no-progress",  # a guard: it passes on the code before the progress patterns
        ),
        pytest.param(
            "Engineers were making slow progress in restoring its IT systems, the haulier said.",
            id="slow-progress",
        ),
    ],
)
def test_slight_progress_is_no_return(extract: Extract, told: str) -> None:
    assert internal_systems(extract(OPENING + told, PUBLISHED)) not in {
        "partially_restored",
        "restored",
    }
