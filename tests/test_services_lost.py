"""A service lost is down, and its day the incident's start (issue 13): 'lost access to email on
Tuesday', 'lost the use of its online booking system'. Not advice on a loss that may come
('members who lose access should call'). 'has been without' is read only before a service's
name (tests/test_services_left_without.py; the review of 4fa3ac4: 'were without signs of
ransomware', 'without updates', 'without electricity'). Every
article here is written for these tests; each class case fails on the code before, and the
guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import start_days

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-10-03"  # a Friday


@pytest.mark.parametrize(
    ("told", "service"),
    [
        pytest.param("lost access to its email on Monday", "internal_systems", id="lost-access"),
        pytest.param(
            "lost the use of its online booking system on Monday", "online_orders", id="lost-use"
        ),
    ],
)
def test_a_service_lost_is_down_from_its_day(extract: Extract, told: str, service: str) -> None:
    text = f"Penwith Valley Council {told} after a ransomware attack, officials said.\n"
    incident = incident_of(extract(text, published=PUBLISHED), "Penwith Valley Council")
    assert statuses(incident).get(service) == "disrupted"
    assert "2025-09-29" in start_days(incident)
    assert "ransomware" in incident["incident_types"]


def test_without_warning_is_no_service_lost(extract: Extract) -> None:
    """Guard: 'without warning' tells how the trouble came."""
    text = (
        "Penwith Valley Council's website went down without warning on Monday after a cyber "
        "attack, officials said.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Penwith Valley Council")
    assert statuses(incident) == {"website": "disrupted"}


def test_advice_on_a_loss_to_come_is_no_loss(extract: Extract) -> None:
    """Review of 4fa3ac4: 'Members who lose access ... should call the helpline'."""
    text = (
        "Penwith Building Society said on Monday that fraudsters had sent fake texts to its "
        "members. Members who lose access to their online accounts after clicking a link "
        "should call the society's helpline, it said.\n"
    )
    record = extract(text, published=PUBLISHED)
    for incident in record["incidents"]:
        assert "customer_service" not in statuses(incident)
