"""Two classes of round 68, on text written for these tests.

A person introduced by a role a company can also hold ('owner Sam Pryce', 'partner Dana
Lisle') is a person, never a victim (issue 12): the role word, bare as a title is written, or
before a name the model calls a person's, makes the name one; a company in the role is told
whose it is ('its owner Frasers Group', 'Ticketmaster owner Live Nation') and stays one.

Pharmacy work named by its act ('dispensing has returned', 'manual dispensing', 'prescription
dispensing was halted') is the pharmacy service (issue 13, services); cash or fuel dispensing
is none. A service word that names an expert's field ('payments consultant Ruth Penhale')
names no service at all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]

SUPPLIER = (
    "Till outage hits pubs and cafes\n\n"
    "A ransomware attack on Pinmarsh, which supplies point-of-sale software to pubs and cafes, "
    "has disrupted hundreds of venues across the south west. "
)


@pytest.mark.parametrize(
    ("told", "person"),
    [
        pytest.param(
            "At the Copper Pot in Truro, owner Sam Pryce said the cafe took cash only until "
            "Thursday evening.",
            "Sam Pryce",
            id="owner-after-a-comma",
        ),
        pytest.param(
            "Owner Rhiannon Vass said the pub had lost a day of takings.",
            "Rhiannon Vass",
            id="owner-opening-the-sentence",
        ),
        pytest.param(
            "The outage was a nightmare, said co-owner Dev Ashcroft.",
            "Dev Ashcroft",
            id="co-owner-after-a-verb",
        ),
    ],
)
def test_a_person_in_a_role_companies_hold_is_no_victim(
    extract: Extract, told: str, person: str
) -> None:
    record = extract(SUPPLIER + told, published="2025-06-10")
    assert person not in names(record)
    assert "Pinmarsh" in names(record)


@pytest.mark.parametrize(
    ("told", "company"),
    [
        pytest.param(
            "Its owner Harlow Holdings said the attack had also hit its own systems.",
            "Harlow Holdings",
            id="its-owner",
        ),
        pytest.param(
            "Pinmarsh owner Calder Group said its own tills had been knocked out as well.",
            "Calder Group",
            id="named-owner",
        ),
    ],
)
def test_a_company_in_the_role_stays_a_company(extract: Extract, told: str, company: str) -> None:
    record = extract(SUPPLIER + told, published="2025-06-10")
    assert company in names(record)


CHEMIST = (
    "Cyber attack hits Dunholm Chemists\n\n"
    "Dunholm Chemists, which has 60 branches in Scotland, said a cyber attack on Monday had "
    "knocked out its computer systems. "
)


@pytest.mark.parametrize(
    ("told", "status"),
    [
        pytest.param(
            "Dispensing was disrupted at 40 branches on Tuesday.", "disrupted", id="disrupted"
        ),
        pytest.param(
            "Staff switched to manual dispensing after the attack, and dispensing has been back "
            "to normal since Wednesday.",
            "restored",
            id="manual-then-back",
        ),
        pytest.param(
            "Prescription dispensing was halted as a precaution.", "suspended", id="halted"
        ),
    ],
)
def test_dispensing_is_the_pharmacy_service(extract: Extract, told: str, status: str) -> None:
    record = extract(CHEMIST + told, published="2025-06-12")
    assert statuses(incident_of(record, "Dunholm Chemists"))["pharmacy"] == status


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Its cash dispensing machines were working normally.", id="cash"),
        pytest.param("Fuel dispensing at its forecourts was not affected.", id="fuel"),
    ],
)
def test_dispensing_of_other_things_is_no_pharmacy(extract: Extract, told: str) -> None:
    opening = (
        "Cyber attack hits Kelso Forecourts\n\n"
        "Kelso Forecourts said a cyber attack on Monday had knocked out its computer systems. "
    )
    record = extract(opening + told, published="2025-06-12")
    assert "pharmacy" not in statuses(incident_of(record, "Kelso Forecourts"))


@pytest.mark.parametrize(
    ("told", "field"),
    [
        pytest.param(
            "The outage shows how much shops depend on one supplier, said logistics analyst "
            "Mark Hale.",
            "stock_and_supply",
            id="logistics-analyst",
        ),
        pytest.param(
            "The failure will cost retailers millions, said pharmacy consultant Ann Loy.",
            "pharmacy",
            id="pharmacy-consultant",
        ),
    ],
)
def test_a_service_word_naming_an_experts_field_is_no_service(
    extract: Extract, told: str, field: str
) -> None:
    """'logistics analyst Mark Hale': the word names the expert's field; the trouble words of
    the expert's sentence give the business no such service."""
    opening = (
        "Till outage at Kellow Stores\n\n"
        "Kellow Stores said a fault stopped its tills at its shops on Thursday. The tills were "
        "back to normal by Friday evening, the chain said. "
    )
    services = statuses(
        incident_of(extract(opening + told, published="2025-06-14"), "Kellow Stores")
    )
    assert services == {"card_payments": "restored"}
