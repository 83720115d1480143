"""A service an exception leaves out of what its sentence tells of the rest takes the
contrary state ('Everything is working again except click and collect': it is still
down; 'All its systems went down bar the booking site': the site kept working), or
the state its own relative clause tells ('..., which will return on Friday'); what that
clause tells and dates is the excepted service's alone. 'Apart from' and 'aside from' except
only from a whole ('all', 'every', 'nothing'), and no exception is one when the service is
added to the rest ('Apart from its website, the app was also hit'). Articles invented for
these tests; each but the guards fails on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import claims, incident_of, statuses

PUBLISHED = "2025-10-08"

GROCER = (
    "Penhallow Grocers recovering after ransomware attack\n\n"
    "Penhallow Grocers, which runs 70 supermarkets in Devon and Cornwall, was hit by a "
    "ransomware attack on 29 September that took down its online shop and stopped card "
    "payments in some of its stores.\n\n"
)


def test_a_service_left_out_of_a_return_is_still_down(extract: Any) -> None:
    record = extract(
        GROCER + "On Tuesday the grocer said everything was working again except click and "
        "collect.",
        published=PUBLISHED,
    )
    grocer = incident_of(record, "Penhallow Grocers")
    assert statuses(grocer).get("click_and_collect") == "disrupted"
    assert ("click_and_collect", "restored") not in claims(grocer)


@pytest.mark.parametrize(
    ("told", "excepted"),
    [
        (
            "The online shop and the app are working normally again, save for click and "
            "collect, which the grocer has kept switched off.",
            "suspended",
        ),
        # what the excepted service's own clause dates ('on Friday') is its alone
        (
            "Its online shop and app were back up and running on Monday, with the exception "
            "of click and collect, which will return on Friday.",
            "restoration_expected",
        ),
    ],
)
def test_services_named_back_beside_an_exception_are_wholly_back(
    extract: Any, told: str, excepted: str
) -> None:
    found = statuses(incident_of(extract(GROCER + told, published=PUBLISHED), "Penhallow Grocers"))
    assert (found.get("online_orders"), found.get("mobile_app")) == ("restored", "restored")
    assert found.get("click_and_collect") == excepted


def test_a_service_left_out_of_a_failure_kept_working(extract: Any) -> None:
    record = extract(
        "Marazion Ferries hit by IT failure\n\n"
        "Marazion Ferries suffered a data centre failure on Sunday that cancelled sailings "
        "to the Scilly Isles.\n\n"
        "All of the operator's systems went down bar the booking website, which customers "
        "used to rebook.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Marazion Ferries")).get("website") == "unaffected"


def test_an_exception_that_closes_a_return_in_a_clause_of_its_own(extract: Any) -> None:
    record = extract(
        GROCER + "Card payments and the online shop were restored by the weekend, but not the app.",
        published=PUBLISHED,
    )
    found = statuses(incident_of(record, "Penhallow Grocers"))
    assert found.get("card_payments") == "restored"
    assert found.get("mobile_app") == "disrupted"


def test_data_left_out_of_a_denial_was_taken(extract: Any) -> None:
    record = extract(
        "Lostwithiel Lettings confirms cyber attack\n\n"
        "Letting agent Lostwithiel Lettings said a cyber attack on its systems last week had "
        "been contained, and that no information other than tenants' phone numbers had been "
        "stolen.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Lostwithiel Lettings")["data_compromised"] is True


def test_apart_from_without_a_whole_adds_and_excepts_nothing(extract: Any) -> None:
    # guard: 'Apart from its website' here says the website went offline too
    record = extract(
        "Tregony Building Society hit by cyber attack\n\n"
        "Tregony Building Society was hit by a cyber attack on Monday. Apart from its "
        "website, the society's mobile app was also taken offline.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Tregony Building Society")).get("website") != (
        "unaffected"
    )


def test_an_exception_of_a_time_leaves_no_service_out(extract: Any) -> None:
    # guard: the exception is of a time, and the app it names keeps the return
    record = extract(
        GROCER + "The app is working normally again, except overnight on Sundays when it "
        "is updated.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Penhallow Grocers")).get("mobile_app") == "restored"
