"""A state told as going on ('remains down', 'is still unavailable') after its own sentence
told the service paused on purpose is the pause continuing, not a failure of its own:
'Its staff email was taken offline as a precaution and remains down' is suspended, even
when a return of the systems in general is told before it. Articles invented for these
tests; the first fails on the code before, the guard passes on both."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, statuses

PUBLISHED = "2025-06-12"
OPENING = (
    "Corvell, a fashion chain, is restoring its computer systems after a ransomware attack.\n\n"
)


def test_a_pause_told_as_going_on_stays_a_pause(extract: Any) -> None:
    record = extract(
        OPENING + "Its staff email was also taken offline as a precaution and remains down.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Corvell")).get("internal_systems") == "suspended"


def test_a_failure_told_as_going_on_stays_a_failure(extract: Any) -> None:
    record = extract(
        OPENING + "Its staff email crashed on Sunday and remains down.", published=PUBLISHED
    )
    assert statuses(incident_of(record, "Corvell")).get("internal_systems") == "disrupted"
