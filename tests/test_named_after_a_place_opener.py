"""'In Lancashire, Pendle Moor College said ...': the place that opens a sentence after 'in',
which NER may join to the name after its comma, is where the organisation is; the name is
what follows the comma, when it ends as a business's or an institution's does. A list of
places ('In Leeds, York and Hull, shops ...') names no one. Articles invented for these
tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In Lancashire, Pendle Moor College said the records of its staff had been stolen "
            "in a ransomware attack.",
            "Pendle Moor College",
        ),
        (
            "In Kent, Ashdown Motors said the bank details of its staff had been taken in a "
            "ransomware attack last week.",
            "Ashdown Motors",
        ),
    ],
)
def test_the_name_after_a_place_opener(extract: Any, text: str, name: str) -> None:
    record = extract("Staff data stolen\n\n" + text, published="2025-05-06")
    incident = incident_of(record, name)
    assert statuses(incident).get("employee_data") == "compromised", incident["services"]


def test_places_listed_after_in_name_no_one(extract: Any) -> None:
    text = (
        "Tills down\n\n"
        "Ashdown Motors said hackers had encrypted its servers. In Leeds, York and Hull, "
        "showrooms stayed open."
    )
    found = names(extract(text, published="2025-05-06"))
    assert not any(name in found for name in ("Leeds", "York", "Hull", "York and Hull"))
