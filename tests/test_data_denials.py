"""A victim's denial that data was taken, in two more forms: one naming what holds the data
('no evidence that customer or patient databases had been compromised': people's databases
hold their data, as their records do), and one whose subject denies anyone had access ('nobody
outside the company had access to customers' data', 'no one had access to ...'). Articles
invented for these tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of

LEDE = (
    "Optician chain closes online shop after cyber attack\n\n"
    "Dunsforth Opticians said on Tuesday that a cyber attack had forced it to take its online "
    "shop offline.\n\n"
)


@pytest.mark.parametrize(
    "denial",
    [
        "The company said there was no evidence that its customer or patient databases had "
        "been compromised.",
        "It said no sign had been found that the member database was accessed by the attackers.",
        "The company said nobody outside the company had access to customers' data at any point.",
        "No one else had access to patients' records, a spokeswoman said.",
    ],
)
def test_a_denial_clears_the_data(extract: Any, denial: str) -> None:
    incident = incident_of(extract(LEDE + denial, published="2025-10-08"), "Dunsforth Opticians")
    assert incident["data_compromised"] is False


def test_a_database_reached_by_attackers_is_data_taken(extract: Any) -> None:
    """People's database entered is their data compromised."""
    text = LEDE + "The company said the attackers had accessed its customer database."
    incident = incident_of(extract(text, published="2025-10-08"), "Dunsforth Opticians")
    assert incident["data_compromised"] is True


def test_someone_having_access_denies_nothing(extract: Any) -> None:
    """Guard: a person who had access is no denial."""
    text = LEDE + "It said one former employee had access to customers' data until March."
    incident = incident_of(extract(text, published="2025-10-08"), "Dunsforth Opticians")
    assert incident["data_compromised"] is not False
