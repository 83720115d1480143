"""A duty of many to report ('Companies must report a personal data breach to the regulator',
'firms are legally required to notify customers of a breach') tells what the law asks of
everyone, no kind of this incident (issue 13, types from background). Every article here is
written for these tests; the class cases fail on the code before, and the guard passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-05-20"


@pytest.mark.parametrize(
    "duty",
    [
        pytest.param(
            "Businesses must notify the regulator of a personal data breach within three days.",
            id="must-notify",
        ),
        pytest.param(
            "Firms are legally required to report a data breach within 72 hours.",
            id="legally-required",
        ),
    ],
)
def test_a_duty_of_many_to_report_tells_no_kind(extract: Extract, duty: str) -> None:
    text = (
        "Holloway Pets said an IT fault took its website offline on Sunday. It said there "
        f"was no sign that customer data had been affected. {duty}\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Holloway Pets")
    assert "data_breach" not in incident["incident_types"]


def test_the_victims_own_report_of_a_breach_is_its_kind(extract: Extract) -> None:
    """Guard: the victim telling its own breach keeps the kind."""
    text = (
        "Holloway Pets said hackers stole customer names and addresses on Sunday. The company "
        "said it would report the data breach to the regulator.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Holloway Pets")
    assert "data_breach" in incident["incident_types"]


def test_a_duty_stated_of_the_storys_victims_is_theirs(extract: Extract) -> None:
    """Review of b962481: 'Both firms are legally required to report the data breach' tells the
    victims' own breach; a determiner or a count before the parties makes them the story's."""
    text = (
        "Hackers stole customer records from Ashdon Loans and Perrow Credit after breaking into a "
        "software supplier both firms use. Both firms are legally required to report the data "
        "breach to the regulator, and both said they had begun writing to customers.\n"
    )
    record = extract(text, published=PUBLISHED)
    for name in ("Ashdon Loans", "Perrow Credit"):
        assert "data_breach" in incident_of(record, name)["incident_types"], name
