"""A victim whose trouble is told only by pointing back at another's ('Pennant Shoes followed
suit on Tuesday', 'did the same', 'had the same problem', 'was similarly affected') is a victim
with the other's states, dated by the echo, and the other's kind of trouble (issue 12: listed
victims; issue 13: services). Not an echo that goes on to an act of its own ('followed suit,
hiring a security firm', 'followed suit with a discount'), nor a denied one. Every article here
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


def test_an_echo_in_the_sentence_of_the_return_it_repeats(extract: Extract) -> None:
    text = (
        "Florists' websites back after hosting attack\n\n"
        "A cyber attack on the web host Petalnet took the websites of several florists "
        "offline on Monday.\n\n"
        "Rosebay Flowers reopened its website on Wednesday and Thistle & Fern did the same on "
        "Thursday.\n"
    )
    record = extract(text, PUBLISHED)
    echoing = incident_of(record, "Thistle & Fern")
    assert statuses(echoing).get("website") == "restored"


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
