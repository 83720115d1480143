"""A system run by an outside hand is the route in (issue 13, types): trouble found in
something of the victim's that is 'hosted by X, an outside supplier', 'run by an outside
provider' or 'managed by X, an outside contractor' came through a supplier, so the incident
is third_party too; a firm described as anything but a hired hand ('a company it bought last
year') names no route. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

RUN_BY_AN_OUTSIDE_HAND = [
    pytest.param(
        "Cardew Group",
        "Ticket seller Cardew Group says card details stolen\n\n"
        "Cardew Group said it had found malicious code on a customer chat tool hosted by "
        "Brightwave Digital, an outside supplier, on 3 June.",
        id="named-firm-an-outside-supplier",
    ),
    pytest.param(
        "Ellerby Entertainment",
        "Ellerby Entertainment discloses breach\n\n"
        "Ellerby Entertainment said on Friday that it had found unauthorised activity in a "
        "cloud database, run by an outside provider, that held customer data.",
        id="run-by-an-outside-provider",
    ),
    pytest.param(
        "Tormead Homes",
        "Tormead Homes says payroll data stolen\n\n"
        "Tormead Homes said hackers had stolen staff payroll records from a payroll system "
        "managed by Oakhanger Payroll, an outside contractor.",
        id="named-firm-an-outside-contractor",
    ),
]


@pytest.mark.parametrize(("victim", "text"), RUN_BY_AN_OUTSIDE_HAND)
def test_a_system_run_by_an_outside_hand_is_the_route_in(
    extract: Extract, victim: str, text: str
) -> None:
    incident = incident_of(extract(text, "2025-06-16"), victim)
    assert "third_party" in incident["incident_types"]
    assert "cyber_attack" in incident["incident_types"]


def test_a_firm_described_as_no_hired_hand_names_no_route(extract: Extract) -> None:
    """Guard (passes on the code before the rule)."""
    text = (
        "Ellerby Entertainment discloses breach\n\n"
        "Ellerby Entertainment said on Friday that hackers had broken into a cloud database, "
        "run by Ferncastle Data, a company it bought last year, that held customer data."
    )
    incident = incident_of(extract(text, "2025-06-16"), "Ellerby Entertainment")
    assert "third_party" not in incident["incident_types"]


def test_a_source_of_information_is_no_route(extract: Extract) -> None:
    text = (
        "Amberly Foods hit by ransomware\n\n"
        "Amberly Foods said a ransomware attack hit its stores on Monday. Analysis provided "
        "by Keswick Labs, a threat intelligence provider, linked the code to a known gang."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Amberly Foods")
    assert "third_party" not in incident["incident_types"]
