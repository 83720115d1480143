"""A trouble that comes back recurred ('The problem came back on Tuesday'), and a problem
before 'to come back later' tells people when to return: neither is a claim that the trouble
is over, as 'the problem had been fixed' is. Articles invented for these tests; each but the
guard fails on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import claims, incident_of

PUBLISHED = "2025-06-12"
OPENING = (
    "Gift cards sold by the grocer Tidemoor could not be redeemed on Monday after a fault at "
    "its card processor. "
)


@pytest.mark.parametrize(
    "told",
    [
        "The problem came back on Tuesday.",
        '"They kept telling me it was a computer problem and to come back later," one shopper '
        "said.",
    ],
)
def test_a_trouble_coming_back_is_no_claim_it_is_over(extract: Any, told: str) -> None:
    grocer = incident_of(extract(OPENING + told, published=PUBLISHED), "Tidemoor")
    assert (None, "restored") not in claims(grocer)


def test_a_problem_fixed_is_still_a_claim_it_is_over(extract: Any) -> None:
    grocer = incident_of(
        extract(OPENING + "The processor said the problem had been fixed.", published=PUBLISHED),
        "Tidemoor",
    )
    assert (None, "restored") in claims(grocer)
