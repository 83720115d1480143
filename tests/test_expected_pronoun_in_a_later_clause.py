"""The pronoun an expectation takes before the infinitive of a return, in a later clause of
the sentence that named the service ('The app was still down on Tuesday, and the bank expects
it to return on Wednesday'), stands for that service: its return is expected. Articles
invented for these tests; the first fails on the code before, the guard passes on both."""

from __future__ import annotations

from typing import Any

from conftest import claims, incident_of, statuses

PUBLISHED = "2025-06-10"
OPENING = "A faulty upgrade knocked out the app at Tarrow Bank on Monday.\n\n"


def test_a_later_clauses_expected_pronoun_is_the_service_named_before(extract: Any) -> None:
    bank = incident_of(
        extract(
            OPENING + "The app was still down on Tuesday, and the bank expects it to return "
            "on Wednesday.",
            published=PUBLISHED,
        ),
        "Tarrow Bank",
    )
    assert statuses(bank) == {"mobile_app": "restoration_expected"}
    assert ("mobile_app", "restoration_expected") in claims(bank)


def test_a_pronoun_expected_to_do_something_else_tells_no_return(extract: Any) -> None:
    bank = incident_of(
        extract(
            OPENING + "The app was still down on Tuesday, and the bank expects it to cost "
            "millions.",
            published=PUBLISHED,
        ),
        "Tarrow Bank",
    )
    assert statuses(bank) == {"mobile_app": "disrupted"}
