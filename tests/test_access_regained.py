"""Access given back (issue 13, statuses and claims): the people who use a service having
access to it again ('staff now have access to its email system again', 'staff have regained
access to ...', 'students can access the email system again') tell the service restored, and
a share of them ('about half of the council's staff') a partial return. The access is not
the attackers' cut off, so no general claim of a contained attack; the attackers regaining
access tell nothing back. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

ACCESS_BACK = [
    pytest.param(
        "restored",
        "Ashmere Council was hit by a cyber attack last month. Staff now have access to its "
        "email system again.",
        id="have-access-again",
    ),
    pytest.param(
        "restored",
        "Ashmere Council was hit by a cyber attack last month. Staff have regained access to "
        "the council's email system.",
        id="regained-access",
    ),
    pytest.param(
        "restored",
        "Ashmere Council was hit by a cyber attack last month. Students can access the email "
        "system again.",
        id="students-can-access-again",
    ),
    pytest.param(
        "partially_restored",
        "Ashmere Council was hit by a cyber attack last month. About half of the council's "
        "staff now have access to the email system again.",
        id="a-share-of-the-staff",
    ),
]


@pytest.mark.parametrize(("status", "body"), ACCESS_BACK)
def test_access_given_back_tells_the_service_back(extract: Extract, status: str, body: str) -> None:
    incident = extract("Council email\n\n" + body, "2025-05-20")["incidents"][0]
    assert statuses(incident)["internal_systems"] == status
    claims = {(c["service"], c["status"]) for c in incident["restoration_claims"]}
    assert claims == {("internal_systems", status)}


def test_the_attackers_regaining_access_tells_nothing_back(extract: Extract) -> None:
    """A guard (the old code passed it too)."""
    incident = extract(
        "Council network\n\n"
        "Ashmere Council was hit by a cyber attack last month. The hackers have regained "
        "access to its network, the council said.",
        "2025-05-20",
    )["incidents"][0]
    assert "internal_systems" not in statuses(incident)
    assert incident["restoration_claims"] == []


def test_access_cut_off_is_still_a_contained_attack(extract: Extract) -> None:
    """A guard (the old code passed it too): the attackers' access cut off is a general
    claim."""
    incident = extract(
        "Council network\n\n"
        "Ashmere Council was hit by a cyber attack last month. It has cut off the attackers' "
        "access, the council said.",
        "2025-05-20",
    )["incidents"][0]
    claims = {(c["service"], c["status"]) for c in incident["restoration_claims"]}
    assert (None, "restored") in claims


THE_ATTACKERS = [
    pytest.param(
        "The ransomware gang said it had regained access to the council's email system.",
        id="it-the-gang",
    ),
    pytest.param(
        "Gang members have regained access to the council's email system.",
        id="gang-members",
    ),
]


@pytest.mark.parametrize("body", THE_ATTACKERS)
def test_the_attackers_regaining_access_is_no_return(extract: Extract, body: str) -> None:
    """Guards a review ran against the first version, which took 'it' and 'members' for the
    service's users."""
    incident = extract(
        "Council email\n\nAshmere Council was hit by a cyber attack last month. " + body,
        "2025-05-20",
    )["incidents"][0]
    assert "internal_systems" not in statuses(incident)
    assert incident["restoration_claims"] == []
