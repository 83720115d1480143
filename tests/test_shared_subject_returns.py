"""A predicate with no subject of its own shares the subject before it (issue 13, claims):
'The customer portal remains offline and is expected to return on Wednesday' tells the
portal's return to come after its state now, so the portal is expected back and the claim
is made; a verb group of any length may stand between the conjunction and the return ('and
is expected to return'), and a clause told inside the first ('while the bank adds a check')
does not take the subject away, unless it names a service of its own. Every article here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

BANK = "Quarrendon Bank"


def _claims(incident: dict[str, Any]) -> set[tuple[str | None, str]]:
    return {(c["service"], c["status"]) for c in incident["restoration_claims"]}


@pytest.mark.parametrize(
    ("text", "service"),
    [
        pytest.param(
            "Bank shuts portal\n\n"
            "Quarrendon Bank said it had shut its customer portal after a cyber attack on "
            "Monday. The customer portal remains offline and is expected to return on "
            "Wednesday.",
            "website",
            id="verb-group",
        ),
        pytest.param(
            "Bank shuts app\n\n"
            "Quarrendon Bank said it had taken its mobile app offline after a cyber attack on "
            "Monday. The app remains offline while the bank adds an extra verification step, "
            "and is expected to return on Friday.",
            "mobile_app",
            id="past-a-while-clause",
        ),
    ],
)
def test_a_return_to_come_in_a_shared_predicate(extract: Extract, text: str, service: str) -> None:
    incident = incident_of(extract(text, "2025-06-04"), BANK)
    assert statuses(incident).get(service) == "restoration_expected"
    assert (service, "restoration_expected") in _claims(incident)


def test_a_clause_with_a_subject_of_its_own_takes_nothing(extract: Extract) -> None:
    """Guard (passes on the code before): staff returning to the office is no return of the
    app."""
    incident = incident_of(
        extract(
            "Bank shuts app\n\n"
            "Quarrendon Bank said it had taken its mobile app offline after a cyber attack on "
            "Monday. The app remains offline, and staff are expected to return to the office "
            "on Friday.",
            "2025-06-04",
        ),
        BANK,
    )
    assert statuses(incident).get("mobile_app") == "suspended"
    assert not _claims(incident)


def test_a_sentence_opening_on_a_subordinate_clause(extract: Extract) -> None:
    """Guard (passes on the code before): the clause a shared predicate follows may itself
    open the sentence on 'as' or 'when'; the search for the subject's clause ends there
    (a first version looped for ever on such sentences)."""
    incident = incident_of(
        extract(
            "Grocer outage\n\n"
            "As traffic built up on Thursday morning, the app of Merrowby Foods stopped working "
            "after a cyber attack, and has since been restored.",
            "2025-06-04",
        ),
        "Merrowby Foods",
    )
    assert statuses(incident).get("mobile_app") == "restored"


def test_a_subordinate_clause_with_a_service_keeps_its_predicate(extract: Extract) -> None:
    """A review's counter-example: the while clause names the website, so the return to come
    after it is the website's, not the app's."""
    incident = incident_of(
        extract(
            "Bank app and website down\n\n"
            "Quarrendon Bank said a fault had hit its systems. Its app was taken offline on 2 "
            "May and back up on 5 May, while its website was down for a day and is expected to "
            "return on Friday.",
            "2025-05-06",
        ),
        BANK,
    )
    claims = _claims(incident)
    assert ("website", "restoration_expected") in claims
    assert ("mobile_app", "restoration_expected") not in claims


def test_a_service_only_the_subordinate_clause_names_as_object_shares_nothing(
    extract: Extract,
) -> None:
    """A second review's counter-example: the mobile app is what engineers check, not the
    subject of the while clause, so the return to come is the portal's."""
    incident = incident_of(
        extract(
            "Bank portal down\n\n"
            "Quarrendon Bank said a cyber attack had hit its systems. Its online portal remains "
            "offline while engineers check the mobile app, and is expected to return on "
            "Wednesday.",
            "2025-06-04",
        ),
        BANK,
    )
    claims = _claims(incident)
    assert ("website", "restoration_expected") in claims
    assert ("mobile_app", "restoration_expected") not in claims
