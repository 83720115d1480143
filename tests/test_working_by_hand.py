"""Work done by hand or on paper in place of a system ("call handlers were recording calls by
hand", "clinicians were working from paper notes", "pen and paper") tells that the
organisation's systems were down: it was hit. Told of data ("recording patient information on
paper") it says nothing of a theft. A trade union that speaks of workers' paper lists speaks
of another's trouble; trouble its customers faced or experienced ("had faced delays") is its
own. The data and union cases pass on the code before the paper patterns,
which read no paper at all; they guard the patterns (each fails with its guard removed).
Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

LEAD = (
    "Local news\n\nA ransomware attack on software supplier Pellcode knocked out the patient "
    "record system it runs for health services. "
)


@pytest.mark.parametrize(
    ("told", "victim"),
    [
        (
            "The Hexford Ambulance Service said call handlers were recording calls by hand.",
            "Hexford Ambulance Service",
        ),
        (
            "Clinicians at Drayside Health Trust were working from paper notes, the trust said.",
            "Drayside Health Trust",
        ),
    ],
)
def test_work_done_by_hand_in_place_of_a_system_tells_it_was_down(
    extract: Any, told: str, victim: str
) -> None:
    record = extract(LEAD + told, published="2025-06-02")
    assert "third_party" in incident_of(record, victim)["incident_types"]


def test_data_recorded_on_paper_is_no_data_taken(extract: Any) -> None:
    record = extract(
        "Local news\n\nA ransomware attack knocked out the record system of Drayside Health "
        "Trust on Monday. Since then, doctors have been recording patient information on "
        "paper, the trust said.",
        published="2025-06-02",
    )
    incident = incident_of(record, "Drayside Health Trust")
    assert statuses(incident).get("customer_data") != "compromised"
    assert incident["data_compromised"] is not True


def test_a_union_speaking_of_workers_on_paper_is_no_victim(extract: Any) -> None:
    record = extract(
        "Local news\n\nA cyber attack on Hexford Foods has left its stores short of stock. The "
        "shopworkers' union Pellmark said staff had been working from paper lists.",
        published="2025-06-02",
    )
    assert "Pellmark" not in {i["organization"]["name"] for i in record["incidents"]}


def test_trouble_its_customers_faced_tells_it_was_hit(extract: Any) -> None:
    # "faced delays": the verb of the trouble opens a disruption, so the report reaches it
    record = extract(
        LEAD + "Supermarket chain Pellico said some of its pharmacy customers had faced delays "
        "at the counter.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Pellico")).get("pharmacy") == "disrupted"


def test_a_credit_union_is_a_business_not_a_trade_union(extract: Any) -> None:
    record = extract(
        "Local news\n\nThe credit union Tolsey Savings said hackers had stolen member data "
        "on Monday.",
        published="2025-06-02",
    )
    assert incident_of(record, "Tolsey Savings")["data_compromised"] is True


def test_moving_from_paper_to_a_system_tells_no_outage(extract: Any) -> None:
    record = extract(
        "Local news\n\nA ransomware attack hit Tolsey Health Trust on Monday. Its clinics "
        "switched from paper notes to an online patient portal in 2019.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Tolsey Health Trust")).get("website") is None
