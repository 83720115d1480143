"""Guards from the review of round 67 (b759852..c7be029): each sentence below misfired on the
reviewed code; the statuses, victims and claims they must give are pinned."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import claims, incident_of, names, statuses

PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    "answerer",
    [
        "The Information Commissioner's Office is involved.",
        "The council said the National Crime Agency was involved.",
    ],
)
def test_a_body_involved_in_the_response_is_no_victim(extract: Any, answerer: str) -> None:
    record = extract(
        "Hartfield Council hit by cyber attack\n\n"
        "Hartfield Council said a cyber attack hit its systems on Monday. " + answerer,
        published=PUBLISHED,
    )
    assert names(record) == ["Hartfield Council"]
    assert record["incidents"][0]["data_compromised"] is None


@pytest.mark.parametrize(
    "report",
    [
        "Harlow Foods said its own tills were working normally, but that Brightwell Stores had "
        "been hit by the outage.",
        "Harlow Foods said its stores were open as usual, but that other retailers had "
        "reported problems with card payments.",
        "Harlow Foods said its stores were open as normal, but that it might have to close "
        "some if the outage continued.",
    ],
)
def test_a_contrast_about_others_or_a_possibility_ties_no_client(extract: Any, report: str) -> None:
    record = extract(
        "Card payment provider Payvane suffered an outage on Monday. " + report,
        published=PUBLISHED,
    )
    assert "Harlow Foods" not in names(record)


@pytest.mark.parametrize(
    "told",
    [
        "A ransomware attack crippled Ireland's health service in 2021, and Britain's was hit "
        "by WannaCry in 2017.",
        "Hackers stole the data of 200 customers of Harlow Foods, including Mr Patel's, on Monday.",
    ],
)
def test_a_place_or_person_in_an_elliptical_possessive_is_no_business(
    extract: Any, told: str
) -> None:
    found = names(extract(told, published=PUBLISHED))
    assert "Britain" not in found and "Patel" not in found


def test_services_disrupted_by_the_attack_that_returned_are_a_claim(extract: Any) -> None:
    record = extract(
        "Harlow Foods said a cyber attack hit its tills on Monday. Services disrupted by the "
        "attack have now returned.",
        published=PUBLISHED,
    )
    assert (None, "restored") in claims(incident_of(record, "Harlow Foods"))


@pytest.mark.parametrize(
    "told",
    ["It did not say which shops had been closed.", "Customers were told which stores were shut."],
)
def test_which_before_a_noun_of_outlets_is_no_verb(extract: Any, told: str) -> None:
    record = extract(
        "Harlow Foods said a cyber attack hit its systems on Monday. " + told,
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Harlow Foods")).get("stores") == "suspended"


def test_data_in_an_it_things_clause_is_still_taken(extract: Any) -> None:
    record = extract(
        "Harlow Foods said hackers gained access to a database that stores customers' "
        "personal details.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Harlow Foods")["data_compromised"] is True


@pytest.mark.parametrize(
    ("told", "service", "status"),
    [
        (
            "A faulty upgrade knocked out the systems of Harlow Bank on Monday. Staff were "
            "sent home because systems were down, and the bank expects them to return on "
            "Wednesday.",
            "internal_systems",
            "disrupted",
        ),
        (
            "A faulty upgrade knocked out the app at Harlow Bank on Monday. Harlow Bank's app "
            "was down on Tuesday, and investors expect it to recover from the setback quickly.",
            "mobile_app",
            "disrupted",
        ),
    ],
)
def test_an_expected_pronoun_for_people_or_an_outsiders_hope_is_no_return(
    extract: Any, told: str, service: str, status: str
) -> None:
    bank = incident_of(extract(told, published=PUBLISHED), "Harlow Bank")
    assert statuses(bank).get(service) == status


def test_opening_hours_as_late_as_are_no_lateness(extract: Any) -> None:
    record = extract(
        "A ransomware attack hit the pharmacy chain Kelby on Monday. Its pharmacies will run "
        "as late as 10pm this week to help customers.",
        published=PUBLISHED,
    )
    assert "pharmacy" not in statuses(incident_of(record, "Kelby"))


def test_a_pause_ended_by_a_return_and_a_crash_is_a_failure(extract: Any) -> None:
    record = extract(
        "Harlow Council said a cyber attack hit its systems on Monday and its systems are back "
        "online. Its email was taken offline as a precaution on Monday, but it crashed again "
        "after it was switched back on and is still down.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Harlow Council")).get("internal_systems") == "disrupted"


# From the review of the mends (c7be029..e0ffa08)


@pytest.mark.parametrize(
    "report",
    [
        "Harlow Foods said its stores were open as usual, but that it could not take card "
        "payments.",
        "Harlow Foods said its stores were open as usual, but that the outage had stopped "
        "card payments at its tills.",
    ],
)
def test_a_clients_own_trouble_after_a_contrast_ties_it(extract: Any, report: str) -> None:
    record = extract(
        "Card payment provider Payvane suffered an outage on Monday. " + report,
        published=PUBLISHED,
    )
    assert incident_of(record, "Harlow Foods")["role"] == "related"


def test_a_contrast_placing_trouble_at_rivals_ties_no_client(extract: Any) -> None:
    record = extract(
        "Card payment provider Payvane suffered an outage on Monday. Harlow Foods said its "
        "stores were open as usual, but that card payments were down at its rivals.",
        published=PUBLISHED,
    )
    assert names(record) == ["Payvane"]


@pytest.mark.parametrize(
    ("told", "data"),
    [
        (
            "The council said it was protecting residents' data and that officers from the "
            "National Crime Agency were involved.",
            None,
        ),
        ("Personal data of roughly 3,000 residents was involved.", True),
    ],
)
def test_involved_reads_the_data_noun_phrase_only(
    extract: Any, told: str, data: bool | None
) -> None:
    record = extract(
        "Hartfield Council said a cyber attack hit its systems on Monday. " + told,
        published=PUBLISHED,
    )
    assert names(record) == ["Hartfield Council"]
    assert record["incidents"][0]["data_compromised"] is data


@pytest.mark.parametrize(
    "told",
    ["On Tuesday the problem came back.", "Staff said the problem came back on Tuesday."],
)
def test_a_trouble_heading_its_clause_after_a_date_or_speaker_recurred(
    extract: Any, told: str
) -> None:
    record = extract(
        "Harlow Foods said an IT glitch knocked out its tills on Monday. " + told,
        published=PUBLISHED,
    )
    assert claims(incident_of(record, "Harlow Foods")) == []


@pytest.mark.parametrize(
    "later",
    [
        "and the bank said it now expects it to return on Wednesday.",
        "and the bank is expecting it to return on Wednesday.",
    ],
)
def test_an_expecter_past_its_adverbs_and_auxiliaries_is_the_bank(extract: Any, later: str) -> None:
    record = extract(
        "A faulty upgrade knocked out the app at Tarrow Bank on Monday. The app was still "
        "down on Tuesday, " + later,
        published="2025-06-10",
    )
    bank = incident_of(record, "Tarrow Bank")
    assert statuses(bank) == {"mobile_app": "restoration_expected"}


def test_data_kept_for_others_by_the_company_after_a_comma_is_its_trade(extract: Any) -> None:
    record = extract(
        "Harbor Cloud said a ransomware attack hit the company, which stores data for 200 "
        "law firms, on Monday.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Harbor Cloud")["data_compromised"] is None
