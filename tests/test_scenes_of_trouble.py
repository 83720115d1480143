"""Where the trouble was is no service told down (issue 13, services): a fault at or in a data
centre however it is named ('a hardware failure at the chain's data centre', 'in a network
switch at one of the company's data centres', 'a loss of power at a third-party data
centre', 'a data centre outage') tells where the trouble began, and servers flooded or
overwhelmed with traffic, or traffic sent to overwhelm them or 'aimed at' them, are the
target of a denial of service: the services the story says failed are what was down, not the
internal systems. Servers told down themselves, and servers overwhelmed by demand with no
traffic named, still are (those guards pass on the code before this class too). Every
article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

SCENES = [
    pytest.param(
        "Marlstone Bakeries card payments fail\n\n"
        "Marlstone Bakeries said card payments failed at its shops on Friday because of a "
        "hardware failure at the chain's data centre.",
        "card_payments",
        id="at-the-chains-data-centre",
    ),
    pytest.param(
        "Marlstone Bakeries card payments fail\n\n"
        "Marlstone Bakeries said card payments failed on Friday because of a hardware failure "
        "in a network switch at one of the company's data centres.",
        "card_payments",
        id="in-a-switch-at-one-of-its-data-centres",
    ),
    pytest.param(
        "Marlstone Bakeries card payments fail\n\n"
        "Marlstone Bakeries said a data centre outage had stopped card payments at its shops "
        "on Friday.",
        "card_payments",
        id="a-data-centre-outage",
    ),
    pytest.param(
        "Rothwick Grocers website down\n\n"
        "Rothwick Grocers said it was hit by a DDoS attack on Monday that flooded its servers "
        "with traffic and made its website unreachable.",
        "website",
        id="servers-flooded-with-traffic",
    ),
    pytest.param(
        "Rothwick Grocers website down\n\n"
        "Rothwick Grocers said its website was unreachable after a denial of service, a flood "
        "of fake traffic designed to overwhelm its servers.",
        "website",
        id="traffic-to-overwhelm-servers",
    ),
    pytest.param(
        "Rothwick Grocers website down\n\n"
        "Rothwick Grocers said its website outage was caused by a DDoS attack, huge volumes "
        "of junk traffic aimed at the ticketing servers.",
        "website",
        id="traffic-aimed-at-servers",
    ),
]


@pytest.mark.parametrize(("text", "service"), SCENES)
def test_the_scene_of_the_trouble_is_no_service_down(
    extract: Extract, text: str, service: str
) -> None:
    name = text.split(" said ")[0].split("\n\n")[1]
    found = statuses(incident_of(extract(text, "2025-05-16"), name))
    assert found.get(service) == "disrupted", found
    assert "internal_systems" not in found, found


def test_servers_told_down_are_down(extract: Extract) -> None:
    text = (
        "Rothwick Grocers servers down\n\n"
        "Rothwick Grocers said its servers were down for two days after a cyber attack."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Rothwick Grocers"))
    assert found.get("internal_systems") == "disrupted", found


def test_servers_overwhelmed_by_demand_are_down(extract: Extract) -> None:
    text = (
        "Rothwick Grocers website down\n\n"
        "Rothwick Grocers said its website went down on Monday after a rush of orders "
        "overwhelmed its servers."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Rothwick Grocers"))
    assert found.get("internal_systems") == "disrupted", found
