"""A loyalty scheme named by its brand and 'Rewards', 'Perks' or 'Points' ('Kelloway
Rewards', 'the Kelloway Perks scheme') is the organisation's loyalty programme, whatever the
model tags it: its state is the loyalty_program's, and it is no organisation of its own. A
business whose name holds the word ('Brackenfold Points Ltd', 'Brackenfold Points, a payments
firm,', with no owner of such a brand named in the story) stays a business, and a place so
named before its noun ('Ostrey Points shopping centre') is no scheme. Articles invented for
these tests; the business and place cases pass on the code before and guard the reading."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

LEAD = (
    "Local news\n\nKelloway Stores said a cyber attack on Sunday had knocked out its website "
    "and app. "
)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("Kelloway Rewards has also been offline since Sunday.", {"disrupted", "suspended"}),
        ("The retailer said Kelloway Points were back on Thursday.", {"restored"}),
        (
            "The company has suspended the Kelloway Perks scheme while it investigates.",
            {"suspended"},
        ),
        ("Kelloway Perks is working normally, the company said.", {"unaffected"}),
    ],
)
def test_a_scheme_named_by_its_brand_is_the_loyalty_programme(
    extract: Any, told: str, expected: set[str]
) -> None:
    record = extract(LEAD + told, published="2025-10-09")
    incident = incident_of(record, "Kelloway Stores")
    assert statuses(incident).get("loyalty_program") in expected, incident["services"]
    names = [i["organization"]["name"] for i in record["incidents"]]
    assert not any(name.startswith("Kelloway ") and name != "Kelloway Stores" for name in names)


@pytest.mark.parametrize(
    "named",
    [
        "Brackenfold Points Ltd, a card payment processor,",
        "Brackenfold Points Holdings, a card payment processor,",
        "Brackenfold Points, a card payment processor,",
    ],
)
def test_a_business_named_with_the_word_stays_a_business(extract: Any, named: str) -> None:
    text = (
        f"Local news\n\n{named} said a ransomware attack on Monday had stopped it handling "
        "payments. Brackenfold Points said it had called in the police."
    )
    record = extract(text, published="2025-10-09")
    names = [i["organization"]["name"] for i in record["incidents"]]
    assert any(name.startswith("Brackenfold Points") for name in names), names


def test_a_place_named_with_the_word_is_no_scheme(extract: Any) -> None:
    text = LEAD + "Shoppers at Ostrey Points shopping centre could not pay by card on Sunday."
    record = extract(text, published="2025-10-09")
    incident = incident_of(record, "Kelloway Stores")
    assert "loyalty_program" not in statuses(incident), incident["services"]
