"""A name that is only the make of a thing another owns ('a Norvane router at its depot',
'its Norvane database'), told by a possessive or an indefinite article before it and a
product word after it, owns nothing the sentence tells after it: the date and the service are
the owner's, the victim the sentence is about. Invented text."""

from __future__ import annotations

import pytest

from conftest import incident_of, start_values

STORY = (
    "Rooftop Bakeries ovens idle after Norvane break-in\n\n"
    "Rooftop Bakeries, which runs 14 bakeries in Cornwall, said criminals had got into its "
    "network through a weakness in Norvane equipment.\n\n"
    "{told} Bread deliveries to cafes were late on Monday.\n\n"
    "Norvane told customers last month to update the software on its routers. Norvane said "
    "its own systems were not affected."
)


@pytest.mark.parametrize(
    "told",
    [
        "Staff spotted strange logins on a Norvane router at its Truro depot on Saturday, and "
        "the bakery switched off its email system as a precaution.",
        "The criminals reached its Norvane servers on Saturday, and the bakery switched off its "
        "email system as a precaution.",
        # the kind of thing between the make and the product word
        "Its Norvane file server was encrypted on Saturday, and the bakery switched off its "
        "email system as a precaution.",
        "Hackers reached a Norvane backup server on Saturday, and the bakery switched off its "
        "email system as a precaution.",
    ],
)
def test_what_follows_the_make_of_the_victims_thing_is_the_victims(extract, told: str) -> None:
    incident = incident_of(
        extract(STORY.format(told=told), published="2025-07-24"), "Rooftop Bakeries"
    )
    starts = {d["value"] for d in incident["dates"] if d["role"] == "incident_start"}
    assert "2025-07-19" in starts  # the Saturday
    assert ("internal_systems", "suspended") in {
        (s["service"], s["status"]) for s in incident["services"]
    }


def test_the_make_in_a_report_takes_the_report_from_no_one(extract) -> None:
    # "X said attackers got in through its Norvane router": X's own news, the make no other
    # organisation spoken of
    record = extract(
        "Bakery chain says hackers got in\n\n"
        "Managers at Rooftop Bakeries said attackers had got in through their Norvane router on "
        "8 March, before reaching its payroll files.\n\n"
        "Norvane told the bakery on Friday that several of its other customers had been "
        "affected too.",
        published="2025-03-12",
    )
    assert "2025-03-08" in start_values(incident_of(record, "Rooftop Bakeries"))
