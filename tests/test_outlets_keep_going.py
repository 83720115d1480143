"""The business's outlets keep going (issue 13, statuses): the kinds of outlet a business
trades from, in lower case ('its boutiques', 'its garden centres', 'its salons', 'its
bureaux', 'bureaux de change'), are its stores, and outlets that 'kept trading' or operated
normally are unaffected, as those that 'stayed open' are. A name that ends in such a word
('Saltire Garden Centres') is the company's name, no outlet, and credit bureaux are none;
intruders who 'kept operating inside its network' tell no service working. Every article here is
written for these tests; the name guard passes on the code before this class too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

OUTLETS_KEPT_GOING = [
    pytest.param(
        "Wychwood Jewellers",
        "Wychwood Jewellers website down\n\n"
        "Wychwood Jewellers took its website offline after a cyber attack on Monday. Its "
        "boutiques remain fully operational, the company said.",
        id="boutiques",
    ),
    pytest.param(
        "Saltire Garden Centres",
        "Saltire Garden Centres online shop down\n\n"
        "Saltire Garden Centres said a cyber attack had knocked its online shop offline. Its "
        "garden centres stayed open throughout.",
        id="garden-centres-in-a-name-and-as-outlets",
    ),
    pytest.param(
        "Thornaby Hair",
        "Thornaby Hair booking app down\n\n"
        "Thornaby Hair said its booking app was unavailable after a cyber attack. Its salons "
        "kept operating normally.",
        id="salons-kept-operating",
    ),
    pytest.param(
        "Ambleside Books",
        "Ambleside Books online shop down\n\n"
        "Ambleside Books said a cyber attack had taken its online shop offline, although its "
        "44 shops kept trading.",
        id="kept-trading",
    ),
    pytest.param(
        "Varley Currency",
        "Varley Currency website down\n\n"
        "Varley Currency said a cyber attack had taken its website offline. Its bureaux have "
        "kept trading.",
        id="bureaux-kept-trading",
    ),
]


@pytest.mark.parametrize(("victim", "text"), OUTLETS_KEPT_GOING)
def test_outlets_that_kept_going_are_unaffected(extract: Extract, victim: str, text: str) -> None:
    found = statuses(incident_of(extract(text, "2025-05-16"), victim))
    assert found.get("stores") == "unaffected", found


def test_outlets_that_closed_are_not_unaffected(extract: Extract) -> None:
    text = (
        "Wychwood Jewellers boutiques closed\n\n"
        "Wychwood Jewellers closed its boutiques on Saturday after a cyber attack knocked out "
        "its tills."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Wychwood Jewellers"))
    assert found.get("stores") not in {None, "unaffected"}, found


NO_OUTLETS = [
    pytest.param(
        "Saltire Garden Centres",
        "Saltire Garden Centres suspends rewards scheme\n\n"
        "Saltire Garden Centres has suspended its rewards scheme after hackers broke into "
        "customer accounts. Its online shop is trading as normal.",
        id="a-name-ending-in-an-outlet-word",
    ),
    pytest.param(
        "Varley Currency",
        "Varley Currency data breach\n\n"
        "Varley Currency said hackers stole customer names in a cyber attack, and that it had "
        "alerted the credit bureaux, which were not affected.",
        id="credit-bureaux",
    ),
]


@pytest.mark.parametrize(("victim", "text"), NO_OUTLETS)
def test_no_outlet_is_named(extract: Extract, victim: str, text: str) -> None:
    found = statuses(incident_of(extract(text, "2025-05-16"), victim))
    assert "stores" not in found, found


def test_intruders_kept_operating_tell_no_service_working(extract: Extract) -> None:
    text = (
        "Wychwood Jewellers breach\n\n"
        "Wychwood Jewellers said the hackers kept operating inside its network for weeks "
        "before they were found."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Wychwood Jewellers"))
    assert found.get("internal_systems") != "unaffected", found
