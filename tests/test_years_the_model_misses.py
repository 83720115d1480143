"""A year the model tags as a number (issue 13), on text written for these tests.

"In 2021 Rowan & Pike disclosed that ..." : before a name the model often reads the year as a
cardinal, so the sentence lost its date and the earlier incident it recalls was read as this
one's (a theft, a data breach). A year after a preposition of time is a date unless a noun
or another number follows it ("about 2000 stores")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names, statuses

Extract = Callable[..., dict[str, Any]]


def _dates(extract: Extract, text: str) -> list[str]:
    record = extract(text, published="2024-05-15")
    return [d["text"] for i in record["incidents"] for d in i["dates"]]


def test_an_earlier_theft_told_after_a_year_the_model_missed_is_recalled(
    extract: Extract,
) -> None:
    text = (
        "Rowan & Pike website down after hosting move\n\n"
        "Bookseller Rowan & Pike says its website has been unavailable since Monday because "
        'of a failed move to new servers. "This is a technical fault, not a cyber attack, '
        'and no customer data has been exposed," said managing director Alys Grant.\n\n'
        "In 2021 Rowan & Pike disclosed that hackers had stolen the names and email "
        "addresses of around 15,000 customers."
    )
    record = extract(text, published="2024-05-15")
    assert names(record) == ["Rowan & Pike"]
    incident = record["incidents"][0]
    assert incident["incident_types"] == ["technical_outage"]
    assert statuses(incident) == {"website": "disrupted", "customer_data": "unaffected"}
    assert incident["data_compromised"] is False


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        pytest.param(
            "In 2021 Rowan & Pike disclosed that hackers had stolen customer data.",
            "2021",
            id="a-year-before-a-name",
        ),
        pytest.param("Rowan & Pike has about 2000 stores.", None, id="a-count"),
    ],
)
def test_a_year_after_a_preposition_of_time(
    extract: Extract, sentence: str, year: str | None
) -> None:
    text = (
        "Rowan & Pike hit by cyber attack\n\n"
        "Rowan & Pike said on Monday that a cyber attack had disrupted its website. " + sentence
    )
    found = [t for t in _dates(extract, text) if t[-4:].isdigit()]
    assert found == ([year] if year else []), found
