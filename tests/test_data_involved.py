"""Data told 'involved' in a breach was among what was taken: 'data about students and
staff was involved', 'the details of 3,000 pupils were involved in the breach' compromise
it, where 'no student data was involved' denies it and people 'involved in' something else
take nothing. Articles invented for these tests; each but the guards fails on the code
before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

PUBLISHED = "2025-06-12"
OPENING = (
    "A ransomware attack on the school software firm Classly has exposed data from "
    "hundreds of districts.\n\n"
)
QUIET_OPENING = (
    "A ransomware attack has shut down the systems of the school software firm Classly.\n\n"
)


@pytest.mark.parametrize(
    ("report", "compromised"),
    [
        (
            "Hartfield County Schools said data about both students and staff was involved.",
            {"customer_data": "compromised", "employee_data": "compromised"},
        ),
        (
            "Hartfield County Schools said the personal details of 3,000 of its pupils were "
            "involved in the breach.",
            {"customer_data": "compromised"},
        ),
    ],
)
def test_data_told_involved_in_a_breach_was_taken(
    extract: Any, report: str, compromised: dict[str, str]
) -> None:
    district = incident_of(
        extract(OPENING + report, published=PUBLISHED), "Hartfield County Schools"
    )
    assert statuses(district) == compromised
    assert district["data_compromised"] is True


def test_data_told_not_involved_was_not_taken(extract: Any) -> None:
    record = extract(
        QUIET_OPENING + "Classly said no student data was involved.", published=PUBLISHED
    )
    assert incident_of(record, "Classly")["data_compromised"] is False


def test_people_involved_in_the_response_take_nothing(extract: Any) -> None:
    record = extract(
        QUIET_OPENING + "Staff involved in the response at Classly worked through the night.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Classly")["data_compromised"] is None
