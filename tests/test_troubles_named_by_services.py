"""A service phrase that is itself a trouble ('gaps on shelves', 'shortages', 'out of stock')
ties its owner as a word of trouble would: a client of a supplier that was hit, telling its
shelves short, was hit through it. Goods that did not arrive and stock running low are
trouble words of their own. A denied shortage ties no one.
Articles invented for these tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses

MILLER = (
    "Bakeries short of flour after attack on miller Corbridge Milling\n\n"
    "Corbridge Milling, which supplies flour to independent bakeries across the north-east, "
    "said on Wednesday that a ransomware attack had shut down its order system.\n\n"
)
DISTRIBUTOR = (
    "Garden centres short of stock after attack on distributor Feltham Green\n\n"
    "Distributor Feltham Green said on Friday that hackers had encrypted its warehouse "
    "systems.\n\n"
)


@pytest.mark.parametrize(
    ("text", "client"),
    [
        (
            MILLER + "Hexley Bakers said several of its 12 shops had gaps on shelves by Thursday.",
            "Hexley Bakers",
        ),
        (
            MILLER + "The bakery chain Ovington Bakers said some lines were out of stock.",
            "Ovington Bakers",
        ),
        (
            DISTRIBUTOR + "Ashgrove Garden Centres said some of its 20 sites were running low on "
            "stock.",
            "Ashgrove Garden Centres",
        ),
    ],
)
def test_a_client_telling_its_shelves_short_was_hit(extract: Any, text: str, client: str) -> None:
    record = extract(text, published="2025-06-14")
    incident = incident_of(record, client)
    assert incident["role"] == "related"
    assert "third_party" in incident["incident_types"]
    assert statuses(incident).get("stock_and_supply") == "disrupted", incident["services"]


def test_goods_that_did_not_arrive_are_trouble(extract: Any) -> None:
    text = DISTRIBUTOR + "Molesey Nurseries said deliveries from Feltham had not arrived."
    incident = incident_of(extract(text, published="2025-06-14"), "Molesey Nurseries")
    assert "third_party" in incident["incident_types"]


def test_a_denied_shortage_ties_no_one(extract: Any) -> None:
    """Guard."""
    text = MILLER + (
        "The bakery chain Hexley Bakers said it had no shortages and its shops were trading "
        "normally."
    )
    assert "Hexley Bakers" not in names(extract(text, published="2025-06-14"))


@pytest.mark.parametrize(
    "sentence",
    [
        # a cause that is no incident
        "Hexley Bakers said bread was out of stock because of a staff strike.",
        # a possibility, and a condition
        "The Federation of Bakers said shortages were likely at smaller bakeries.",
        "Hexley Bakers warned of shortages if the outage continued into next week.",
        # a trouble of a year named
        "Hexley Bakers said its shelves were full, unlike during the shortages of 2021.",
        # running low on no goods
        "Hexley Bakers said patience was running low among customers.",
    ],
)
def test_a_trouble_not_told_as_a_fact_of_now_ties_no_one(extract: Any, sentence: str) -> None:
    """Guards from the review of round 62: they fail on b117cc3."""
    record = extract(MILLER + sentence, published="2025-06-14")
    assert names(record) == ["Corbridge Milling"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ashgrove Garden Centres said there were shortages of 1500 products in its stores.",
        "After the weekend, Ashgrove Garden Centres said some of its stores had gaps on shelves.",
        "Ashgrove Garden Centres said some of its stores had gaps on shelves, and that it may "
        "take a week to restock.",
    ],
)
def test_a_shortage_told_as_a_fact_beside_other_words_still_ties(
    extract: Any, sentence: str
) -> None:
    """Guards from the second review of round 62: a count is no year, a time is no cause, a
    possibility in another clause leaves the shortage a fact."""
    record = extract(DISTRIBUTOR + sentence, published="2025-06-14")
    incident = incident_of(record, "Ashgrove Garden Centres")
    assert statuses(incident).get("stock_and_supply") == "disrupted", incident["services"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ashgrove Garden Centres said shortages of plants in its stores across the north could "
        "follow within days.",
        "Separately, Ashgrove Garden Centres said shortages of compost in its stores came after "
        "a strike by drivers.",
    ],
)
def test_a_possible_or_otherwise_caused_shortage_far_from_its_word_ties_no_one(
    extract: Any, sentence: str
) -> None:
    """Guards from the third review of round 62 (they fail on 4824e92): a possibility in the
    shortage's clause however far, and a cause after 'after' that is no incident."""
    assert names(extract(DISTRIBUTOR + sentence, published="2025-06-14")) == ["Feltham Green"]
