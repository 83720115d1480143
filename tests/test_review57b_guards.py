"""Guards from the review of 05f514a..c7f1e86: each sentence is the reviewer's or mine, written
for this file, and each test failed on c7f1e86.

"and" joins only mentions of data under one "no" ("paid no ransom and its systems were
restored" denies no return); an owner listed before a data phrase is a singular modifier, not
a verb's object in an earlier clause, and a two-word staff noun is staff; progress limits a
return only when it is progress in doing something, and slight progress is no return;
"staff numbers" is a headcount, not data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-05-03"
SHUTDOWN = (
    "Ransomware hits Pendower Freight\n\n"
    "Pendower Freight said a ransomware attack forced it to shut down its IT systems on "
    "Monday. "
)
BREACH = "Data theft at Pendower Freight\n\nPendower Freight said hackers got in on Monday. "


def services(record: dict[str, Any]) -> dict[str, str]:
    return statuses(incident_of(record, "Pendower Freight"))


@pytest.mark.parametrize(
    ("told", "service", "status"),
    [
        pytest.param(
            "The haulier paid no ransom and its systems were restored from backups on Thursday.",
            "internal_systems",
            "restored",
            id="no-ransom-and-restored",
        ),
        pytest.param(
            "There was no warning and its website went offline within minutes.",
            "website",
            "disrupted",
            id="no-warning-and-down",
        ),
        pytest.param(
            "It said it had received no ransom demand and customer data had been stolen.",
            "customer_data",
            "compromised",
            id="no-demand-and-stolen",
        ),
    ],
)
def test_a_no_before_and_denies_only_its_own_noun(
    extract: Extract, told: str, service: str, status: str
) -> None:
    assert services(extract(SHUTDOWN + told, PUBLISHED)).get(service) == status


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "The haulier apologised to customers and employee records were stolen, it said.",
            id="object-before-and",
        ),
        pytest.param(
            "The outage frustrated shoppers and staff records were also stolen.",
            id="plural-object",
        ),
    ],
)
def test_a_verbs_object_before_and_owns_no_data(extract: Extract, told: str) -> None:
    found = services(extract(BREACH + told, PUBLISHED))
    assert found.get("employee_data") == "compromised"
    assert "customer_data" not in found


def test_a_two_word_staff_noun_is_staff(extract: Extract) -> None:
    record = extract(BREACH + "No staff member or pupil data was accessed, it said.", PUBLISHED)
    mentions = {
        service["mention"]
        for service in incident_of(record, "Pendower Freight")["services"]
        if service["service"] == "customer_data"
    }
    assert "member" not in mentions


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Its IT systems were fully restored on Thursday, marking progress towards normal "
            "trading.",
            id="progress-towards-a-state",
        ),
        pytest.param(
            "Police said they were making progress with the investigation and its IT systems "
            "were fully restored on Thursday.",
            id="progress-with-another-matter",
        ),
        pytest.param(
            "After days of little progress its IT systems were fully restored on Friday.",
            id="little-progress-then-back",
        ),
    ],
)
def test_progress_of_another_kind_limits_no_return(extract: Extract, told: str) -> None:
    assert services(extract(SHUTDOWN + told, PUBLISHED)).get("internal_systems") == "restored"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "On Thursday it said it had not made much progress in restoring its systems.",
            id="not-much",
        ),
        pytest.param(
            "Customers criticised the lack of progress in restoring its IT systems.",
            id="lack-of",
        ),
    ],
)
def test_slight_progress_is_no_return(extract: Extract, told: str) -> None:
    assert services(extract(SHUTDOWN + told, PUBLISHED)).get("internal_systems") not in {
        "restored",
        "partially_restored",
    }


def test_staff_numbers_are_a_headcount(extract: Extract) -> None:
    record = extract(
        BREACH + "The company said staff numbers at its depots were affected by the closures.",
        PUBLISHED,
    )
    assert "employee_data" not in services(record)
