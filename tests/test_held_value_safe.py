"""The value people hold in a service said safe ('gift card balances are safe', 'members'
points balances remain secure') tells that the value is kept, not that the service works: a
scheme or a card service told down stays down, and the reassurance makes no restoration
claim. A service told working, and personal data told safe, keep their readings. Articles
invented for these tests; each but the guards fails on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import claims, incident_of, statuses

PUBLISHED = "2025-11-19"

SCHEME_PAUSED = (
    "Ashgrove Stores pauses loyalty scheme after cyber attack\n\n"
    "The homeware chain Ashgrove Stores has suspended its Ashgrove Plus loyalty scheme after "
    "hackers broke into its systems on Sunday.\n\n"
)

CARDS_DOWN = (
    "Tolland Books hit by gift card fault\n\n"
    "Gift cards sold by the bookseller Tolland Books could not be redeemed in its shops or "
    "online on Monday after a fault at the company that processes them.\n\n"
)


@pytest.mark.parametrize(
    "reassurance",
    [
        "The company said members' points balances were safe and would be honoured.",
        '"Ashgrove Plus points balances remain secure," a spokeswoman said.',
    ],
)
def test_a_paused_scheme_whose_balances_are_safe_stays_paused(
    extract: Any, reassurance: str
) -> None:
    chain = incident_of(
        extract(SCHEME_PAUSED + reassurance, published=PUBLISHED), "Ashgrove Stores"
    )
    assert statuses(chain).get("loyalty_program") == "suspended"
    assert not any(service == "loyalty_program" for service, _ in claims(chain))


def test_gift_cards_whose_balances_are_safe_are_still_down(extract: Any) -> None:
    shop = incident_of(
        extract(
            CARDS_DOWN + "Tolland said gift card balances are safe and will not expire.",
            published=PUBLISHED,
        ),
        "Tolland Books",
    )
    assert statuses(shop).get("gift_cards") == "disrupted"
    assert ("gift_cards", "restored") not in claims(shop)


def test_cards_told_working_again_beside_the_reassurance_are_back(extract: Any) -> None:
    shop = incident_of(
        extract(
            CARDS_DOWN + "By Tuesday gift cards were working again, and Tolland said gift card "
            "balances had been safe throughout.",
            published=PUBLISHED,
        ),
        "Tolland Books",
    )
    assert statuses(shop).get("gift_cards") == "restored"


def test_personal_data_told_safe_is_still_data_not_taken(extract: Any) -> None:
    chain = incident_of(
        extract(
            SCHEME_PAUSED + "The company said members' personal details were safe.",
            published=PUBLISHED,
        ),
        "Ashgrove Stores",
    )
    assert chain["data_compromised"] is False
