"""A victim told by what of its own kept going or came back after an incident (issue 12), and
a service told by what it kept doing (issue 13), on text written for these tests.

"Tremayne Garden Centres said its shops remained open after a ransomware attack on Monday",
"Harcourt Pharmacy's shops stayed open despite a cyber attack on its head office": what of the
name's own kept going or came back, after or despite an incident told as a new one ("a", "an",
"its"), is the name's incident, though no verb of harm has the name for its object. Not a
rival's word on another's trouble ("after the attack on Y"), an incident placed at another
("despite a cyber attack at its supplier Y"), nor a steadiness still to come ("would stay
open in the event of a cyber attack").

"Its online shop kept taking orders", "continued to accept card payments", "continuing to
serve customers": a service told carrying on its own work is unaffected; not "continue to take
steps", "keep accepting cash", a purpose ("on backup systems to continue serving customers")
nor a general ability ("firms that can keep taking cards")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("text", "victim", "service", "status"),
    [
        pytest.param(
            "Garden centres trade on\n\nTremayne Garden Centres said its shops remained open "
            "after a ransomware attack on Monday. The company said card payments were being "
            "taken as normal.\n",
            "Tremayne Garden Centres",
            "stores",
            "unaffected",
            id="remained-open-after",
        ),
        pytest.param(
            "Chemists keep doors open\n\nHarcourt Pharmacy's shops stayed open despite a cyber "
            "attack on its head office, the group told customers by email.\n",
            "Harcourt Pharmacy",
            "stores",
            "unaffected",
            id="possessive-despite-own-office",
        ),
        pytest.param(
            "Florist back online\n\nPetal & Stem said its website was working again after a "
            "cyber attack at the weekend. Customers were asked to reset their passwords.\n",
            "Petal & Stem",
            "website",
            "restored",
            id="working-again-after",
        ),
        pytest.param(
            "Shoe shops reopen\n\nPellow Footwear said most of its shops were open again after "
            "an IT failure. It did not say when the rest would reopen.\n",
            "Pellow Footwear",
            "stores",
            "partially_restored",
            id="most-open-again-after",
        ),
    ],
)
def test_kept_going_after_its_incident_makes_the_victim(
    extract: Extract, text: str, victim: str, service: str, status: str
) -> None:
    record = extract(text, published="2025-03-14")
    assert names(record) == [victim]
    assert statuses(incident_of(record, victim))[service] == status


@pytest.mark.parametrize(
    ("text", "victim", "bystander"),
    [
        pytest.param(
            "Attack on Harrower Foods\n\nA ransomware attack on Harrower Foods has shut its "
            "online shop. Rival Greenbank said its stores were trading normally after the attack "
            "on Harrower Foods.\n",
            "Harrower Foods",
            "Greenbank",
            id="rival-after-the-attack-on-another",
        ),
        pytest.param(
            "Supplier attack\n\nA cyber attack at Corlett Logistics has delayed deliveries to "
            "shops. Hadley Stores said its shops remained open despite a cyber attack at its "
            "supplier Corlett Logistics.\n",
            "Corlett Logistics",
            None,
            id="incident-at-its-supplier",
        ),
    ],
)
def test_kept_going_after_anothers_incident_names_no_victim(
    extract: Extract, text: str, victim: str, bystander: str | None
) -> None:
    record = extract(text, published="2025-03-14")
    assert names(record)[0] == victim
    if bystander is not None:
        assert bystander not in names(record)


def test_steadiness_still_to_come_tells_no_incident(extract: Extract) -> None:
    text = (
        "Grocer plans for outages\n\nWendlebury Foods said its stores would stay open after a "
        "cyber attack, because its tills can work offline for two days.\n"
    )
    assert extract(text, published="2025-03-14")["incidents"] == []


def _marwood_statuses(extract: Extract, told: str) -> dict[str, str]:
    text = (
        "Attack at Marwood Books\n\nMarwood Books said a cyber attack on Thursday had knocked "
        f"out the tills in its 30 shops. {told}\n"
    )
    return statuses(incident_of(extract(text, published="2025-03-14"), "Marwood Books"))


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Its online shop kept taking orders throughout.", id="kept-taking-orders"),
        pytest.param(
            "Its online shop continued to accept orders throughout the week.",
            id="continued-to-accept",
        ),
    ],
)
def test_a_service_carrying_on_its_work_is_unaffected(extract: Extract, told: str) -> None:
    got = _marwood_statuses(extract, told)
    assert got["card_payments"] == "disrupted"
    assert got["online_orders"] == "unaffected"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Its shops were running on a backup system to continue serving customers.",
            id="purpose",
        ),
        pytest.param("It said it would continue to take steps to protect customers.", id="steps"),
        pytest.param(
            "Analysts said shops that can keep taking orders offline lose less.", id="ability"
        ),
    ],
)
def test_carrying_on_in_other_senses_tells_no_steady_service(extract: Extract, told: str) -> None:
    got = _marwood_statuses(extract, told)
    assert "unaffected" not in got.values(), got
