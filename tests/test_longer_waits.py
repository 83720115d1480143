"""Longer waits are a service impaired (issue 13, statuses): callers told to expect or
facing longer waits ('warned callers to expect longer waits', 'some callers faced much longer
waits') tell that the contact channel is disrupted though no word names it, and a long or
longer wait told of a service ('gift card holders face a longer wait') disrupts it. Callers
who are the attackers ('callers posing as IT support workers') name no channel. Every
article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

CALLERS_WAIT_LONGER = [
    pytest.param(
        "Tarnmoor Ambulance Service",
        "Tarnmoor Ambulance Service hit by ransomware\n\n"
        "Tarnmoor Ambulance Service said call handlers were recording calls by hand after a "
        "ransomware attack on Monday, and warned callers to expect longer waits.",
        id="warned-callers-to-expect",
    ),
    pytest.param(
        "Greybridge Water",
        "Greybridge Water hit by cyber attack\n\n"
        "Greybridge Water said a cyber attack on Tuesday had disrupted its billing systems. "
        "Some callers faced much longer waits, the company said.",
        id="some-callers-faced",
    ),
]


@pytest.mark.parametrize(("victim", "text"), CALLERS_WAIT_LONGER)
def test_callers_waiting_longer_tell_the_contact_channel_disrupted(
    extract: Extract, victim: str, text: str
) -> None:
    incident = incident_of(extract(text, "2025-05-16"), victim)
    assert statuses(incident).get("customer_service") == "disrupted"


def test_a_longer_wait_told_of_a_service_disrupts_it(extract: Extract) -> None:
    text = (
        "Hartsop Outdoor online shop back after cyber attack\n\n"
        "Hartsop Outdoor said its online shop was taking orders again on Monday, a week "
        "after a cyber attack. Gift card holders face a longer wait, the retailer said."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Hartsop Outdoor")
    found = statuses(incident)
    assert found.get("gift_cards") == "disrupted"
    assert found.get("online_orders") == "restored"


def test_callers_who_are_the_attackers_name_no_channel(extract: Extract) -> None:
    """Guard (passes on the code before the rule)."""
    text = (
        "Oxley Mutual warns members\n\n"
        "Oxley Mutual said on Monday that criminals had targeted its staff with callers "
        "posing as IT support workers, but that no systems had been affected."
    )
    record = extract(text, "2025-05-16")
    for incident in record["incidents"]:
        assert "customer_service" not in statuses(incident)


def test_no_longer_facing_long_waits_is_no_trouble(extract: Extract) -> None:
    text = (
        "Corbel Bank helpline back\n\n"
        "Corbel Bank said its helpline was working again after a cyber attack. Callers no "
        "longer face long waits, the bank said on Wednesday."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Corbel Bank")
    assert statuses(incident).get("customer_service") == "restored"


def test_a_wait_no_one_faces_names_no_trouble(extract: Extract) -> None:
    text = (
        "Sallow Books hit by cyber attack\n\n"
        "Sallow Books said a cyber attack on Monday had knocked its website offline.\n\n"
        "Its new app, after a long wait, would launch in June."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Sallow Books")
    assert "mobile_app" not in statuses(incident)


def test_queues_caused_at_places_name_no_victim(extract: Extract) -> None:
    text = (
        "Brackwell Railways passengers queue for tickets\n\n"
        "Brackwell Railways said its ticket machines stopped working on Saturday after an IT "
        "outage, causing long queues at stations across the Hartley line."
    )
    names = {i["organization"]["name"] for i in extract(text, "2025-05-16")["incidents"]}
    assert names == {"Brackwell Railways"}
