"""Part of a returned service still down, told by naming the service again (issue 13,
statuses and claims): after a return, a contrasting clause that opens on the same service
and says it is still down where another service is ('..., but card payments on its website
are still failing') limits the return: the service is partially restored, the clause its
scope. The other service named inside the clause (the website where payments fail) does not
stop the limit. A contrasting clause about another service ('..., but its website is still
down'), or one whose subject only has the service as a modifier ('website visitors say the
app is failing'), limits nothing. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

PART_STILL_DOWN = [
    pytest.param(
        "card_payments",
        "Retailer card payments\n\n"
        "Harlow Electricals was hit by a cyber attack last month. Card payments in its shops "
        "are working again, but card payments on its website are still failing.",
        id="the-website-says-which-part",
    ),
    pytest.param(
        "contactless_payments",
        "Cafe chain payments\n\n"
        "Rookery Cafes was hit by a cyber attack on Monday. Contactless payments at its "
        "counters were working again by Wednesday, but contactless payments in its mobile app "
        "are still failing.",
        id="the-app-says-which-part",
    ),
]


@pytest.mark.parametrize(("service", "text"), PART_STILL_DOWN)
def test_the_same_service_still_down_limits_its_return(
    extract: Extract, service: str, text: str
) -> None:
    incident = extract(text, "2025-05-20")["incidents"][0]
    assert statuses(incident)[service] == "partially_restored"
    claims = {(c["service"], c["status"]) for c in incident["restoration_claims"]}
    assert claims >= {(service, "partially_restored")}
    assert (service, "restored") not in claims


def test_another_service_still_down_limits_nothing(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    incident = extract(
        "Retailer card payments\n\n"
        "Harlow Electricals was hit by a cyber attack last month. Card payments in its shops "
        "are working again, but its website is still down.",
        "2025-05-20",
    )["incidents"][0]
    assert statuses(incident)["card_payments"] == "restored"


def test_a_service_that_only_modifies_the_contrasts_subject_limits_nothing(
    extract: Extract,
) -> None:
    """A guard a review ran against the first version: 'website visitors' are people; the
    app they speak of is another service."""
    incident = extract(
        "Retailer site\n\n"
        "Harlow Electricals was hit by a cyber attack last month. Its website is back online, "
        "but website visitors say the app is still failing.",
        "2025-05-20",
    )["incidents"][0]
    claims = {(c["service"], c["status"]) for c in incident["restoration_claims"]}
    assert ("website", "restored") in claims


def test_a_later_failure_of_the_part_returned_is_a_failure(extract: Extract) -> None:
    """A guard a review ran against the first version: after the part still down, the part
    that had returned failing again is a failure of its own."""
    incident = extract(
        "Cards\n\n"
        "Castleford Stores was hit by a cyber attack last week. Card payments in its shops are "
        "working again, but card payments on its website are still failing, and card payments "
        "in its shops failed again on Tuesday evening.",
        "2025-05-20",
    )["incidents"][0]
    assert statuses(incident)["card_payments"] == "disrupted"
