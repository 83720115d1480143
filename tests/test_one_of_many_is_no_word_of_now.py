"""'the latest in a string of attacks' counts an incident among others; its 'latest' is no word
of now (issue 13, story time): a trouble told so, and over by the time of a return told after
it, stays over. Every article here is written for these tests; the class case fails on the
code before, and the guard passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-03-04"  # a Tuesday


def test_the_latest_of_many_attacks_is_no_trouble_now(extract: Extract) -> None:
    text = (
        "Rail operator's website hit by hacktivists\n\n"
        "Kelby Rail said on Monday that a denial-of-service attack had taken its website "
        "offline for most of Sunday, the latest in a series of attacks on transport firms.\n\n"
        "The operator said the website was working again by Sunday night.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Kelby Rail")
    assert statuses(incident)["website"] == "restored"


def test_a_word_of_now_still_tells_now(extract: Extract) -> None:
    """Guard: 'remains' outside any count of incidents still places the trouble now."""
    text = (
        "Kelby Rail said on Monday that its website was restored on Sunday night after a "
        "denial-of-service attack, but its app remains offline.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Kelby Rail")
    assert statuses(incident)["mobile_app"] in ("disrupted", "suspended")
