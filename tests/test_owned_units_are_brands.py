"""A business unit its owner runs, named beside the owner's possessive ('Paper Lantern, its
online gift business,', 'its online gift business Paper Lantern'), is the owner's brand,
not an organisation of its own, as a portal so named is; a subsidiary keeps its own name.
Articles invented for these tests; each but the guard fails on the code before."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-06-12"
OPENING = (
    "Hackers accessed the personal data of staff at the retailer Holloway Books, it said on "
    "Friday.\n\n"
)


def _names(record: dict[str, Any]) -> list[str]:
    return [incident["organization"]["name"] for incident in record["incidents"]]


@pytest.mark.parametrize(
    "recap",
    [
        "In November, Paper Lantern, its online gift business, suffered a cyber incident.",
        "In November, its online gift business Paper Lantern took its systems offline after "
        "suspicious activity was detected.",
    ],
)
def test_a_unit_named_as_the_owners_is_no_victim_of_its_own(extract: Any, recap: str) -> None:
    record = extract(OPENING + recap, published=PUBLISHED)
    assert _names(record) == ["Holloway Books"]


def test_a_subsidiary_told_hit_keeps_its_name(extract: Any) -> None:
    record = extract(
        "The healthcare group Larchmont said on Friday that its subsidiary Brindle Health had "
        "been hit by a ransomware attack.",
        published=PUBLISHED,
    )
    assert "Brindle Health" in _names(record)
