"""The rest of a service partly back, told to come back later, is a promise of its own
(issue 13, claims): the service stays partly back, and the record holds an expected claim
beside the partial one. The rest is told in the sentence of the partial return ("is working
again for most schools, with the remainder expected to be reconnected by Monday") or in the
next one, where it stands alone ("The remaining two are expected back within ten days", "The
other 14 branches should follow by Friday", "The rest of the country should follow").
A remainder of something else (costs, suspects, staff) promises nothing of the service.
Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import claims, incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-09-11"  # a Thursday


def _record(extract: Extract, opening: str, told: str) -> dict[str, Any]:
    return extract(opening + " " + told, published=PUBLISHED)


WAREHOUSES = (
    "Garrow Freight hit by ransomware\n\n"
    "Garrow Freight said a ransomware attack on 1 September shut its warehouses."
)
APP = (
    "Tolland Savings app outage\n\n"
    "Tolland Savings said an IT failure on Monday knocked out its mobile app."
)
PHARMACIES = (
    "Cairnside Chemists hit by cyber attack\n\n"
    "Cairnside Chemists said a cyber attack on Monday knocked out its pharmacies."
)


@pytest.mark.parametrize(
    ("opening", "told", "service"),
    [
        pytest.param(
            APP,
            "The app is working again for most customers, with the remainder expected to be "
            "reconnected by Monday.",
            "mobile_app",
            id="same-sentence-remainder",
        ),
        pytest.param(
            APP,
            "The app is working again for most customers. The rest are expected to be "
            "reconnected by Monday.",
            "mobile_app",
            id="next-sentence-rest-of-an-uncounted-whole",
        ),
        pytest.param(
            PHARMACIES,
            "Pharmacies in most branches were working normally by Wednesday. Cairnside expects "
            "the rest to be fully back by Friday.",
            "pharmacy",
            id="rest-as-an-object",
        ),
        pytest.param(
            WAREHOUSES,
            "Six of its eight warehouses were working again by Wednesday. The other two should "
            "follow by the end of next week.",
            "stock_and_supply",
            id="the-rest-should-follow",
        ),
        pytest.param(
            WAREHOUSES,
            "Most of its warehouses were working again by Wednesday. The remaining sites would "
            "be reconnected over the weekend.",
            "stock_and_supply",
            id="the-remaining-places",
        ),
        pytest.param(
            WAREHOUSES,
            "Six of its eight warehouses were working again by Wednesday. Garrow expects the "
            "remaining two to be back in the coming weeks.",
            "stock_and_supply",
            id="back-in-the-coming-weeks",
        ),
    ],
)
def test_the_rest_told_to_come_is_expected_beside_the_part_back(
    extract: Extract, opening: str, told: str, service: str
) -> None:
    victim = opening.split("\n\n")[1].split(" said")[0]
    incident = incident_of(_record(extract, opening, told), victim)
    assert statuses(incident)[service] == "partially_restored"
    assert (service, "partially_restored") in claims(incident)
    assert (service, "restoration_expected") in claims(incident)


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Six of its eight warehouses were working again by Wednesday. The other two "
            "suspects should appear in court on Friday.",
            id="other-suspects",
        ),
        pytest.param(
            "Most of its warehouses were working again by Wednesday. The remaining costs are "
            "expected to be recovered from insurers.",
            id="remaining-costs",
        ),
        pytest.param(
            "Most of its warehouses were working again by Wednesday. The rest of the week "
            "will be spent checking stock.",
            id="rest-of-the-week",
        ),
    ],
)
def test_a_remainder_of_something_else_promises_nothing(extract: Extract, told: str) -> None:
    incident = incident_of(_record(extract, WAREHOUSES, told), "Garrow Freight")
    assert statuses(incident)["stock_and_supply"] == "partially_restored"
    assert ("stock_and_supply", "restoration_expected") not in claims(incident)


def test_a_count_of_a_named_owners_whole_is_partial(extract: Extract) -> None:
    """'at 40 of the chain's 52 restaurants': a count past a possessive name is partial, as
    '40 of its 52' is."""
    opening = (
        "Brisco Grill card outage\n\n"
        "Brisco Grill said a fault on Monday stopped card payments at its restaurants."
    )
    told = "Card payments were working again at 40 of the chain's 52 restaurants by Wednesday."
    incident = incident_of(_record(extract, opening, told), "Brisco Grill")
    assert statuses(incident)["card_payments"] == "partially_restored"


def test_back_in_april_is_still_no_return(extract: Extract) -> None:
    """'to be back' reads as 'will be back'; a past 'were back in April' stays unread."""
    told = "Garrow said its warehouses were back in April after an earlier fault."
    incident = incident_of(_record(extract, WAREHOUSES, told), "Garrow Freight")
    assert ("stock_and_supply", "restored") not in claims(incident)


def test_the_rest_following_on_a_day_follows_with_no_object(extract: Extract) -> None:
    """'the other two should follow next week': the day after the verb is no object of it."""
    told = (
        "Three of its five warehouses had reopened by Friday, and the other two should follow "
        "next week."
    )
    incident = incident_of(_record(extract, WAREHOUSES, told), "Garrow Freight")
    assert ("stock_and_supply", "restoration_expected") in claims(incident)
