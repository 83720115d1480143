"""A victim whose trouble is told only by pointing back at another's ('Pennant Shoes followed
suit on Tuesday', 'did the same', 'had the same problem', 'was similarly affected') is a victim
with the other's states, dated by the echo, and the other's kind of trouble (issue 12: listed
victims; issue 13: services). Not an echo of no trouble (a price rise, trading normally), of
an earlier year, denied, or one that goes on to an act of its own ('followed suit, hiring a
security firm', 'followed suit with a discount'). Every article here
is written for these tests; the class cases fail on the code before, the guards passed
there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, start_values, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-11-14"  # a Friday


def test_a_pause_followed_is_the_followers_pause_from_its_own_day(extract: Extract) -> None:
    text = (
        "Shoe retailers pause online sales after cyber attacks\n\n"
        "Carrick Footwear suspended online orders on Monday after finding hackers in its "
        "systems. Pennant Shoes followed suit on Wednesday.\n\n"
        "Both chains said their shops were trading as normal.\n"
    )
    record = extract(text, PUBLISHED)
    follower = incident_of(record, "Pennant Shoes")
    assert statuses(follower).get("online_orders") == "suspended"
    assert "cyber_attack" in follower["incident_types"]
    assert start_values(follower) == ["2025-11-12"]


def test_the_same_problem_had_through_one_supplier(extract: Extract) -> None:
    text = (
        "Till provider outage hits bakery chains\n\n"
        "A fault at Tillhouse, which supplies point-of-sale systems to about 300 cafes, left "
        "customers of Bramley Bakehouse unable to pay by card on Thursday. Oakcrust Bakeries "
        "had the same problem at its 20 shops.\n"
    )
    record = extract(text, PUBLISHED)
    echoing = incident_of(record, "Oakcrust Bakeries")
    assert statuses(echoing).get("card_payments") == "disrupted"
    assert {"technical_outage", "third_party"} <= set(echoing["incident_types"])


def test_the_echo_is_the_name_before_it_past_an_aside(extract: Extract) -> None:
    text = (
        "Ticketing fault hits cinema chains\n\n"
        "An IT failure at the ticketing provider Seatwise left Lumen Cinemas unable to take "
        "card payments on Friday. Starlight Pictures, a chain of 12 cinemas that also uses "
        "Seatwise, was in the same position.\n"
    )
    record = extract(text, PUBLISHED)
    echoing = incident_of(record, "Starlight Pictures")
    assert statuses(echoing).get("card_payments") == "disrupted"


@pytest.mark.parametrize(
    "story",
    [
        pytest.param(
            "Milk prices rise at Corbel Dairies\n\nCorbel Dairies, whose website was down "
            "for a day last month after a cyber attack, raised its milk prices on Monday. "
            "Rival Ashgrove Creamery followed suit on Wednesday.\n",
            id="an-echo-of-a-price-rise",
        ),
        pytest.param(
            "Fashion chain's website crashes\n\nThe website of Tamber & Low crashed on "
            "Saturday, but its stores traded normally throughout the outage, and the "
            "neighbouring store Ashgrove Creamery did the same.\n",
            id="an-echo-of-trading-normally",
        ),
        pytest.param(
            "Grocer's tills fail\n\nCard payments failed at Tamber & Low's shops on "
            "Saturday after a cyber attack. Ashgrove Creamery followed suit, although its "
            "own tills were not affected.\n",
            id="an-echo-denied",
        ),
    ],
)
def test_no_victim_in_an_echo_of_no_trouble(extract: Extract, story: str) -> None:
    names = [i["organization"]["name"] for i in extract(story, PUBLISHED)["incidents"]]
    assert not [name for name in names if "Ashgrove" in name]


@pytest.mark.parametrize(
    "echo",
    [
        pytest.param("Rival Dunmore Cycles followed suit, hiring a security firm", id="own-act"),
        pytest.param("Rival Dunmore Cycles followed suit with a discount of its own", id="with"),
        pytest.param("Rival Dunmore Cycles followed suit by offering refunds", id="by"),
        pytest.param("Rival Dunmore Cycles did not follow suit", id="denied"),
    ],
)
def test_no_victim_in_an_echo_of_another_act(extract: Extract, echo: str) -> None:
    text = (
        "Bike shop closes website after cyber attack\n\n"
        "Harwick Bikes took its website offline on Monday after a cyber attack and offered "
        f"customers a free service by way of apology. {echo}.\n"
    )
    names = [i["organization"]["name"] for i in extract(text, PUBLISHED)["incidents"]]
    assert "Harwick Bikes" in names
    assert not [name for name in names if "Dunmore" in name]


def test_an_echo_of_an_earlier_year_copies_no_trouble(extract: Extract) -> None:
    text = (
        "Grocer's tills fail\n\nCard payments failed at Tamber & Low's shops on Saturday "
        "after a cyber attack. Ashgrove Creamery had similar problems in 2019.\n"
    )
    for incident in extract(text, PUBLISHED)["incidents"]:
        if "Ashgrove" in incident["organization"]["name"]:
            assert "card_payments" not in statuses(incident)
