"""What a sentence of return tells of the service it names (issue 13, statuses and claims).
Systems named by what they do ('its finance systems') are internal systems, where 'its
systems' alone are the estate in general; a return held back by a failure or an inability
('failed to restart', 'were unable to restore') did not happen; a word of part after "and"
that opens a clause of its own limits that clause, not the return before it; and a state word
inside the mention's noun phrase after a word of part ('90 per cent of affected servers') is
what the servers were, the predicate after it what they are. A dealing verb after a modal or an
adverb is a verb whatever the tagger reads ('could once again book rooms online'): online
orders. A return after
'but' or 'and' with no subject of its own, past a verb group of any length ('were down for a
week, but have since been fully restored'), speaks of the services of the clause before. What
an organisation is to have or get back in or before a time to come ('hopes to have the web
shop back in the next few days', 'before the end of the month') is an expected return, where
'got its website back in 2019' is past. Every sentence here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import claim_pairs

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

NAME = "Quarrington Freight"
LEAD = (
    "Quarrington Freight hit by cyber attack\n\n"
    "Quarrington Freight said on Monday that a cyber attack had disrupted its systems. "
)


def _claims(extract: Extract, sentence: str) -> list[tuple[Any, Any]]:
    return claim_pairs(incident_of(extract(LEAD + sentence, "2025-09-12"), NAME))


def _statuses(extract: Extract, sentence: str) -> dict[str, str]:
    return statuses(incident_of(extract(LEAD + sentence, "2025-09-12"), NAME))


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The company said it expected its accounts systems to be back in operation by the "
            "end of next week.",
            "restoration_expected",
        ),
        ("Its finance systems were fully restored on Thursday.", "restored"),
        ("Some of its invoicing systems have since been brought back.", "partially_restored"),
    ],
)
def test_systems_named_by_what_they_do_are_internal_systems(
    extract: Extract, sentence: str, status: str
) -> None:
    assert ("internal_systems", status) in _claims(extract, sentence)


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Its pharmacy systems were back online at all 30 branches on Thursday.", "pharmacy"),
        ("Its check-in systems were fully restored on Thursday.", "internal_systems"),
        ("Its depot email systems were fully restored on Thursday.", "internal_systems"),
    ],
)
def test_systems_named_by_a_service_or_a_hyphened_word_are_that_service(
    extract: Extract, sentence: str, service: str
) -> None:
    claims = _claims(extract, sentence)
    assert (service, "restored") in claims
    assert (None, "restored") not in claims


def test_store_systems_are_an_internal_system(extract: Extract) -> None:
    # guard: where the systems work names no service of its own
    record = extract(LEAD + "Its store systems were not affected, the company said.", "2025-09-12")
    incident = incident_of(record, NAME)
    assert "stores" not in statuses(incident)
    assert any(
        s["service"] == "internal_systems" and s["mention"].lower() == "store systems"
        for s in incident["services"]
    )


def test_a_data_word_before_systems_makes_them_no_data(extract: Extract) -> None:
    # guard: "information systems" are systems, not the customers' information
    found = _statuses(
        extract, "It shut down its laboratory information systems on Monday as a precaution."
    )
    assert found.get("internal_systems") == "suspended"
    assert "customer_data" not in found


def test_its_systems_alone_stay_a_general_claim(extract: Extract) -> None:
    # guard: no name before the plural, the estate in general
    claims = _claims(extract, "Its systems were fully restored on Thursday.")
    assert (None, "restored") in claims
    assert ("internal_systems", "restored") not in claims


def test_checkout_systems_are_the_tills(extract: Extract) -> None:
    claims = _claims(
        extract, "Its depots reopened on Friday with their checkout systems working again."
    )
    assert ("card_payments", "restored") in claims


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Many of its servers failed to restart after the attack.", "internal_systems"),
        ("Engineers were unable to restore the website on Tuesday.", "website"),
        ("By Wednesday its tracking website had still failed to come back online.", "website"),
    ],
)
def test_a_return_held_back_by_an_inability_did_not_happen(
    extract: Extract, sentence: str, service: str
) -> None:
    assert _statuses(extract, sentence).get(service) in {"disrupted", "suspended"}
    assert all(claim[0] != service for claim in _claims(extract, sentence))


def test_a_return_only_tried_is_no_state_of_its_own(extract: Extract) -> None:
    # guard: an attempt tells the effort, no return and no trouble of its own
    sentence = "Engineers tried to restore the tracking website on Tuesday."
    assert all(claim[0] != "website" for claim in _claims(extract, sentence))
    assert _statuses(extract, sentence).get("website") != "disrupted"


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Engineers were unable to restore the tracking website until Thursday.", "website"),
        ("Staff could not reopen the stores until Friday, when all 12 traded normally.", "stores"),
    ],
)
def test_an_inability_until_a_time_is_a_return_at_that_time(
    extract: Extract, sentence: str, service: str
) -> None:
    # guard: "until" tells when the return came
    assert (service, "restored") in _claims(extract, sentence)


def test_the_affected_systems_secured_are_no_inability(extract: Extract) -> None:
    # guard: a state word before the mention holds nothing back
    claims = _claims(extract, "The company said the affected systems had been secured.")
    assert (None, "restored") in claims


@pytest.mark.parametrize(
    "sentence",
    [
        '"Our operation is back to normal and most drivers have now been paid," the company said.',
        "Its tracking website is available again and some customers have already used it to "
        "find their parcels.",
    ],
)
def test_a_part_told_in_a_later_clause_does_not_limit_the_return(
    extract: Extract, sentence: str
) -> None:
    claims = _claims(extract, sentence)
    assert any(status == "restored" for _, status in claims)
    assert not any(status == "partially_restored" for _, status in claims)


def test_a_later_clause_that_tells_part_still_down_limits_the_return(extract: Extract) -> None:
    # guard: the part after "and" is what is not back
    claims = _claims(
        extract, "Its tracking website is back online and some customers still cannot log in."
    )
    assert ("website", "partially_restored") in claims


def test_a_part_in_the_returns_own_clause_still_limits_it(extract: Extract) -> None:
    # guard: "and" joining what came back, no verb of its own after the part
    claims = _claims(
        extract, "Its tracking website is available again in most regions and some depots."
    )
    assert ("website", "partially_restored") in claims


def test_a_part_after_but_is_a_contrast_that_limits(extract: Extract) -> None:
    # guard: "but" and a part still down limit the return before it
    claims = _claims(
        extract,
        "By Wednesday 80 per cent of its servers were back online, but a number of depots "
        "were still offline on Thursday.",
    )
    assert ("internal_systems", "partially_restored") in claims


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said 80 per cent of affected servers were back online by Wednesday.",
        "The company said most affected servers were back online by Wednesday.",
    ],
)
def test_a_state_word_inside_a_part_of_the_mention_is_what_it_was(
    extract: Extract, sentence: str
) -> None:
    assert ("internal_systems", "partially_restored") in _claims(extract, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Greyholm Diagnostics said it shut down its website on Monday to contain a ransomware "
        "attack.",
        "Greyholm Diagnostics took its booking system offline on Monday to contain a cyber attack.",
    ],
)
def test_an_attack_told_inside_a_containment_is_still_told(extract: Extract, sentence: str) -> None:
    # the containment is sought on the day, no return: the day is the shutdown's
    record = extract("Laboratory firm hit\n\n" + sentence, "2025-06-04")
    incident = incident_of(record, "Greyholm Diagnostics")
    assert "cyber_attack" in incident["incident_types"]
    monday = [found["role"] for found in incident["dates"] if found["value"] == "2025-06-02"]
    assert monday and "restoration" not in monday
    assert incident["restoration_claims"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the tagger reads "book" after "once again" as a noun
        "On Thursday it said customers could once again book deliveries online.",
        "On Thursday it said customers could once again book appointments online.",
    ],
)
def test_dealing_online_again_is_an_online_orders_return(extract: Extract, sentence: str) -> None:
    assert ("online_orders", "restored") in _claims(extract, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its payroll system and phone lines were down for a week, but have since been fully "
        "restored, a spokesperson said.",
        "Its payroll system was offline on Monday and has now been completely restored.",
    ],
)
def test_a_return_with_the_subject_of_the_clause_before_it(extract: Extract, sentence: str) -> None:
    assert ("internal_systems", "restored") in _claims(extract, sentence)


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("The company said it will get the website back in a few days.", "website"),
        ("The company hopes to get the tracking app back in two weeks.", "mobile_app"),
        ("It expects to get the web shop back before the end of the month.", "online_orders"),
    ],
)
def test_having_a_service_back_in_a_time_to_come_is_expected(
    extract: Extract, sentence: str, service: str
) -> None:
    assert (service, "restoration_expected") in _claims(extract, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company got its website back in 2019 after a similar attack.",
        "The company had its website back before Christmas after an outage last year.",
        "The company, which had its website back in a few hours after an outage in 2020, said "
        "this attack was worse.",
    ],
)
def test_a_service_had_back_in_a_time_gone_by_is_no_return_now(
    extract: Extract, sentence: str
) -> None:
    # guard: only "to" or a modal before the having, and a count of days or weeks, look ahead
    assert ("website", "restored") not in _claims(extract, sentence)


def test_applying_online_is_no_online_order(extract: Extract) -> None:
    # guard: staff applying for leave deal in nothing the business sells
    record = extract(
        LEAD + "Staff could not apply for leave online while the payroll system was down.",
        "2025-09-12",
    )
    assert "online_orders" not in statuses(incident_of(record, NAME))
