"""A trade word opening a sentence before a name (issue 12, who was hit): "Haulier X Freight
says staff data stolen", "Housebuilder X Homes said ...": a trade noun of any kind of
business, capitalised only because it opens the sentence, is no part of the name when the
article also writes the name without it or uses the word as a common noun ("the
housebuilder"), as "Retailer X" already was (`opening_descriptors` in victims.json). A name
the article only ever writes with its first word stays whole. Every article here is written
for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]

OPENED = [
    pytest.param(
        "Haulier Harlowmere Freight says staff data stolen\n\n"
        "Harlowmere Freight said on Tuesday that hackers had stolen staff payroll records.",
        "Harlowmere Freight",
        id="haulier-in-headline-named-bare-below",
    ),
    pytest.param(
        "Housebuilder Brockhallow Homes hit by cyber attack\n\n"
        "The housebuilder Brockhallow Homes said on Tuesday that hackers had stolen customer "
        "records.",
        "Brockhallow Homes",
        id="housebuilder-used-as-a-common-noun",
    ),
    pytest.param(
        "Jeweller Yarnsby & Co hit by hackers\n\n"
        "Yarnsby & Co said its website had been taken offline after a cyber attack on Monday.",
        "Yarnsby & Co",
        id="jeweller-name-with-an-ampersand",
    ),
]


@pytest.mark.parametrize(("text", "name"), OPENED)
def test_a_trade_word_opening_the_sentence_is_no_part_of_the_name(
    extract: Extract, text: str, name: str
) -> None:
    record = extract(text, "2025-05-21")
    assert record["incidents"][0]["organization"]["name"] == name


def test_a_name_always_written_with_its_first_word_stays_whole(extract: Extract) -> None:
    """A guard (the old code passed it too): 'Courier Direct' is the name itself."""
    record = extract(
        "Courier Direct hit by cyber attack\n\n"
        "Courier Direct said on Tuesday that its parcel tracking website had been offline "
        "since a cyber attack on Monday.",
        "2025-05-21",
    )
    assert record["incidents"][0]["organization"]["name"] == "Courier Direct"
