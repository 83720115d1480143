"""An IT failure told only by what a digital service did ("its website crashed", "the app has
been unavailable since Monday") is an incident though no incident word ("outage", "fault")
names it. What is planned, to come, denied or no digital service ("shares were down",
"deliveries stopped during the strike") is none. Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses


@pytest.mark.parametrize(
    ("text", "victim", "service"),
    [
        (
            "Tarrock Outdoor said its website had crashed on Friday morning as shoppers rushed "
            "to buy discounted tents, and that it stayed unreachable until the afternoon.",
            "Tarrock Outdoor",
            "website",
        ),
        (
            "Customers of Quorrel Bank have been unable to log in since Monday. The lender said "
            "its mobile app had been unavailable since a server move on Sunday night.",
            "Quorrel Bank",
            "mobile_app",
        ),
        (
            "The Quorrel Bank app stopped loading on Monday evening and stayed that way "
            "until the next morning, the bank said.",
            "Quorrel Bank",
            "mobile_app",
        ),
        (
            "Card payments went down at every Brisling Fuel station on Saturday, and drivers "
            "were asked to pay in cash, the company said.",
            "Brisling Fuel",
            "card_payments",
        ),
    ],
)
def test_a_digital_service_told_failing_is_an_incident(
    extract: Any, text: str, victim: str, service: str
) -> None:
    record = extract(f"Local news\n\n{text}", published="2025-06-02")
    incident = incident_of(record, victim)
    assert statuses(incident).get(service) == "disrupted"
    assert "technical_outage" in incident["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        # planned, or still to come
        "Quorrel Bank said its mobile app will be unavailable between 1am and 5am on Sunday "
        "while it upgrades its systems.",
        "Quorrel Bank's website was down for two hours on Sunday for planned maintenance.",
        # no digital service, or a figure, or a particle
        "Shares in Tarrock Outdoor were down 4% on Monday after it cut its profit forecast.",
        "Online sales at Tarrock Outdoor were down 5% last year, the retailer said on Monday.",
        "Traffic to the Tarrock Outdoor website was down by 10% in May, the retailer said.",
        "Tarrock Outdoor closed its online shop down on Monday and now sells only in stores.",
        "Home deliveries from Brisling Foods stopped during a two-week strike at its "
        "warehouse, the grocer said.",
        # denied, or asked
        "Tarrock Outdoor said its website had not crashed and that orders were going through "
        "normally.",
        "Has the Quorrel Bank app gone down? Customers can check a status page.",
    ],
)
def test_no_failure_of_a_digital_service_is_told(extract: Any, text: str) -> None:
    assert extract(f"Local news\n\n{text}", published="2025-06-02")["incidents"] == []


def test_a_notice_of_downtime_to_come_is_no_incident(extract: Any) -> None:
    # the failure words stand after "will": a state to come, whatever the story's other
    # sentences say of the service
    record = extract(
        "Quorrel Bank warns app will be offline on Sunday\n\n"
        "Quorrel Bank customers will not be able to use the bank's mobile app or online "
        "banking for four hours early on Sunday, the bank has warned.\n\n"
        "The app and online banking will be unavailable between 1am and 5am on Sunday 9 "
        "March, Quorrel Bank said in emails sent to customers this week. It expects all "
        "services to be available again by 5am.\n\n"
        "Cards will keep working in shops throughout.",
        published="2025-03-04",
    )
    assert record["incidents"] == []


def test_down_for_a_time_is_still_a_failure(extract: Any) -> None:
    # a figure after "down" is a measure only as a share or a sum
    record = extract(
        "Local news\n\nTarrock Outdoor said its website was down 12 hours on Sunday.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Tarrock Outdoor")).get("website") == "disrupted"
