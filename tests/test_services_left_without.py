"""A service named right after 'without', where the nearest verb before it is one of
deprivation ('left shoppers at its 30 stores without contactless payments', 'have been without
email since a cyber attack on Tuesday', 'went without their tills'), was lost: it is disrupted,
and the 'without' denies none of the trouble told beside it (issue 13). Not 'without' before
what is no service ('without interruption', 'without paying a ransom'), nor the attackers' own
loss ('the gang had been without its servers'). Every article here is written for these tests;
the class cases fail on the code before, the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import names_of, start_days

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"  # a Thursday


@pytest.mark.parametrize(
    ("text", "victim", "service", "kind", "start"),
    [
        pytest.param(
            "Fault hits Garvie's tills\n\n"
            "A fault at Garvie's left shoppers at its 30 stores without contactless payments on "
            "Saturday.\n",
            "Garvie",
            "contactless_payments",
            "technical_outage",
            "2025-06-07",
            id="left-them-without",
        ),
        pytest.param(
            "Harlow council staff without email\n\n"
            "Staff at Harlow Council have been without email since a cyber attack on Tuesday, "
            "the council said.\n",
            "Harlow Council",
            "internal_systems",
            "cyber_attack",
            "2025-06-10",
            id="have-been-without-since",
        ),
        pytest.param(
            "Fernley Pharmacy branches without tills\n\n"
            "Fernley Pharmacy branches went without their tills for two days after a ransomware "
            "attack on Monday, the chain said.\n",
            "Fernley Pharmacy",
            "card_payments",
            "ransomware",
            "2025-06-09",
            id="went-without",
        ),
        pytest.param(
            "Kestrel Water phone lines down\n\n"
            "Customers of Kestrel Water were without the utility's customer service phone lines "
            "on Monday after a cyber attack on its computer systems.\n",
            "Kestrel Water",
            "customer_service",
            "cyber_attack",
            "2025-06-09",
            id="without-an-owners-service",
        ),
    ],
)
def test_a_service_left_without_is_down(
    extract: Extract, text: str, victim: str, service: str, kind: str, start: str
) -> None:
    incident = incident_of(extract(text, published=PUBLISHED), victim)
    assert statuses(incident).get(service) == "disrupted"
    assert kind in incident["incident_types"]
    assert start in start_days(incident)


def test_trading_without_interruption_is_no_loss(extract: Extract) -> None:
    """Guard: 'without interruption' names no service; the stores carried on."""
    text = (
        "Pellow's Market hit by cyber attack\n\n"
        "Pellow's Market said its warehouse systems were hit by a cyber attack on Monday. Its "
        "stores traded without interruption, the grocer said.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Pellow's Market")
    assert statuses(incident).get("stores") != "disrupted"


def test_restored_without_paying_a_ransom_is_a_return(extract: Extract) -> None:
    """Guard: the 'without' tells how the return came, not a loss."""
    text = (
        "Carrow council website back\n\n"
        "Carrow Council restored its website on Wednesday without paying a ransom, a week "
        "after a ransomware attack.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Carrow Council")
    assert statuses(incident) == {"website": "restored"}


def test_the_attackers_loss_is_no_victims(extract: Extract) -> None:
    """Guard: a gang left without its servers after a police operation lost them, and the
    police who speak of it are no victim."""
    text = (
        "Police seize Nightwick gang's servers\n\n"
        "The Nightwick ransomware gang, which attacked the Dorrin Valley hospital group in "
        "March, has been without its servers since Tuesday, Europol said.\n"
    )
    record = extract(text, published=PUBLISHED)
    assert "europol" not in {name for i in record["incidents"] for name in names_of(i)}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Its stores went without any card payment problems.", id="problems"),
        pytest.param(
            "Its stores remained open without card payments being affected.", id="being-affected"
        ),
    ],
)
def test_a_service_that_only_describes_what_was_missing_was_not_lost(
    extract: Extract, sentence: str
) -> None:
    """Review of cfd68fa: the service names what did not happen to it, or the trouble that
    was missing, not a loss."""
    text = (
        "Carrow Foods hit by cyber attack\n\n"
        f"Carrow Foods said a cyber attack on Monday had hit its warehouse systems. {sentence}\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Carrow Foods")
    assert statuses(incident).get("card_payments") in (None, "unaffected")


def test_a_loss_told_ended_is_no_state_now(extract: Extract) -> None:
    """Review of cfd68fa: 'stayed without mobile banking until Thursday morning' tells when
    the loss ended, so the return told after it stands."""
    text = (
        "Lindqvist Bank app back after faulty update\n\n"
        "Customers of Lindqvist Bank stayed without mobile banking until Thursday morning "
        "after a faulty update on Tuesday night, the bank said. Lindqvist said the app had been "
        "working normally since 7am on Thursday.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Lindqvist Bank")
    assert statuses(incident).get("mobile_app") == "restored"
