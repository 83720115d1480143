"""A kind of business opening a headline names none (issue 12, victims that are not
victims): 'Haulier hit by cyber attack', 'Chemist hit by ransomware' are capitalised only
because the headline starts there; the word is a fragment, as a bare 'Grocer' or 'Bank' is,
and the story's named business is the one hit. Every article here is written for these
tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        pytest.param(
            "Haulier hit by cyber attack\n\n"
            "Strathwick Haulage said a cyber attack had shut five of its depots on Monday.",
            "Strathwick Haulage",
            id="haulier",
        ),
        pytest.param(
            "Chemist hit by ransomware\n\n"
            "Oxenby Chemists said ransomware had locked its dispensing computers on Monday.",
            "Oxenby Chemists",
            id="chemist",
        ),
    ],
)
def test_a_trade_word_opening_a_headline_is_no_victim(
    extract: Extract, text: str, victim: str
) -> None:
    assert names(extract(text, "2025-06-04")) == [victim]


def test_a_florist_alone_is_no_organisation(extract: Extract) -> None:
    """The headline's trade word stands for the business the story names, which is the only
    organisation (on the code before, 'Florist' was the primary victim)."""
    record = extract(
        "Florist says card payments down\n\n"
        "Flower chain Thursby Florists said on Monday that card payments had failed at its 12 "
        "shops since Saturday because of a fault.",
        "2025-06-04",
    )
    assert names(record) == ["Thursby Florists"]
