"""A share of a time says how long a trouble lasted, not how much of a service came back (issue
13): 'working again after being offline for most of Saturday' is a whole return, where 'working
again at most of its stores' is a part. Every article here is written for these tests; the class
cases with 'most of' failed on the code before ('much of' and 'part of' passed there), the guards
passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"  # a Thursday


def _claim_statuses(incident: dict[str, Any]) -> set[tuple[Any, str]]:
    return {(claim["service"], claim["status"]) for claim in incident["restoration_claims"]}


@pytest.mark.parametrize(
    "how_long",
    [
        pytest.param("for most of Saturday", id="most-of-a-day-named"),
        pytest.param("for much of the weekend", id="much-of-the-weekend"),
        pytest.param("for part of the morning", id="part-of-the-morning"),
        pytest.param("for most of the following day", id="most-of-the-following-day"),
    ],
)
def test_a_share_of_a_time_is_no_partial_return(extract: Extract, how_long: str) -> None:
    text = (
        "Ferncastle Rail website back after attack\n\n"
        "Ferncastle Rail said on Monday that its website was working again after being "
        f"offline {how_long} because of a cyber attack.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Ferncastle Rail")
    assert statuses(incident) == {"website": "restored"}
    assert _claim_statuses(incident) == {("website", "restored")}


@pytest.mark.parametrize(
    "where",
    [
        pytest.param("at most of its stores", id="most-of-its-stores"),
        pytest.param("for most customers", id="most-customers"),
        pytest.param("in part of the country", id="part-of-the-country"),
    ],
)
def test_a_share_of_a_place_or_of_people_stays_a_partial_return(
    extract: Extract, where: str
) -> None:
    """Guard: a share of where the service runs or of who uses it limits the return."""
    text = (
        "Pellingham Foods card payments back\n\n"
        f"Pellingham Foods said on Monday that card payments were working again {where} after "
        "a technical fault on Saturday.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Pellingham Foods")
    assert statuses(incident) == {"card_payments": "partially_restored"}
