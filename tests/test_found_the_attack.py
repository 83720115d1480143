"""An organisation that tells it found the attack itself was hit: a verb of finding between
the organisation (or its saying) and the attack's words passes, when the organisation or a
pronoun for it is the finder and what was found is the attack ('X said it had found hackers
in its network'); a finding about something else, or someone else's, ties nothing. A cue that
only dates ('found hackers' dates the start) hides no word of the attack. Every sentence is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    "text",
    [
        "Brisco Tiles found hackers in its network on Monday.",
        "Brisco Tiles said on Monday that it had found hackers in its network.",
        "Brisco Tiles said it had discovered ransomware on its servers.",
        "Tile maker Brisco Tiles says it detected malware on its order system last week.",
        # unauthorised activity is suspicious activity found
        "Brisco Tiles said it had found unauthorised activity on its order system.",
    ],
)
def test_an_organisation_that_found_the_attack_was_hit(extract: Extract, text: str) -> None:
    record = extract(text, published="2025-03-14")
    assert names(record) == ["Brisco Tiles"]
    assert "cyber_attack" in record["incidents"][0]["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        # a finding about a trend, in a study the organisation published
        "A study published by Brisco Tiles found that hackers often target small builders.",
        # someone else found the attack, in someone else's product
        "Brisco Tiles said researchers had found malware in a rival firm's app.",
    ],
)
def test_a_finding_about_something_else_ties_no_one(extract: Extract, text: str) -> None:
    assert names(extract(text, published="2025-03-14")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hackers gained access to the booking system of Corrin Dental Care on 3 March.",
        "A hacker logged in to the payroll system of Corrin Dental Care on 3 March.",
        "An attacker took over the email account of Corrin Dental Care on 3 March and sent "
        "fake invoices to patients.",
        "The email account of Corrin Dental Care was taken over by an attacker on 3 March.",
        "Hackers used a stolen password to get into the booking system of Corrin Dental Care "
        "on 3 March.",
    ],
)
def test_an_intruder_entering_or_seizing_what_an_organisation_runs_hits_it(
    extract: Extract, text: str
) -> None:
    """An intrusion told by a verb of entering or seizing ('gained access to', 'logged in
    to', 'took over'), its doer one intruder or many, hits the organisation whose system or
    account it names: a cyber attack, not an IT failure."""
    record = extract(text, published="2025-03-14")
    assert names(record) == ["Corrin Dental Care"]
    types = record["incidents"][0]["incident_types"]
    assert "cyber_attack" in types and "technical_outage" not in types


@pytest.mark.parametrize(
    "text",
    [
        # a firm buying another takes nothing over by intrusion
        "Corrin Dental Care took over the running of a rival practice's booking system.",
        # customers signing in is no intrusion
        "Customers logged in to the booking system of Corrin Dental Care on 3 March.",
        # an attacker who only could is no intruder ('attacker' is a cyber word, not a deed)
        "Researchers said a flaw in booking software made by Corrin Dental Care could let an "
        "attacker read patients' names. Corrin Dental Care fixed the flaw on 3 March.",
    ],
)
def test_taking_over_or_logging_in_without_an_intruder_hits_no_one(
    extract: Extract, text: str
) -> None:
    assert names(extract(text, published="2025-03-14")) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # intruders placed in an IT thing are no burglars
        ("Harle Brewing said it had found intruders in its computer systems.", "cyber_attack"),
        ("Skimming malware was planted on the website of Harle Brewing in May.", "cyber_attack"),
    ],
)
def test_an_attack_told_by_where_it_was_placed_or_what_it_locked_hits_the_owner(
    extract: Extract, text: str, kind: str
) -> None:
    record = extract(text, published="2025-05-14")
    assert names(record) == ["Harle Brewing"]
    assert kind in record["incidents"][0]["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        "Harle Brewing said staff had found intruders in its warehouse on Monday night.",
        "Harle Brewing said it had installed new software on its tills in May.",
    ],
)
def test_intruders_in_a_building_or_software_installed_is_no_attack(
    extract: Extract, text: str
) -> None:
    assert names(extract(text, published="2025-05-14")) == []
