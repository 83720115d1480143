"""A place that ends a phrase placing a common noun says where that noun is (issue 12, places
as victims): in 'A managed IT provider in south-west England says a ransomware attack has
spread', the provider speaks and England is where it is; in 'A hospital in the northern
German state of Lower Saxony says ransomware has encrypted its servers' the hospital was hit,
not the state. A name that owns the noun after it ('the tills in X's department stores') is
still that noun's owner. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "IT provider hack spreads\n\n"
            "A managed IT provider in south-west England says a ransomware attack has spread to "
            "some of its customers' networks. Tamberlin IT said its own systems were back on "
            "Friday.",
            "England",
            id="provider-in-england",
        ),
        pytest.param(
            "Hospital hit by ransomware\n\n"
            "A hospital in the northern German state of Lower Saxony says ransomware has "
            "encrypted its servers. The Klinikum Hellerau said on Tuesday that surgery had been "
            "postponed.",
            "Lower Saxony",
            id="hospital-in-a-state",
        ),
    ],
)
def test_the_place_of_a_noun_is_no_victim(extract: Extract, text: str, place: str) -> None:
    assert place not in names(extract(text, "2025-06-04"))


def test_an_owner_inside_a_placing_phrase_keeps_its_tie(extract: Extract) -> None:
    """Guard (passes on the code before): the possessive makes the name the stores' owner."""
    incident = incident_of(
        extract(
            "Cash-only queues at Hadleigh & Rowe\n\n"
            "Long queues formed at the tills in Hadleigh & Rowe's department stores on "
            "Saturday after a technical fault left the stores unable to accept cards.",
            "2025-06-04",
        ),
        "Hadleigh & Rowe",
    )
    assert statuses(incident).get("card_payments") == "disrupted"


def test_a_name_after_a_fronted_phrase_is_the_subject(extract: Extract) -> None:
    """A second review's counter-example: 'in March' is a date, and the council opens the
    main clause after the fronted phrase."""
    incident = incident_of(
        extract(
            "Council restores payments\n\n"
            "After a ransomware attack in March Ashwell District Council has restored its online "
            "payment system, the council said.",
            "2025-06-04",
        ),
        "Ashwell District Council",
    )
    assert incident["role"] == "primary"
