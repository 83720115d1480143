"""People joined to a data phrase's owners own the data too (issue 12/13, data services):
'personal data belonging to some of its customers and employees', 'data belonging to
students and staff' tell both customer and employee data, and the staff share what the
sentence tells of the phrase, taken or denied ('no personal data belonging to students and
staff had been accessed'). Data 'relating mostly to' staff is theirs. Every article here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

JOINED_OWNERS_TAKEN = [
    pytest.param(
        "Corlan Water",
        "Corlan Water says data stolen\n\n"
        "Corlan Water said hackers had stolen personal data belonging to some of its customers "
        "and employees.",
        id="customers-and-employees",
    ),
    pytest.param(
        "Hexley University",
        "Hexley University data copied\n\n"
        "Hexley University confirmed that hackers had copied personal data belonging to "
        "students and staff from its systems.",
        id="students-and-staff",
    ),
]


@pytest.mark.parametrize(("victim", "text"), JOINED_OWNERS_TAKEN)
def test_staff_joined_to_the_owners_own_the_data_too(
    extract: Extract, victim: str, text: str
) -> None:
    found = statuses(incident_of(extract(text, "2025-05-16"), victim))
    assert found.get("customer_data") == "compromised"
    assert found.get("employee_data") == "compromised"


def test_staff_joined_to_denied_owners_are_denied_too(extract: Extract) -> None:
    text = (
        "Hexley University hit by cyber attack\n\n"
        "Hexley University said a cyber attack had taken its systems offline, but that no "
        "personal data belonging to students and staff had been accessed."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Hexley University")
    found = statuses(incident)
    assert found.get("customer_data") == "unaffected"
    assert found.get("employee_data") == "unaffected"
    assert incident["data_compromised"] is False


def test_data_relating_mostly_to_staff_is_theirs(extract: Extract) -> None:
    text = (
        "Brockley Motors data stolen\n\n"
        "Brockley Motors said the intruders took records relating mostly to current and "
        "former employees."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Brockley Motors"))
    assert found.get("employee_data") == "compromised"
    assert "customer_data" not in found


NO_JOINED_OWNERS = [
    pytest.param(
        "Hackers stole data belonging to 2,000 of its customers, and staff were told to reset "
        "their passwords, Marl Foods said.",
        None,
        id="staff-open-a-clause",
    ),
    pytest.param(
        "Hackers stole data belonging to its customers, but staff data was not affected, Marl "
        "Foods said.",
        "unaffected",
        id="but-staff-data",
    ),
    pytest.param(
        "Hackers stole personal data belonging to thousands of its customers, staff at Marl "
        "Foods said on Tuesday.",
        None,
        id="staff-said",
    ),
]


@pytest.mark.parametrize(("body", "employee_status"), NO_JOINED_OWNERS)
def test_staff_outside_the_data_phrase_own_none_of_it(
    extract: Extract, body: str, employee_status: str | None
) -> None:
    found = statuses(
        incident_of(extract("Marl Foods hacked\n\n" + body, "2025-05-16"), "Marl Foods")
    )
    assert found.get("customer_data") == "compromised"
    assert found.get("employee_data") == employee_status


def test_files_belonging_to_drivers_are_staff_data(extract: Extract) -> None:
    text = (
        "Marl Foods hacked\n\nMarl Foods said hackers took files belonging to some of its drivers."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Marl Foods"))
    assert found.get("employee_data") == "compromised"
