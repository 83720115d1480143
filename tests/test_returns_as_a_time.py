"""A return in a clause that 'while' or 'as' opens after another clause tells how long that
other state lasts (issue 13, restoration claims): "deliveries would be delayed while its
systems were brought back", "with the rest to follow as systems are brought back" tell a
return under way, no return done. Not a contrast after a comma ("The website is back,
while the app is not"). Every article here is written for these tests; the guard passed on
the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import claims, incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEDE = "Harnham Timber was hit by a ransomware attack on Monday. "
PUBLISHED = "2025-05-14"


@pytest.mark.parametrize(
    "lasting",
    [
        pytest.param(
            "The company said deliveries to its yards would be delayed while its systems "
            "were brought back.",
            id="while",
        ),
        pytest.param(
            "Half of its yards reopened on Tuesday, with the rest expected to follow as "
            "systems are brought back.",
            id="as",
        ),
    ],
)
def test_a_return_that_times_another_state_is_under_way(extract: Extract, lasting: str) -> None:
    incident = incident_of(extract(LEDE + lasting, published=PUBLISHED), "Harnham Timber")
    assert (None, "restored") not in claims(incident)
    assert statuses(incident).get("internal_systems") != "restored"


def test_a_return_in_contrast_after_a_comma_is_told(extract: Extract) -> None:
    """Guard: "while" after a comma contrasts two services; the website's return stands."""
    incident = incident_of(
        extract(
            LEDE + "Its website and app went offline. The app returned on Tuesday, while the "
            "website was restored on Wednesday.",
            published=PUBLISHED,
        ),
        "Harnham Timber",
    )
    assert statuses(incident)["website"] == "restored"


@pytest.mark.parametrize(
    "done",
    [
        pytest.param(
            "Its website went offline on Monday. Shoppers cheered as its website came back "
            "online on Wednesday.",
            id="as-an-event",
        ),
        pytest.param(
            "Its website and app went offline on Monday. Its app stayed offline on Wednesday "
            "while its website came back online that morning.",
            id="while-an-event",
        ),
    ],
)
def test_a_return_told_as_an_event_in_the_time_clause_is_done(extract: Extract, done: str) -> None:
    """Guard: an active past return after 'as' or 'while' happened."""
    incident = incident_of(extract(LEDE + done, published=PUBLISHED), "Harnham Timber")
    assert statuses(incident)["website"] == "restored"


def test_a_long_subject_in_the_time_clause_is_still_under_way(extract: Extract) -> None:
    incident = incident_of(
        extract(
            LEDE + "The company said deliveries would be delayed while its warehouse "
            "management and ordering systems were brought back.",
            published=PUBLISHED,
        ),
        "Harnham Timber",
    )
    assert all(status != "restored" for _, status in claims(incident))


@pytest.mark.parametrize(
    "lasting",
    [
        pytest.param(
            "Its shops closed on Monday. Opening hours are limited as its shops reopen across "
            "the region.",
            id="as-in-the-present",
        ),
        pytest.param(
            "Its website went offline on Monday. Orders were delayed while the website was "
            "checked and restored.",
            id="two-participles-of-one-passive",
        ),
    ],
)
def test_a_return_under_way_in_other_forms_is_none_done(extract: Extract, lasting: str) -> None:
    incident = incident_of(extract(LEDE + lasting, published=PUBLISHED), "Harnham Timber")
    assert all(status != "restored" for _, status in claims(incident))


def test_a_predicate_with_its_own_subject_after_the_time_clause_is_told(extract: Extract) -> None:
    """Guard: "and it has since resumed" leaves the time clause."""
    incident = incident_of(
        extract(
            LEDE + "Its website went offline on Monday. Deliveries were delayed while the "
            "website was checked and it has since resumed.",
            published=PUBLISHED,
        ),
        "Harnham Timber",
    )
    assert statuses(incident)["website"] == "restored"
