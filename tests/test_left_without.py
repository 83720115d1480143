"""Those left without a service lost it ("staff were left without email", "left shoppers
without card payments"), where a thing left without something ("left the tills without
supervision") lost no service, and "left without access to" data
is no theft of it. Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses


@pytest.mark.parametrize(
    ("text", "victim", "service"),
    [
        (
            "Staff at Orrin Parish Council were left without email for two days after its mail "
            "server failed.",
            "Orrin Parish Council",
            "internal_systems",
        ),
        (
            "A software fault at Drayholt Foods left shoppers without card payments for six "
            "hours on Monday.",
            "Drayholt Foods",
            "card_payments",
        ),
    ],
)
def test_those_left_without_a_service_lost_it(
    extract: Any, text: str, victim: str, service: str
) -> None:
    record = extract(f"Local news\n\n{text}", published="2025-06-02")
    assert statuses(incident_of(record, victim)).get(service) == "disrupted"


def test_leaving_a_thing_without_something_is_no_lost_service(extract: Any) -> None:
    record = extract(
        "Local news\n\nDrayholt Foods said a cyber attack had hit its website on Monday. Staff "
        "left the tills without supervision for an hour.",
        published="2025-06-02",
    )
    assert "card_payments" not in statuses(incident_of(record, "Drayholt Foods"))


def test_left_without_access_to_data_is_no_theft(extract: Any) -> None:
    record = extract(
        "Local news\n\nStudents at Greyford University were left without access to course "
        "information and student records after a cyber attack on its network on Monday, the "
        "university said.",
        published="2025-06-02",
    )
    assert all(incident["data_compromised"] is not True for incident in record["incidents"])


def test_a_headline_without_its_service_after_a_failure_tells_it_lost(extract: Any) -> None:
    record = extract(
        "Surveyors without email after server failure\n\n"
        "Staff at Dunlow Surveyors were left without email for two days this week after a "
        "server failure, the firm said.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Dunlow Surveyors"))["internal_systems"] == "disrupted"


def test_without_any_disruption_still_denies_it(extract: Any) -> None:
    record = extract(
        "Local news\n\nDrayholt Foods said a cyber attack had hit its website on Monday. Its "
        "stores kept trading without any disruption to card payments.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Drayholt Foods")).get("card_payments") != "disrupted"


@pytest.mark.parametrize(
    ("text", "victim", "service"),
    [
        (
            "The ransomware attack left Brantley Credit Union without email for a week, the "
            "credit union said.",
            "Brantley Credit Union",
            "internal_systems",
        ),
        (
            "An IT fault left customers of Tilney Water without its helpline on Monday, "
            "the company said.",
            "Tilney Water",
            "customer_service",
        ),
    ],
)
def test_an_organisation_or_its_people_left_without_a_service_lost_it(
    extract: Any, text: str, victim: str, service: str
) -> None:
    record = extract(f"Local news\n\n{text}", published="2025-06-02")
    assert statuses(incident_of(record, victim)).get(service) == "disrupted"
