"""Data named in a relative clause that tells what a business does with it for others
('Harbor Cloud, which stores data for 200 law firms', 'a payroll firm that handles the
personal details of 2 million workers') is its trade: an attack told before the clause
takes none of it. Data told stolen still is. Articles invented for these tests; the first
fails on the code before, the guard passes on both."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of

PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    "told",
    [
        "A ransomware attack hit Harbor Cloud, which stores data for 200 law firms, on Monday.",
        "A ransomware attack hit Paystream, a payroll firm that handles the personal details "
        "of 2 million workers, on Monday.",
    ],
)
def test_data_a_business_keeps_for_others_is_not_taken_by_an_attack(
    extract: Any, told: str
) -> None:
    record = extract(told, published=PUBLISHED)
    victim = record["incidents"][0]
    assert victim["data_compromised"] is None
    assert "data_breach" not in victim["incident_types"]


def test_data_told_stolen_from_such_a_business_is_taken(extract: Any) -> None:
    record = extract(
        "Hackers stole customer data from Harbor Cloud, which stores data for 200 law firms, "
        "on Monday.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Harbor Cloud")["data_compromised"] is True
