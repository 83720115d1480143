"""Goods running short are a disruption of stock and supply (issue 13, services): 'bread was
running short at some of its stores', 'Cheese runs short at X', 'empty bread shelves' (a
noun of the goods between 'empty' and 'shelves') tell that the organisation's supply failed,
as 'empty shelves' and 'shortages' do. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bread runs short at Ingleby Foods after ransomware hits supplier\n\n"
            "Ingleby Foods said on Monday that bread was running short at some of its stores "
            "after a ransomware attack on its bakery supplier.",
            id="running-short",
        ),
        pytest.param(
            "Grocer's shelves empty\n\n"
            "Ingleby Foods said shoppers had found empty bread shelves at its stores after a "
            "cyber attack on its warehouse.",
            id="empty-goods-shelves",
        ),
    ],
)
def test_goods_running_short_disrupt_supply(extract: Extract, text: str) -> None:
    incident = incident_of(extract(text, "2025-06-04"), "Ingleby Foods")
    assert statuses(incident).get("stock_and_supply") == "disrupted"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Time was running short for the company to restore its systems before the weekend.",
            id="time",
        ),
        pytest.param("Patience was running low among shoppers on Saturday.", id="patience"),
        pytest.param("The company is running short of cash to pay suppliers.", id="short-of"),
    ],
)
def test_what_runs_short_must_be_goods(extract: Extract, sentence: str) -> None:
    """A review's counter-examples: time or patience running short is no stock."""
    text = (
        "Grocer hit\n\nIngleby Foods said a cyber attack had hit its systems on Monday. " + sentence
    )
    incident = incident_of(extract(text, "2025-06-04"), "Ingleby Foods")
    assert "stock_and_supply" not in statuses(incident)
