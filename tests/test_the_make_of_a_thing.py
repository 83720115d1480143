"""A name that is only the make of a thing another owns ('unusual activity on an internal
Norvane server', 'its Norvane database'), told by a possessive or an indefinite article
before it and a product word after it, owns nothing the sentence tells after it: the date and
the service are the owner's, the victim the sentence is about. Invented text."""

from __future__ import annotations

import pytest

from conftest import incident_of

STORY = (
    "Hackers break into Dunmore Haulage network through Norvane flaw\n\n"
    "Dunmore Haulage, a family-owned haulier in Carlow, has confirmed that hackers broke into "
    "its network through a flaw in Norvane file-sharing software.\n\n"
    "{told} Deliveries to shops were delayed on Monday.\n\n"
    "Norvane released a patch for the flaw last week and urged customers to install it at "
    "once. Norvane said its own systems had not been affected."
)


@pytest.mark.parametrize(
    "told",
    [
        "The company said it found unusual activity on an internal Norvane server on Saturday "
        "and shut down its route planning system while it investigated.",
        "The company said intruders reached its Norvane servers on Saturday, and it shut down "
        "its route planning system while it investigated.",
        # the kind of thing between the make and the product word
        "The company said its Norvane file server was encrypted on Saturday, and it shut down "
        "its route planning system while it investigated.",
        "The company said hackers reached a Norvane backup server on Saturday, and it shut down "
        "its route planning system while it investigated.",
    ],
)
def test_what_follows_the_make_of_the_victims_thing_is_the_victims(extract, told: str) -> None:
    incident = incident_of(
        extract(STORY.format(told=told), published="2025-07-24"), "Dunmore Haulage"
    )
    starts = {d["value"] for d in incident["dates"] if d["role"] == "incident_start"}
    assert "2025-07-19" in starts  # the Saturday
    assert ("internal_systems", "suspended") in {
        (s["service"], s["status"]) for s in incident["services"]
    }
