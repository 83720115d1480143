"""A thing that failed at a business (issue 12, who was hit): "Tills failed at X on Monday",
"Tills failed across X's stores" tie X as "went down at X" and "crashed at X" do: the
preposition after "failed" is the link to the business, not part of the failure's words.
Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import names_of, norm

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

FAILED_AT = [
    pytest.param("Tills failed at Pillerton Foods on Monday.", "card_payments", id="failed-at"),
    pytest.param(
        "Tills failed across Pillerton Foods' stores on Monday, leaving shoppers unable to pay "
        "by card.",
        "card_payments",
        id="failed-across",
    ),
    pytest.param(
        "The self-checkout tills failed at Pillerton Foods for three hours on Monday.",
        "card_payments",
        id="the-tills-failed-at",
    ),
]


@pytest.mark.parametrize(("body", "service"), FAILED_AT)
def test_a_thing_that_failed_at_a_business_ties_it(
    extract: Extract, body: str, service: str
) -> None:
    record = extract("Tills down\n\n" + body, "2025-05-21")
    assert record["incidents"], "no incident"
    incident = record["incidents"][0]
    assert norm("Pillerton Foods") in names_of(incident)
    assert statuses(incident).get(service) == "disrupted"


def test_failed_to_is_no_failure_of_a_thing(extract: Extract) -> None:
    """A guard (the old code passed it too): 'failed to' tells an attempt, no outage."""
    record = extract(
        "Security review\n\nThe alarm system failed to detect a burglar at Pillerton Foods on "
        "Monday, police said.",
        "2025-05-21",
    )
    assert not record["incidents"]
