"""An organisation that falls back on manual means (pen and paper, paper records, manual
processes) because its systems are down was hit: the verb of falling back ('switched to',
'reverted to', 'fell back on', 'is relying on') ties its subject as a word of trouble would,
and the manual means is its internal systems disrupted. A fallback is never a return: 'fell
back on paper' brings nothing back, nor does a return told beside the manual means ('resumed
deliveries using manual processes'). A change to IT systems that 'went wrong' is an IT
failure. Articles invented for these tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses

PROVIDER = (
    "Booking software supplier hit by ransomware\n\n"
    "Thrintoft Systems, which makes booking software for vets and dentists, said on Tuesday "
    "that a ransomware attack had taken its platform offline.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "client"),
    [
        ("Eppleby Vets said its surgeries had switched to pen and paper.", "Eppleby Vets"),
        ("Hawnby Dental said its practices had reverted to paper records.", "Hawnby Dental"),
        (
            "Winsford Animal Hospital said it was relying on manual processes to book "
            "appointments.",
            "Winsford Animal Hospital",
        ),
    ],
)
def test_a_client_falling_back_on_manual_means_was_hit(
    extract: Any, sentence: str, client: str
) -> None:
    record = extract(PROVIDER + sentence, published="2025-09-17")
    incident = incident_of(record, client)
    assert incident["role"] == "related"
    assert "third_party" in incident["incident_types"]
    assert statuses(incident).get("internal_systems") == "disrupted", incident["services"]


def test_falling_back_brings_nothing_back(extract: Any) -> None:
    text = (
        "Library service on paper after cyber attack\n\n"
        "Ashby Wolds Library Service has fallen back on paper forms since a cyber attack on its "
        "network on Friday, the council that runs it said.\n\n"
        "Books can still be borrowed, but the online catalogue is unavailable."
    )
    record = extract(text, published="2025-03-04")
    incident = incident_of(record, "Ashby Wolds Library Service")
    assert not incident["restoration_claims"]
    assert "restored" not in statuses(incident).values(), incident["services"]
    assert statuses(incident).get("internal_systems") == "disrupted", incident["services"]


def test_a_return_by_manual_means_restores_no_manual_means(extract: Any) -> None:
    """Guard: the shipments came back, done by hand; the manual processes did not."""
    text = (
        "Wholesaler restarts deliveries after ransomware\n\n"
        "Grimsthorpe Wholesale said on Thursday that a ransomware attack had shut down its "
        "warehouse systems.\n\n"
        "Its depot in Lincoln resumed deliveries on Monday using manual processes, the company "
        "said."
    )
    incident = incident_of(extract(text, published="2025-05-09"), "Grimsthorpe Wholesale")
    assert statuses(incident).get("internal_systems") not in {"restored", "partially_restored"}
    assert all(c["service"] != "internal_systems" for c in incident["restoration_claims"])


def test_working_on_paper_by_choice_is_no_incident(extract: Any) -> None:
    """Guard: a fallback verb with no trouble in the story."""
    text = (
        "The village shop that never went digital\n\n"
        "Tilly Marsh opened the Carperby Stores in 1998 and has kept its accounts in pen and "
        "paper ever since.\n\n"
        "She said she had switched to paper order books years ago because she liked them."
    )
    assert not extract(text, published="2025-02-11")["incidents"]


def test_a_change_that_went_wrong_is_an_it_failure(extract: Any) -> None:
    text = (
        "Builders' merchant on paper after upgrade\n\n"
        "Stainby Builders Merchants has been relying on manual workarounds for four days after "
        "an upgrade to its stock system went wrong, the company said on Friday."
    )
    incident = incident_of(extract(text, published="2025-08-22"), "Stainby Builders Merchants")
    assert incident["incident_types"] == ["technical_outage"]


def test_what_went_wrong_names_no_failure(extract: Any) -> None:
    """Guard: an account asked for, no change that failed."""
    text = (
        "Council promises review\n\n"
        "Kirkby Fleetham Council said it would publish an honest account of what went wrong "
        "with its new parking scheme, which residents say is confusing."
    )
    assert "Kirkby Fleetham Council" not in names(extract(text, published="2025-08-22"))


ATTACK_LEDE = (
    "Grocer's tills down after ransomware\n\n"
    "Ridgemoor Foods was hit by a ransomware attack on Monday that shut its tills in all 60 "
    "stores.\n\n"
)


def test_paper_goods_and_billing_are_no_fallback(extract: Any) -> None:
    """Guard (review of round 63): a move to paper bags, billing or maps is no system down."""
    text = ATTACK_LEDE + (
        "Rival grocer Skipwith Market has switched to paper bags in its stores. Separately, "
        "Caldbeck Council said it was moving to paper-free billing. Walkers said they were "
        "relying on paper maps. Wasdale Walking Tours said its guides were relying on paper maps."
    )
    found = names(extract(text, published="2025-05-10"))
    assert not {"Skipwith Market", "Caldbeck Council", "Wasdale Walking Tours"} & set(found), found


def test_working_on_paper_as_a_habit_is_no_fallback(extract: Any) -> None:
    """Guard (review of round 63): a practice that always worked on paper was not hit, and a
    habit told of another gives the victim no fallback."""
    text = (
        "Surgery's booking system down\n\n"
        "Seathwaite Surgery said a cyber attack had shut its booking system. Dacre Opticians "
        "said it had always relied on paper records and was not affected. Unlike Seathwaite, "
        "Askham Health Centre still runs on paper records."
    )
    record = extract(text, published="2025-05-10")
    assert "Dacre Opticians" not in names(record)
    incident = incident_of(record, "Seathwaite Surgery")
    assert "internal_systems" not in statuses(incident), incident["services"]


def test_a_business_move_that_went_wrong_is_no_it_failure(extract: Any) -> None:
    """Guard (review of round 63): 'move' and 'change' name no change to IT systems."""
    text = (
        "New boss for grocer\n\n"
        "Bampton Stores has named a new chief executive after a difficult year. Analysts said "
        "the retailer's move into convenience stores went wrong because of high rents."
    )
    assert not extract(text, published="2025-05-10")["incidents"]


def test_working_on_paper_in_the_present_simple_is_a_habit(extract: Any) -> None:
    """Guard (second review of round 63): 'uses paper records' tells a practice, not a
    system down; 'are still using paper records' a week on still tells the fallback."""
    habit = (
        "Surgery hit by cyber attack\n\n"
        "Howgill Surgery said a cyber attack had shut its booking system on Monday. Lunesdale "
        "Opticians uses paper records for all of its patients and said it had not been affected."
    )
    assert "Lunesdale Opticians" not in names(extract(habit, published="2025-05-10"))
    lasting = (
        "Hospital hit by ransomware\n\n"
        "Cautley Hospital was hit by a ransomware attack on Monday. A week on, staff are still "
        "using paper records on the wards, the hospital said."
    )
    incident = incident_of(extract(lasting, published="2025-05-10"), "Cautley Hospital")
    assert statuses(incident).get("internal_systems") == "disrupted", incident["services"]


def test_a_change_to_it_systems_that_went_wrong_is_an_it_failure(extract: Any) -> None:
    text = (
        "Bank app down\n\n"
        "Customers of Deepdale Bank could not log in on Friday. The bank said a change to its IT "
        "systems went wrong overnight."
    )
    incident = incident_of(extract(text, published="2025-05-10"), "Deepdale Bank")
    assert "technical_outage" in incident["incident_types"]
