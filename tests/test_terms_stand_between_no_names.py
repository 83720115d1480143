"""A technology term names no one, so it does not stand between a name and what its
sentence tells: 'Staff at Gorran Haulage and Trelawne Bakeries were told that their names and
National Insurance numbers had been stolen' ties both employers to the theft, as it would
with no term in it. A real organisation named between is still read as one ('Mevagissey Foods
said Penhale Software had been hacked' finds Penhale Software hit), and so is a term that
stands alone, which may name a body ('said NIST had been hit by a cyber attack' is NIST's
news, not the teller's). Articles invented for
these tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses


@pytest.mark.parametrize(
    "data",
    [
        "names and National Insurance numbers",
        "dates of birth and Social Security numbers",
    ],
)
def test_a_term_between_listed_names_and_their_theft(extract: Any, data: str) -> None:
    text = (
        "Payroll firm hacked\n\n"
        "Staff at Gorran Haulage, Tregony Pharmacy and Trelawne Bakeries were told on Monday "
        f"that their {data} had been stolen in a cyber attack on Penhale Software, which runs "
        "their payroll."
    )
    record = extract(text, published="2025-03-18")
    for name in ("Gorran Haulage", "Tregony Pharmacy", "Trelawne Bakeries"):
        incident = incident_of(record, name)
        assert statuses(incident).get("employee_data") == "compromised", (name, incident)


def test_a_name_between_still_takes_the_report(extract: Any) -> None:
    text = (
        "Software supplier hacked\n\n"
        "Mevagissey Foods said on Monday that Penhale Software, which runs its payroll, had "
        "been hacked and that staff names had been stolen from Penhale's servers."
    )
    record = extract(text, published="2025-03-18")
    assert "Penhale Software" in names(record)


def test_a_term_standing_alone_still_takes_the_report(extract: Any) -> None:
    text = (
        "Standards body hacked\n\n"
        "Mevagissey Foods said on Monday that NIST had been hit by a cyber attack, delaying "
        "guidance it relies on."
    )
    assert "Mevagissey Foods" not in names(extract(text, published="2025-03-18"))
