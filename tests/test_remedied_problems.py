"""A problem remedied is over (issue 13, claims): a fault, glitch, error, problem or issue
"corrected", "put right" or "sorted out", in the passive ("the fault was corrected", "had been
found and corrected") or the active ("engineers corrected the fault", "has put the problem
right"), is a general restoration claim, as "fixed" and "rectified" are. Only a problem
remedied counts: "Those have all been corrected" of duplicate charges is no return of
anything; and a remedy still to come ("has yet to be corrected", "is still to be fixed",
"working to put the fault right", "has not been corrected") is none. Every article here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Card payments fail at garden centres\n\n"
    "Wexcombe Garden Centres said a software fault stopped card payments at its 40 branches "
    "on Tuesday morning. "
)
PUBLISHED = "2025-05-09"


def general_claims(record: dict[str, Any]) -> list[str]:
    incident = record["incidents"][0]
    return [c["status"] for c in incident["restoration_claims"] if c["service"] is None]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("The company said the fault was corrected by the evening.", id="corrected"),
        pytest.param(
            "A spokesman said the error had been found and corrected within hours.",
            id="found-and-corrected",
        ),
        pytest.param("Engineers corrected the fault overnight, it said.", id="active"),
        pytest.param("The glitch was put right on Wednesday, the company said.", id="put-right"),
        pytest.param("It said it had put the problem right by lunchtime.", id="put-x-right"),
        pytest.param("The company said the issue has now been sorted out.", id="sorted-out"),
    ],
)
def test_a_problem_remedied_is_a_general_return(extract: Extract, told: str) -> None:
    assert "restored" in general_claims(extract(OPENING + told, PUBLISHED))


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("The company said the error has yet to be corrected.", id="yet-to-be"),
        pytest.param("It said the problem is still to be fixed.", id="still-to-be"),
        pytest.param("Engineers were working to put the fault right.", id="effort"),
        pytest.param("The company said the glitch has not been corrected.", id="negated"),
    ],
)
def test_a_remedy_still_to_come_is_no_return(extract: Extract, told: str) -> None:
    assert "restored" not in general_claims(extract(OPENING + told, PUBLISHED))


def test_data_corrected_is_no_return(extract: Extract) -> None:
    """Charges put right are no service back: 'corrected' needs a problem as its object."""
    text = OPENING + (
        "Some shoppers said their purchases had been taken twice from their accounts. The "
        "company said those charges have all been corrected."
    )
    record = extract(text, PUBLISHED)
    incident = record["incidents"][0]
    assert not [c for c in incident["restoration_claims"] if c["status"] == "restored"]
