"""A return still to come is no return done (issue 13: 'expects to resume by Friday' is an
expected restoration, 'working to restore' none): a headline's return in the infinitive after
its subject ('Ystrad Housing contact centre to reopen after cyber attack') is expected, as 'will
reopen' is; a return in the gerund that opens its clause as the subject of a verb of now or to
come ('Restoring email safely is a big job', 'Reopening the stores will take weeks') names the
work still to do. Every article here is written for these tests; the class cases fail on the
code before, the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"  # a Thursday


def _claims(incident: dict[str, Any]) -> set[tuple[Any, str]]:
    return {(claim["service"], claim["status"]) for claim in incident["restoration_claims"]}


def test_a_headlines_infinitive_return_is_to_come(extract: Extract) -> None:
    text = (
        "Pennock Rail contact centre to reopen after cyber attack\n\n"
        "Pennock Rail closed its contact centre on Monday after a cyber attack on its booking "
        "system, the operator said.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Pennock Rail")
    assert _claims(incident) == {("customer_service", "restoration_expected")}
    assert statuses(incident) == {"customer_service": "restoration_expected"}


@pytest.mark.parametrize(
    "task",
    [
        pytest.param('"Restoring email safely is a big job," she said.', id="is-a-big-job"),
        pytest.param("Restoring email will take several weeks, she said.", id="will-take-weeks"),
    ],
)
def test_a_return_named_as_the_work_to_do_is_none(extract: Extract, task: str) -> None:
    text = (
        "Carnford University email down after ransomware\n\n"
        "Carnford University said email had been down since a ransomware attack on Monday, "
        f"and the vice-chancellor said staff were working through the weekend. {task}\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Carnford University")
    assert statuses(incident).get("internal_systems") == "disrupted"
    assert ("internal_systems", "restored") not in _claims(incident)


def test_a_return_done_in_the_headline_stands(extract: Extract) -> None:
    """Guard: the headline's present tells a return done."""
    text = (
        "Pennock Rail contact centre reopens after cyber attack\n\n"
        "Pennock Rail said its contact centre reopened on Wednesday after a cyber attack on "
        "Monday.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Pennock Rail")
    assert _claims(incident) == {("customer_service", "restored")}


def test_a_return_told_done_by_its_gerund_in_the_past_stands(extract: Extract) -> None:
    """Guard: a return whose verb after the gerund is past is no work still to do."""
    text = (
        "Carnford University email back\n\n"
        "Carnford University said email had been restored on Wednesday after a ransomware "
        "attack on Monday.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Carnford University")
    assert statuses(incident).get("internal_systems") == "restored"


def test_a_return_the_perfect_tells_done_stands(extract: Extract) -> None:
    """Review of f3659bf: 'has made a big difference' tells the return done."""
    text = (
        "Harwood Pets tills back after ransomware\n\n"
        "Harwood Pets' tills failed on Saturday after a ransomware attack. \"Bringing the tills "
        'back online so quickly has made a big difference," the chain said on Thursday.\n'
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Harwood Pets")
    assert statuses(incident).get("card_payments") == "restored"


@pytest.mark.parametrize("effort", ["races", "scrambles", "rushes", "battles"])
def test_a_headlines_effort_to_return_is_no_return(extract: Extract, effort: str) -> None:
    """A headline's verb of effort ('X races to restore email'; the tagger reads 'races' and
    'battles' as nouns, which a first version of the infinitive rule took for a subject) is
    an effort: what it seeks is still down, neither back nor promised."""
    text = (
        f"Carnford Council {effort} to restore email after cyber attack\\n\\n"
        "Carnford Council said its email had been down since a cyber attack on Monday.\\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Carnford Council")
    assert statuses(incident) == {"internal_systems": "disrupted"}
    assert _claims(incident) == set()
