"""A return for part of those a service reaches, with the rest still to come, is a partial
return now (issue 13, claims and story time): "is working again for most customers, with the
rest expected to be reconnected by Monday" (the expectation and its day are the rest's), "was
back in England, while customers in Wales should see it return in the coming days" (a
contrast that tells the same service's return still to come for others). Every article here
is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Cyber attack hits Dunmere Stores\n\n"
    "Dunmere Stores said a cyber attack on Monday knocked out its app and its website. "
)
PUBLISHED = "2025-06-12"  # a Thursday


def app_status(extract: Extract, told: str) -> str:
    record = extract(OPENING + told, published=PUBLISHED)
    return statuses(incident_of(record, "Dunmere Stores"))["mobile_app"]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "The app is working again for most customers, with the rest expected to be "
            "reconnected by Monday.",
            id="rest-expected",
        ),
        pytest.param(
            "On Wednesday the app was back for some users, with the remainder expected to "
            "follow within days.",
            id="remainder-expected",
        ),
        pytest.param(
            "The app is working again for some customers, with the rest to follow by Monday.",
            id="rest-dated",
        ),
        pytest.param(
            "The app was back in England on Wednesday, while customers in Wales should see it "
            "return in the coming days.",
            id="others-still-to-come",
        ),
    ],
)
def test_a_part_back_with_the_rest_to_come_is_partial(extract: Extract, told: str) -> None:
    assert app_status(extract, told) == "partially_restored"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Twelve of its shops have reopened, and the rest are due to open by Friday.",
            id="the-rest-due",
        ),
        pytest.param(
            "Its shops in Kent reopened on Wednesday, and the remaining ones will follow next "
            "week.",
            id="the-remaining-will-follow",
        ),
    ],
)
def test_the_rest_as_the_subject_of_a_clause_to_come(extract: Extract, told: str) -> None:
    """'..., and the rest are due to open by Friday': the rest opens its own clause."""
    record = extract(
        "Cyber attack shuts Dunmere Stores shops\n\nDunmere Stores closed all 40 of its shops "
        "on Monday after a cyber attack. " + told,
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Dunmere Stores"))["stores"] == "partially_restored"


def test_the_rest_of_something_else_leaves_the_return_whole(extract: Extract) -> None:
    """Guard: 'the remaining problems' are no rest of the service."""
    told = "The app is back, and the remaining problems will be fixed soon."
    assert app_status(extract, told) == "restored"


def test_a_promise_of_a_partial_return_is_still_a_promise(extract: Extract) -> None:
    """Guard: the expectation before the return is the service's own."""
    told = "The company expects the app to return in stages for most customers."
    assert app_status(extract, told) == "restoration_expected"


def test_another_service_to_come_leaves_the_return_whole(extract: Extract) -> None:
    """Guard: a contrast that promises another service does not limit this one's return."""
    record = extract(
        OPENING + "The app is back, but the website should return next week.",
        published=PUBLISHED,
    )
    found = statuses(incident_of(record, "Dunmere Stores"))
    assert found["mobile_app"] == "restored"
    assert found["website"] == "restoration_expected"
