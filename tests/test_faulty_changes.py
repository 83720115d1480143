"""A change to software told as faulty is an IT failure, as a faulty update is ("a faulty
upgrade to its booking system", "a botched migration of its payroll platform", "a defective
code release"); a change that went smoothly, a faulty thing that is no software, and a
botched press release tell no incident. Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Passengers could not buy tickets on the Marlock Rail website on Tuesday after a "
        "botched upgrade to its booking system, Marlock Rail said.",
        "Marlock Rail said a faulty deployment to its booking system had stopped "
        "passengers buying tickets on its website on Tuesday.",
        "Marlock Rail said a defective code release had stopped passengers buying tickets "
        "on its website on Tuesday.",
        "Marlock Rail said a flawed migration of its booking platform had left passengers "
        "unable to buy tickets on its website on Tuesday.",
    ],
)
def test_a_faulty_change_to_software_is_an_it_failure(extract: Any, sentence: str) -> None:
    record = extract(f"Rail ticket sales hit\n\n{sentence}", published="2025-06-16")
    assert "technical_outage" in incident_of(record, "Marlock Rail")["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        "Rushby Bank said the upgrade of its mobile app had gone smoothly over the weekend, "
        "and customers were using the new version on Monday.",
        "Rushby Bank apologised on Monday for a botched press release that gave the wrong "
        "figure for its annual profit.",
        "Staff at Rushby Bank's Hexley branch were sent home after a faulty boiler left the "
        "building without heating.",
    ],
)
def test_no_faulty_software_change_is_no_incident(extract: Any, text: str) -> None:
    record = extract(f"Rushby Bank news\n\n{text}", published="2025-06-16")
    assert record["incidents"] == []
