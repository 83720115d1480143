"""A service in a state of working by a time ('By Friday card payments were working at most of
its stores', 'As of Thursday, the website was live', 'By the weekend the shop was taking
orders', 'were being accepted at all its branches by Monday') came back by then: it is
restored, or partly restored where the sentence limits it, and the return is a claim (issue
13: restoration claims). Not a state denied, doubted or habitual, of an effort ('were working
to restore'), of people rather than the service ('pharmacy staff were working'), of an amount
('up by a third'), or in another clause.
Every article here is written for these tests; the class cases fail on the code before, the
guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import claims, incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-10-17"  # a Friday
LEDE = (
    "Marden & Pryce hit by cyber attack\n\n"
    "A cyber attack on Monday knocked out the website, the app and card payments at Marden & "
    "Pryce, the garden centre chain with 40 branches.\n\n"
)
VICTIM = "Marden & Pryce"


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        pytest.param(
            "By Thursday card payments were working at most of its branches, the chain said.",
            "card_payments",
            "partially_restored",
            id="by-a-day-working-at-most",
        ),
        pytest.param(
            "As of Wednesday evening, the chain's website was live.",
            "website",
            "restored",
            id="as-of-an-owners-service-live",
        ),
        pytest.param(
            "By lunchtime on Tuesday the app was up, a spokesman said.",
            "mobile_app",
            "restored",
            id="by-a-time-of-day-up",
        ),
        pytest.param(
            "Card payments were being accepted at all of the chain's branches by Wednesday.",
            "card_payments",
            "restored",
            id="passive-progressive-time-after",
        ),
        pytest.param(
            "By the end of the week its online shop was taking orders again for delivery.",
            "online_orders",
            "restored",
            id="time-reached-before-again",
        ),
        pytest.param(
            "By Wednesday its online shop was taking orders, the chief executive told staff.",
            "online_orders",
            "restored",
            id="taking-orders",
        ),
    ],
)
def test_a_service_working_by_a_time_is_back(
    extract: Extract, sentence: str, service: str, status: str
) -> None:
    incident = incident_of(extract(LEDE + sentence + "\n", PUBLISHED), VICTIM)
    assert statuses(incident).get(service) == status
    assert (service, status) in claims(incident)


def test_the_end_of_a_week_reached_in_the_past_promises_nothing(extract: Extract) -> None:
    text = LEDE + "By the end of the week the online shop was taking orders, the chain said.\n"
    incident = incident_of(extract(text, PUBLISHED), VICTIM)
    assert statuses(incident)["online_orders"] == "restored"
    assert ("online_orders", "restoration_expected") not in claims(incident)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("By Thursday the app was still not working.", id="denied"),
        pytest.param("By Thursday the app was no longer working.", id="no-longer"),
        pytest.param("By Thursday its engineers were working to restore the app.", id="an-effort"),
        pytest.param(
            "By Thursday the app was working on some phones but crashing on others.",
            id="a-state-that-goes-on-to-a-verb",
        ),
        pytest.param(
            "Staff will be told by Thursday whether the app is working.", id="another-clause"
        ),
        pytest.param(
            "The chain denied reports that the app was working by Wednesday.", id="denied-report"
        ),
        pytest.param("The app is usually live by 7am, the chain said.", id="a-habit"),
        pytest.param(
            "Its app support staff were working by Tuesday from a temporary office.",
            id="people-not-the-service",
        ),
        pytest.param("Complaints about the app were up by a third by Thursday.", id="an-amount"),
        pytest.param(
            "The app was working as of 9am on Tuesday, before it crashed again at noon.",
            id="a-state-a-later-clause-ends",
        ),
    ],
)
def test_no_return_without_a_working_state_reached(extract: Extract, sentence: str) -> None:
    incident = incident_of(extract(LEDE + sentence + "\n", PUBLISHED), VICTIM)
    assert statuses(incident)["mobile_app"] in {"disrupted", "suspended"}
    assert not [c for c in claims(incident) if c[0] == "mobile_app"]
