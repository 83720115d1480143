"""Owners listed before a data phrase share its data words (issue 13, data services): in "no
evidence that customer or employee personal data was compromised", "no pupil or staff data
was accessed" and "pupil, supplier or staff records", the customers' data is told as the
staff's is, whatever the verb says of both, and "no" denies every kind on the list ("no pupil
and teacher details"). Others on the list ("supplier") own no data service. Staff told by
their job own their details with no kind between ("teacher details"). Every article here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Ransomware attack on Tregony Academy Trust\n\n"
    "Tregony Academy Trust said a ransomware attack shut its school networks on Monday. "
)
PUBLISHED = "2025-02-14"
DATA = ("customer_data", "employee_data")


def data_statuses(record: dict[str, Any]) -> dict[str, str]:
    found = statuses(incident_of(record, "Tregony Academy Trust"))
    return {service: found[service] for service in DATA if service in found}


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "It found no evidence that pupil or staff personal data was compromised.",
            id="or-before-personal-data",
        ),
        pytest.param("No pupil or employee data had been accessed, it said.", id="no-or"),
        pytest.param(
            "The trust said no pupil and teacher details had been taken.", id="bare-staff-kind"
        ),
        pytest.param(
            "The trust said the attackers did not access any pupil, supplier or staff records.",
            id="three-listed",
        ),
    ],
)
def test_owners_listed_before_denied_data_are_all_spared(extract: Extract, told: str) -> None:
    found = data_statuses(extract(OPENING + told, PUBLISHED))
    assert found == {"customer_data": "unaffected", "employee_data": "unaffected"}


def test_owners_listed_before_stolen_data_all_lose_it(extract: Extract) -> None:
    record = extract(
        OPENING + "The trust said the gang stole pupil or staff records from one server.",
        PUBLISHED,
    )
    assert data_statuses(record) == {
        "customer_data": "compromised",
        "employee_data": "compromised",
    }
