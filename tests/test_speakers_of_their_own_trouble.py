"""A business named only as the speaker of its own trouble (issue 12), on text written for
these tests.

'"We have been hit by ransomware," said X', '"Our booking site is down," X said in a
statement', 'Online orders have been suspended after a ransomware attack, X said', 'Its
website was knocked offline by a cyber attack, X Council said': the speaker after the words it
reports is the one hit, when a quote tells the trouble in the first person, or words with no
quote tell trouble of its own things or of a service. Not words that name another ('The attack
on Y disrupted orders, Z said'), place the trouble at others ('suspended at many retailers')
or deny it ('No systems were affected'), nor a quote in another's voice ('"Attackers go after
whatever they can sell," said P').

Words with no quote tie the speaker only in the story's body and only when it is the first
organisation named: after another, "its" and a service with no owner are that one's ("Hackers
hit Y. Its website was down, police said"), and a headline's "..., X admits" is often a parent
or a regulator telling another's trouble. A first-person quote of an act on another's thing
('"We have suspended its licence," the regulator said') is no trouble of the speaker's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("text", "victim", "service", "status"),
    [
        pytest.param(
            "Ferry operator hit by ransomware\n\n"
            '"We have been hit by a ransomware attack and our booking site is down," said '
            "Kittiwake Ferries.\n\nThe operator said sailings were running to timetable.\n",
            "Kittiwake Ferries",
            "website",
            "disrupted",
            id="quote-said-name",
        ),
        pytest.param(
            "Garden chain stops web orders\n\n"
            "Online orders have been suspended after a ransomware attack on its systems, "
            "Thistledown Gardens said on Tuesday.\n\nIts garden centres remain open.\n",
            "Thistledown Gardens",
            "online_orders",
            "suspended",
            id="service-before-speaker",
        ),
        pytest.param(
            "Council site down\n\n"
            "Its website was knocked offline by a cyber attack on Monday, Ashworth Borough "
            "Council said.\n\nResidents were asked to phone with urgent queries.\n",
            "Ashworth Borough Council",
            "website",
            "disrupted",
            id="its-thing-before-speaker",
        ),
    ],
)
def test_a_speaker_after_its_own_trouble_is_the_victim(
    extract: Extract, text: str, victim: str, service: str, status: str
) -> None:
    record = extract(text, published="2025-06-12")
    assert names(record)[0] == victim
    assert statuses(incident_of(record, victim))[service] == status


@pytest.mark.parametrize(
    ("told", "bystander"),
    [
        pytest.param(
            "The attack on Corwen Foods disrupted online orders for a week, the Grocery "
            "Federation said.",
            "Grocery Federation",
            id="names-another",
        ),
        pytest.param(
            "Online orders were suspended at many retailers after the attack, the Grocery "
            "Federation said.",
            "Grocery Federation",
            id="placed-at-others",
        ),
        pytest.param(
            "No systems were switched off or affected, the Lyle Institute said.",
            "Lyle Institute",
            id="denied",
        ),
        pytest.param(
            '"Attackers go after whatever they can sell, and card data sells," said Dana Holt of '
            "Cobalt Research.",
            "Cobalt Research",
            id="quote-in-anothers-voice",
        ),
    ],
)
def test_a_speaker_of_anothers_trouble_is_no_victim(
    extract: Extract, told: str, bystander: str
) -> None:
    text = (
        "Grocer hit by cyber attack\n\n"
        "Corwen Foods said a cyber attack on Friday had knocked its website offline and "
        f"stopped online orders.\n\n{told}\n"
    )
    named = names(extract(text, published="2025-06-12"))
    assert named[0] == "Corwen Foods"
    assert bystander not in named


def test_a_headline_speaker_of_anothers_theft_takes_no_incident(extract: Extract) -> None:
    text = (
        "Probate applicants' records stolen in cyber attack, Department of Records admits\n\n"
        "The Probate Office, an executive agency of the Department of Records, said the attack "
        "on its online systems was first detected on 3 March. The data taken included "
        "applicants' names and addresses.\n"
    )
    assert names(extract(text, published="2025-06-12")) == ["Probate Office"]
