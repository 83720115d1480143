"""An incident in a third-party thing its victim uses (a platform, a script, a data centre, a
database) came through a supplier: the victim's types hold third_party, as "an attack on its
supplier" does. What the victim uses from others and no trouble reached ("links to
third-party apps", "takes its orders on a third-party platform", "customers can access a
third-party portal") is no route: a third-party thing is one only in a clause that tells a
trouble. Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Cauldwell Garden Centres said hackers had stolen the card details of 12,000 "
            "customers through a compromised third-party script on its checkout pages.",
            "Cauldwell Garden Centres",
        ),
        (
            "Bramber Books said its online shop went down on Monday after a power failure at a "
            "third-party data centre in Leeds.",
            "Bramber Books",
        ),
        (
            "Yeldon Airways said hackers had accessed a third-party platform used by its call "
            "centres and taken the names and phone numbers of 200,000 customers.",
            "Yeldon Airways",
        ),
        (
            "Bramber Books said online orders had stopped on Saturday after ransomware struck "
            "the third-party booking platform it uses.",
            "Bramber Books",
        ),
        (
            "Cauldwell Garden Centres said criminals had tampered with a third-party tracking "
            "script on its checkout pages and stolen the card details of 3,000 customers.",
            "Cauldwell Garden Centres",
        ),
        (
            "Ainsdale Cinemas said it had found unauthorised activity in a third-party cloud "
            "database holding customer records, and that names and emails had been stolen.",
            "Ainsdale Cinemas",
        ),
    ],
)
def test_an_incident_in_a_third_party_thing_came_through_a_supplier(
    extract: Any, text: str, victim: str
) -> None:
    record = extract(f"Local news\n\n{text}", published="2025-06-02")
    assert "third_party" in incident_of(record, victim)["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        "Hackers encrypted Ainsdale Pizza's servers on Monday, the chain said, and its own "
        "online ordering was down. Links to third-party delivery apps would take longer to "
        "restore.",
        "Hackers encrypted Ainsdale Pizza's servers on Monday and its website went down. The "
        "chain said it had brought in third-party forensic experts.",
        # "of" ties a thing to its owner or part, no place of the trouble
        "Hackers encrypted Ainsdale Pizza's servers on Monday, and the chain said the attack "
        "showed the risks of third-party software.",
        # a thing only used, in a clause that tells no trouble
        "Hackers stole customer data from Ainsdale Pizza, which takes most of its orders on a "
        "third-party platform, the chain said.",
        "Hackers encrypted Ainsdale Pizza's servers on Monday. Customers can still order from "
        "a third-party website while its own site is offline.",
        "Hackers encrypted Ainsdale Pizza's servers on Monday. Customers can access a "
        "third-party portal to track their deliveries.",
    ],
)
def test_what_the_victim_uses_from_others_is_no_route_when_no_trouble_reached_it(
    extract: Any, text: str
) -> None:
    record = extract(f"Local news\n\n{text}", published="2025-06-02")
    assert "third_party" not in incident_of(record, "Ainsdale Pizza")["incident_types"]
