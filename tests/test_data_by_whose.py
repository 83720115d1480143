"""Data told by whose it is, and data out of use (issue 13, data compromised and services).

Records, details, files or information of the people an organisation serves are their data,
whoever they are and however the phrase puts them ("pupils' records", "patient records",
"guest records", "donor details", "client files", "voters' details"): taken, they are
customer_data compromised. The owners are one word list (services.json pattern_words
'data_owners'), shared by every data phrase that names its owners.

Data out of use is no data taken: a disruption over data that is the object of a noun of use
("left staff without access to customer records", "lost the use of its member files") tells no
theft, and records before a system head name the system ("its customer records system remains
offline"). A data system hackers breached reads as before. Every article here
is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

OWNED_DATA = [
    pytest.param("pupils' records", id="possessive-records"),
    pytest.param("patient records", id="modifier-records"),
    pytest.param("guest records", id="guest-records"),
    pytest.param("donor details", id="singular-owner-details"),
    pytest.param("client files", id="client-files"),
    pytest.param("taxpayers' records", id="taxpayers"),
    pytest.param("voters' details", id="voters"),
]


@pytest.mark.parametrize("data", OWNED_DATA)
def test_data_of_the_people_served_taken_is_compromised(extract: Extract, data: str) -> None:
    incident = extract(
        "Trust hacked\n\n"
        f"Hackers broke into the Tolverne Trust's network on Monday and stole {data}, the "
        "trust said on Wednesday.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("customer_data") == "compromised"
    assert incident["data_compromised"] is True


OUT_OF_USE = [
    pytest.param(
        "A software fault hit Oddington College on Monday, leaving staff without access to "
        "customer records for two days.",
        id="left-without-access",
    ),
    pytest.param(
        "Hackers hit Oddington College on Monday. Its customer records system remains offline, "
        "the college said.",
        id="records-system-offline",
    ),
]


OUT_OF_USE.append(
    pytest.param(
        "A cyber attack on Oddington College disrupted lessons and access to customer records "
        "was cut off.",
        id="access-cut-off-passive",
    )
)


@pytest.mark.parametrize("body", OUT_OF_USE)
def test_data_out_of_use_is_no_data_taken(extract: Extract, body: str) -> None:
    incident = extract("College outage\n\n" + body, "2025-05-21")["incidents"][0]
    assert statuses(incident).get("customer_data") != "compromised"
    assert incident["data_compromised"] is not True
    assert "data_breach" not in incident["incident_types"]


def test_data_taken_beside_an_outage_is_compromised(extract: Extract) -> None:
    """The theft told in a sentence of its own stands beside the data out of use."""
    incident = extract(
        "College hacked\n\n"
        "Hackers hit Oddington College on Monday, leaving staff without access to student "
        "records. The college said on Wednesday that the hackers had stolen student records.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("customer_data") == "compromised"
    assert incident["data_compromised"] is True


def test_a_breached_data_system_is_compromised(extract: Extract) -> None:
    """A guard (the old code passed it too): a data system broken into holds data taken."""
    incident = extract(
        "College hacked\n\nHackers hit Oddington College on Monday. Its customer data system "
        "was breached.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("customer_data") == "compromised"


def test_access_to_data_lost_by_staff_is_no_theft(extract: Extract) -> None:
    """A guard (the old code passed it too): a verb of loss before 'access to' over data."""
    incident = extract(
        "College hacked\n\nHackers hit Oddington College on Monday. Staff lost access to "
        "customer data for three days.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("customer_data") != "compromised"


def test_a_lost_laptop_holding_data_is_a_theft(extract: Extract) -> None:
    """A guard (the old code passed it too): 'access' inside the lost thing's description."""
    incident = extract(
        "College laptop\n\nHackers hit Oddington College on Monday. A laptop holding access "
        "codes and customer data was lost.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("customer_data") == "compromised"


NAMED_SYSTEMS = [
    pytest.param(
        "Hackers hit Oddington College on Monday. Its student records system remains offline.",
        "disrupted",
        id="records-system-offline",
    ),
    pytest.param(
        "Oddington College was hit by ransomware on Monday. The student record system was back "
        "online on Thursday, the college said.",
        "restored",
        id="record-system-back",
    ),
    pytest.param(
        "Oddington College was hit by ransomware on Monday. The student information system was "
        "back online on Thursday, the college said.",
        "restored",
        id="singular-information-system-back",
    ),
]


@pytest.mark.parametrize(("body", "status"), NAMED_SYSTEMS)
def test_records_before_a_system_name_the_system(extract: Extract, body: str, status: str) -> None:
    """'its student records system', 'the student information system': an internal system
    named by what it holds, not the data."""
    incident = extract("College systems\n\n" + body, "2025-05-21")["incidents"][0]
    assert statuses(incident).get("internal_systems") == status
    assert "customer_data" not in statuses(incident)


@pytest.mark.parametrize("holder", ["customer data systems", "customer information systems"])
def test_a_data_system_keeps_its_data_reading(extract: Extract, holder: str) -> None:
    """Guards (the old code passed them too; a review ran the second against a first version
    that read 'information' as naming the system): data before a system head is the data."""
    incident = extract(
        f"College hacked\n\nHackers hit Oddington College on Monday and accessed its {holder}.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("customer_data") == "compromised"


def test_a_trouble_verb_with_an_object_of_its_own_leaves_the_data(extract: Extract) -> None:
    """'a display fault affecting a small number of sessions': the fault hit the sessions."""
    incident = extract(
        "College portal fault\n\n"
        "A software fault hit Oddington College's student portal on Monday. The college is "
        "looking into reports of students seeing other students' records, which it called a "
        'display fault affecting "a small number" of sessions.',
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("customer_data") != "compromised"
    assert incident["data_compromised"] is not True


def test_a_trouble_verb_before_a_comma_still_reads_the_data(extract: Extract) -> None:
    """A guard against a first version: "were affected, the college said" has no object."""
    incident = extract(
        "College hacked\n\nHackers hit Oddington College on Monday. Student records were "
        "affected, the college said.",
        "2025-05-21",
    )["incidents"][0]
    assert statuses(incident).get("customer_data") == "compromised"


REVIEWED_THEFTS = [
    pytest.param(
        "In the cyber attack on Oddington College, customer data was affected last week.",
        id="a-time-after-the-verb-is-no-object",
    ),
    pytest.param(
        "Oddington College said customer records were hit Tuesday by a cyber attack.",
        id="a-bare-day-after-the-verb-is-no-object",
    ),
    pytest.param(
        "A cyber attack on Oddington College left staff without access to customer records, "
        "which the college later lost when a laptop was stolen.",
        id="a-later-loss-of-the-data-itself",
    ),
]


@pytest.mark.parametrize("body", REVIEWED_THEFTS)
def test_data_reached_by_a_trouble_of_its_own_is_compromised(extract: Extract, body: str) -> None:
    """Guards a review ran against a first version (the old code passed them): a time is no
    object of its own, and a loss verb that is not the one before 'access to' loses the data."""
    incident = extract("College data\n\n" + body, "2025-05-21")["incidents"][0]
    assert statuses(incident).get("customer_data") == "compromised"
