"""Three ways a victim's own report or trouble was lost to another word of its sentence.

- A change told as an IT failure ('a faulty update', 'a botched upgrade') is no flaw
  disclosed to its users: the trouble it caused ties the business it struck ('A faulty update
  knocked out tills at X'), where 'the update affects X routers' still attacks no one.
- A name between the speaker's possessive and the noun it modifies names the make of the
  speaker's own thing ('X said its Exchange servers had been compromised'): the report is
  still X's.
- An apposition opened by 'another' ('X, another Payvane customer, said ...') names the
  other organisation in passing: the predicate after it, and the services it tells of, are
  X's.

Articles invented for these tests; each but the guards fails on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    ("told", "struck"),
    [
        (
            "A faulty software update knocked out tills at the grocer Fenmore Foods on Saturday.",
            "Fenmore Foods",
        ),
        (
            "A botched software update crashed the booking system at Harlow General Hospital "
            "on Tuesday.",
            "Harlow General Hospital",
        ),
    ],
)
def test_a_failed_change_ties_the_business_whose_service_it_struck(
    extract: Any, told: str, struck: str
) -> None:
    business = incident_of(extract(told, published=PUBLISHED), struck)
    assert business["role"] == "primary"
    assert business["incident_types"] == ["technical_outage"]


def test_an_update_that_fixes_a_flaw_still_attacks_no_one(extract: Any) -> None:
    record = extract(
        "Router maker Kestrel Networks has released an update for a flaw in its firmware.\n\n"
        "The update affects Kestrel routers sold since 2021, the company said.",
        published=PUBLISHED,
    )
    assert record["incidents"] == []


def test_a_make_named_in_the_speakers_own_thing_leaves_the_report_its(extract: Any) -> None:
    record = extract(
        "Hackers exploited flaws in Exchange email servers around the world this week.\n\n"
        "The Nordsea Maritime Authority said on Monday that its Exchange servers had been "
        "compromised.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Nordsea Maritime Authority")["role"] == "primary"


def test_a_name_in_an_apposition_opened_by_another_is_named_in_passing(extract: Any) -> None:
    record = extract(
        "A fault at the card processor Payvane knocked out card machines at shops across "
        "the south on Saturday.\n\n"
        "The Greyfriars Bakery chain, another Payvane customer, said card payments in its "
        "cafes had also been hit on Saturday.",
        published=PUBLISHED,
    )
    bakery = incident_of(record, "Greyfriars Bakery")
    assert statuses(bakery) == {"card_payments": "disrupted"}
