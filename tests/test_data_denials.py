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


def test_a_database_down_is_no_data_taken(extract: Any) -> None:
    """Guard (review of round 63): a store of people's data knocked out is a system down."""
    text = (
        "Clinic back after power cut\n\n"
        "Tebay Clinic said a power cut had knocked out its patient database on Monday, and that "
        "the system was restored by the evening."
    )
    incident = incident_of(extract(text, published="2025-10-08"), "Tebay Clinic")
    assert incident["data_compromised"] is not True


def test_staff_locked_out_deny_no_theft(extract: Any) -> None:
    """Guard (review of round 63): no one of its own having access is a lockout, no denial."""
    text = (
        "Building society hit by ransomware\n\n"
        "A ransomware attack hit Sedbergh Building Society on Monday. Nobody in the branches had "
        "access to customer records until Wednesday, so savers could not withdraw cash."
    )
    incident = incident_of(extract(text, published="2025-10-08"), "Sedbergh Building Society")
    assert incident["data_compromised"] is not False


def test_data_its_own_people_downloaded_was_not_taken(extract: Any) -> None:
    """Guard (review of round 63): a copy made by its engineers or to its own backup."""
    for moved in (
        "Customer details were downloaded from the shop's database by engineers as a "
        "precaution before the repair.",
        "Customers' records had been downloaded from the old server to a secure backup before "
        "the fault, the company said.",
    ):
        text = (
            "Online shop back after fault\n\n"
            "Dunsforth Opticians said a technical fault had stopped its online shop for a day. "
            + moved
        )
        incident = incident_of(extract(text, published="2025-10-08"), "Dunsforth Opticians")
        assert incident["data_compromised"] is not True, moved


def test_data_taken_to_the_attackers_server_or_by_a_contractors_staff(extract: Any) -> None:
    """Guard (second review of round 63): the exceptions are a copy of its own and its own
    engineers, not the attackers' server nor another firm's employees."""
    for taken in (
        "Customer records had been downloaded from its network to a server controlled by the "
        "hackers, it said.",
        "Customer records were downloaded from its systems by employees of a call centre "
        "contractor and sold online.",
    ):
        text = (
            "Retailer hit by cyber attack\n\n"
            "Ravenstonedale Stores said a cyber attack had stopped its online orders. " + taken
        )
        incident = incident_of(extract(text, published="2025-10-08"), "Ravenstonedale Stores")
        assert incident["data_compromised"] is True, taken


def test_a_database_hit_by_hackers_was_taken(extract: Any) -> None:
    """Guard (second review of round 63): a database down by an attack is data reached."""
    text = (
        "Clinic hit by hackers\n\n"
        "Hackers hit the patient database of Brigsteer Clinic on Monday, the clinic said."
    )
    incident = incident_of(extract(text, published="2025-10-08"), "Brigsteer Clinic")
    assert incident["data_compromised"] is True


def test_a_lockout_outside_a_team_denies_no_theft(extract: Any) -> None:
    """Guard (second review of round 63): 'no one outside the IT team' is its own people."""
    text = (
        "Building society hit by ransomware\n\n"
        "A ransomware attack hit Underbarrow Building Society on Monday. For three days no one "
        "outside the IT team had access to customer records, so savers could not withdraw cash."
    )
    incident = incident_of(extract(text, published="2025-10-08"), "Underbarrow Building Society")
    assert incident["data_compromised"] is not False
