"""Data the attackers published in a verb joined to their attack is compromised, as data
they published with their own subject before the verb is: 'the same gang attacked Fenwick
Savings and published sensitive member records', 'Hackers breached Ostler Bank last year and
dumped customer files online', 'attacked Pencraig Builders in January and released employee
records'. Not a verb of publishing joined to an attack in its other
sense ('The minister attacked the council's plan and published the records'). Articles
invented for these tests; the guard passes on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses

LEAD = "Bank hit by hackers\n\nHackers stole names and account numbers from Brindle Mutual.\n\n"


@pytest.mark.parametrize(
    ("told", "name"),
    [
        (
            "Earlier this year the same gang attacked Fenwick Savings and published sensitive "
            "member records.",
            "Fenwick Savings",
        ),
        (
            "Last year the group attacked Minster Public Schools and posted student records "
            "after the district refused to pay.",
            "Minster Public Schools",
        ),
        ("Hackers breached Ostler Bank last year and dumped customer files online.", "Ostler Bank"),
        (
            "A ransomware group attacked Pencraig Builders in January and released employee "
            "records when the company refused to pay.",
            "Pencraig Builders",
        ),
    ],
)
def test_data_published_after_an_attack_is_the_victims(extract: Any, told: str, name: str) -> None:
    incident = incident_of(extract(LEAD + told, published="2025-06-03"), name)
    found = statuses(incident)
    assert "compromised" in (found.get("customer_data"), found.get("employee_data")), found
    assert incident["data_compromised"] is True


def test_an_attack_in_words_publishes_no_stolen_data(extract: Any) -> None:
    text = (
        "Council row\n\n"
        "The minister attacked the Harnley Council plan and published the records on Tuesday."
    )
    assert "Harnley Council" not in names(extract(text, published="2025-06-03"))
