"""A name that ends in its trade, between 'the' and one of its assets, names the owner of
that asset ('the Ketterley Energy app', 'the Penhale Coaches website'): the owner was hit when
the asset was told hit, even where a service phrase holds the name ('buy tickets on the
Penhale Coaches website'); a name with no trade word before a product word ('the Quillon
app') may be the product's make, and a trade name before a thing the story does not hit
('moved its payments to the Peltry Payments app') is no victim. Articles invented for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses


@pytest.mark.parametrize(
    ("text", "owner", "service"),
    [
        (
            "Customers could not log in to the Ketterley Energy app on Monday after an IT "
            "outage, and meter readings had to be phoned in.",
            "Ketterley Energy",
            "mobile_app",
        ),
        (
            "Passengers were unable to check timetables on the Penhale Coaches website on "
            "Sunday after a technical glitch.",
            "Penhale Coaches",
            "website",
        ),
    ],
)
def test_a_trade_name_before_its_asset_is_the_assets_owner(
    extract: Any, text: str, owner: str, service: str
) -> None:
    record = extract(f"Customers locked out\n\n{text}", published="2025-06-16")
    assert statuses(incident_of(record, owner)).get(service) == "disrupted"


def test_a_service_phrase_that_holds_the_owners_name_keeps_it(extract: Any) -> None:
    record = extract(
        "Coach tickets unavailable\n\n"
        "Passengers were unable to buy tickets on the Penhale Coaches website on Sunday "
        "after an IT outage.",
        published="2025-06-16",
    )
    assert names(record) == ["Penhale Coaches"]


def test_a_name_with_no_trade_before_a_product_word_is_no_victim(extract: Any) -> None:
    record = extract(
        "Taxi bookings down\n\n"
        "Drivers could not use the Quillon app on Monday after an IT outage, Arden Taxis "
        "said. Arden Taxis said bookings were taken by phone.",
        published="2025-06-16",
    )
    assert "Quillon" not in names(record)


@pytest.mark.parametrize(
    "text",
    [
        # a trade name before an asset the victim only moved to
        "Yarnfield Council said it had moved its parking payments to the Peltry Payments app "
        "after a cyber attack took its own website offline.",
        # a trade name before the servers the attackers used
        "Hackers hid their tools on the Kelvane Hosting servers before a cyber attack took "
        "Yarnfield Council's website offline.",
    ],
)
def test_a_trade_name_before_a_thing_the_story_does_not_hit_is_no_victim(
    extract: Any, text: str
) -> None:
    record = extract(f"Council website down\n\n{text}", published="2025-06-16")
    assert names(record) == ["Yarnfield Council"]
