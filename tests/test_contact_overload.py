"""A contact channel swamped by callers is impaired: waits of hours on a helpline ("waits of
more than two hours on its helpline", "waits of over an hour on its phone lines"), a call
centre "overwhelmed" or "jammed", or "impossible to get through to" tell that the
organisation's customer service is disrupted, demand-driven as the trouble is; and "call
waiting times" back to normal are the channel coming back. A short wait ("waits of less than
five minutes"), a wait that is no contact channel's ("waited two hours for a train") and a
survey of waiting times say nothing of it. Articles invented for these tests; the train,
survey and short-wait cases pass on the code before the overload patterns too: they guard
that a wait names no service, tells no incident and no trouble on its own."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

LEAD = (
    "Local news\n\nCobwick Energy said a technical fault on Monday had stopped customers "
    "paying bills in its app. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Customers have complained of waits of more than two hours on the supplier's helpline.",
        "Members faced waits of over an hour on its phone lines on Tuesday.",
        "Its call centre was overwhelmed on Tuesday.",
        "Customers said its customer service line was impossible to get through to.",
        "Callers to its contact centre faced waits of up to three hours, the company said.",
        "Its helpline was jammed with calls for most of Tuesday.",
    ],
)
def test_a_contact_channel_swamped_by_callers_is_disrupted(extract: Any, told: str) -> None:
    record = extract(LEAD + told, published="2025-06-06")
    incident = incident_of(record, "Cobwick Energy")
    assert statuses(incident).get("customer_service") == "disrupted", incident["services"]


def test_a_wait_for_no_contact_channel_is_no_service_of_its_own(extract: Any) -> None:
    told = "Some engineers waited two hours for a train to reach the depot."
    record = extract(LEAD + told, published="2025-06-06")
    incident = incident_of(record, "Cobwick Energy")
    assert "customer_service" not in statuses(incident), incident["services"]


def test_a_short_wait_is_no_trouble(extract: Any) -> None:
    told = (
        "The app was back on Wednesday, and callers to its helpline face waits of less than "
        "five minutes."
    )
    record = extract(LEAD + told, published="2025-06-06")
    incident = incident_of(record, "Cobwick Energy")
    assert statuses(incident).get("customer_service") != "disrupted", incident["services"]


def test_a_survey_of_waiting_times_reports_no_incident(extract: Any) -> None:
    text = (
        "Local news\n\nCallers to energy suppliers faced waits of up to 40 minutes on "
        "helplines last winter, a survey by the Hallowmere Consumer Panel found. The panel "
        "said average waiting times had fallen since 2023."
    )
    record = extract(text, published="2025-06-06")
    assert record["incidents"] == [], [i["organization"]["name"] for i in record["incidents"]]


def test_call_waiting_times_back_to_normal_are_the_contact_channel_returning(
    extract: Any,
) -> None:
    told = (
        "Customers reported waits of more than an hour on its phone lines. The company said it "
        "expected call waiting times to be back to normal over the weekend."
    )
    record = extract(LEAD + told, published="2025-06-06")
    incident = incident_of(record, "Cobwick Energy")
    assert statuses(incident).get("customer_service") == "restoration_expected", incident[
        "services"
    ]
    claims = [(c["service"], c["status"]) for c in incident["restoration_claims"]]
    assert ("customer_service", "restoration_expected") in claims, claims
