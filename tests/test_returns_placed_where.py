"""A return placed where it came back is a return (issue 13, restoration claims): "Card
payments came back in all stores on Saturday", "came back in most regions" (partly), "came
back in its Irish branches"; not "came back in March" (a time), nor people who "came back in
droves". Every article here is written for these tests; the guards passed on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import claims, incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-03-10"


def test_came_back_in_every_store_is_a_return(extract: Extract) -> None:
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies was hit by a ransomware attack on Thursday, and card "
            "payments stopped working at its 30 shops. Card payments came back in all shops "
            "on Saturday, the company said.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert statuses(incident)["card_payments"] == "restored"
    assert ("card_payments", "restored") in claims(incident)


def test_came_back_in_most_regions_is_a_partial_return(extract: Extract) -> None:
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies was hit by a ransomware attack on Thursday that halted "
            "home deliveries. Deliveries came back in most regions on Monday, the company "
            "said.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert statuses(incident)["home_delivery"] == "partially_restored"


def test_a_time_after_came_back_in_is_no_return_now(extract: Extract) -> None:
    """Guard: "came back in March" is a time: the app failed again and is down now."""
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies' app has been down since Friday after a cyber attack. It "
            "is the second outage this year: the app came back in January after a fault.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    # the return in January is still one of its time (read by the dated-return pattern);
    # what holds now is the failure since Friday
    assert statuses(incident)["mobile_app"] != "restored"


def test_a_count_of_places_it_came_back_in_is_a_partial_return(extract: Extract) -> None:
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies was hit by a ransomware attack on Thursday, and card "
            "payments stopped working at its 30 shops. Card payments came back in 12 of its "
            "30 shops on Saturday, the company said.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert ("card_payments", "partially_restored") in claims(incident)


def test_attackers_who_came_back_in_bring_nothing_back(extract: Extract) -> None:
    """Guard: the attackers' return is theirs, no return of the systems."""
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies said a ransomware attack on Thursday took its internal "
            "systems offline. Investigators found the attackers had come back in its network "
            "twice since then.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert statuses(incident)["internal_systems"] != "restored"


def test_people_who_came_back_in_droves_bring_nothing_back(extract: Extract) -> None:
    """Guard: customers coming back is no return of a service."""
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies has been unable to take online orders since a cyber "
            "attack on Wednesday. Its shops stayed open, and customers came back in droves "
            "at the weekend, the company said.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert statuses(incident)["online_orders"] != "restored"
    assert all(status != "restored" for _, status in claims(incident))


def test_the_rest_told_down_by_a_pronoun_is_the_partial_returns_scope(extract: Extract) -> None:
    """ "came back in its Irish shops, but it remains down elsewhere": the pronoun that tells
    the rest still down is inside the return's scope, no failure of its own."""
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies could not dispense prescriptions at any of its 30 shops "
            "last week after an IT failure knocked out its pharmacy system.\n\n"
            "The pharmacy service is back in its Irish shops, but it remains down in its "
            "English ones, the company said on Monday.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert statuses(incident)["pharmacy"] == "partially_restored"


def test_a_return_in_stages_is_no_count_of_places(extract: Extract) -> None:
    """Guard: "came back in 2 stages" counts no places, so it is read as no whole return (the
    contract calls a return in stages partial; neither pattern reads it so yet)."""
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies said a cyber attack on Thursday took its systems offline. "
            "Its systems came back in 2 stages over the weekend.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert statuses(incident)["internal_systems"] != "restored"


def test_systems_the_attackers_encrypted_that_came_back_are_back(extract: Extract) -> None:
    """Guard: the agent of a participle is no subject of the return."""
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies said a ransomware attack on Thursday took its systems "
            "offline. The systems encrypted by the hackers came back online on Saturday.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert statuses(incident)["internal_systems"] == "restored"


def test_came_back_in_a_number_of_places_is_a_return(extract: Extract) -> None:
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies said a cyber attack on Thursday stopped card payments at "
            "its shops. Card payments came back in 40 shops on Saturday.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert ("card_payments", "restored") in claims(incident)


def test_the_attackers_involved_lose_nothing_of_the_victims(extract: Extract) -> None:
    """Guard: an attacker noun with a participle after it is still the subject."""
    incident = incident_of(
        extract(
            "Stallbridge Pharmacies said a cyber attack on Thursday took its email system "
            "offline. The hackers involved lost access to its email system on Saturday.",
            published=PUBLISHED,
        ),
        "Stallbridge Pharmacies",
    )
    assert statuses(incident)["internal_systems"] != "disrupted"
