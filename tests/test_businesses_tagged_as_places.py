"""A place's name before a trade word is a business's, even where the model tags the whole as
a place: 'Criminals hit Howden Couriers last week and posted staff payroll details'. A place
named on its own stays a place ('Shoppers flocked to Covent Garden'), and so does a large
place whose last word is also a trade's ('the former Soviet Union').
Articles invented for these tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses


@pytest.mark.parametrize(
    "name", ["Howden Couriers", "Beverley Haulage", "Skipton Mills", "Hexham Estates"]
)
def test_a_trade_named_after_its_place_is_a_business(extract: Any, name: str) -> None:
    text = (
        "Courier firm hit by criminals\n\n"
        f"Criminals hit {name} last week and posted staff payroll details on a leak site, the "
        "company said on Monday."
    )
    incident = incident_of(extract(text, published="2025-09-29"), name)
    assert statuses(incident).get("employee_data") == "compromised", incident["services"]


def test_a_place_alone_is_no_business(extract: Any) -> None:
    text = (
        "Grocer hit\n\n"
        "Shoppers flocked to Covent Garden after Tovey Foods said ransomware had encrypted its "
        "servers."
    )
    assert "Covent Garden" not in names(extract(text, published="2025-09-29"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Grocer hit\n\nWrelton Foods said hackers linked to Russia had encrypted its "
            "servers. Similar attacks have hit companies across the former Soviet Union, "
            "researchers said.",
            "Soviet Union",
        ),
    ],
)
def test_a_place_ending_on_a_word_of_places_is_no_business(
    extract: Any, text: str, place: str
) -> None:
    assert place not in names(extract(text, published="2025-09-29"))
