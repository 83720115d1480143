"""Intruders who 'had access to' a thing compromised it, as those who gained access did, and
so tell an incident: 'Tarrant Hotels said attackers had access to its booking system between
12 and 15 May', 'an unauthorised party had had access to its guest database'. People with
access in the way of business ('staff had access to the guest files') tell none. Articles
invented for these tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import names


@pytest.mark.parametrize(
    "told",
    [
        "Tarrant Hotels said attackers had access to its booking system between 12 and 15 May.",
        "Tarrant Hotels said an unauthorised party had had access to its guest database "
        "since 2019.",
        "Tarrant Hotels said criminals had access to its HR and payroll systems in March.",
    ],
)
def test_intruders_who_had_access_tell_an_incident(extract: Any, told: str) -> None:
    record = extract("Hotel group breach\n\n" + told, published="2025-06-20")
    assert "Tarrant Hotels" in names(record)


def test_staff_with_access_tell_none(extract: Any) -> None:
    text = (
        "Hotel group news\n\n"
        "Tarrant Hotels said staff had access to the guest files while the new booking "
        "system was installed."
    )
    assert names(extract(text, published="2025-06-20")) == []
