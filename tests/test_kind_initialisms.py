"""An initialism that only ever modifies a noun of a kind of business names the kind, not an
organisation (issue 12, fragments and terms): 'Irish DIY chain X', 'the DIY and garden centre
chain', 'GP practices'; the kind's noun may follow past the words of a noun phrase. An
initialism that stands alone somewhere ('KVB apologised') is a name. Every article here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of, names

Extract = Callable[..., dict[str, Any]]


def test_a_kind_initialism_past_a_noun_phrase_is_no_victim(extract: Extract) -> None:
    record = extract(
        "DIY chain's online shop down after attack on supplier\n\n"
        "Irish DIY chain Kilmartin's has been unable to take online orders since Saturday after "
        "the company that runs its web shop was hit by a cyber attack. The DIY and garden "
        "centre chain said its 22 stores were trading normally.",
        "2025-06-04",
    )
    assert "DIY" not in names(record)
    assert incident_of(record, "Kilmartin")["role"] == "primary"


def test_an_initialism_standing_alone_is_a_name(extract: Extract) -> None:
    """Guard (passes on the code before): 'KVB customers' and 'the KVB app' modify, but
    'KVB apologised' names the bank."""
    record = extract(
        "Bank app down\n\n"
        "KVB customers were unable to log in to the KVB app on Monday after a software fault, "
        "the bank said. KVB apologised to customers.",
        "2025-06-04",
    )
    assert names(record) == ["KVB"]


def test_an_initialism_before_its_goods_and_premises_is_a_name(extract: Extract) -> None:
    """A second review's counter-example: with no determiner before it, 'DLK furniture
    stores' is a brand's stores."""
    record = extract(
        "Card payments down at DLK furniture stores\n\n"
        "Card payments failed at DLK furniture stores across the country on Saturday after an "
        "IT outage, the retailer said.",
        "2025-06-04",
    )
    assert names(record) == ["DLK"]
