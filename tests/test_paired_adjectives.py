"""Two adjectives joined by 'or' or 'and' are one predicate ('its website had been slow or
unavailable'), no second clause: the failure the second tells is the service's, told in the
service's own clause, where a status before the conjunction still tells one of its own ('was
down on Monday and back online on Tuesday'), and a conjunction opening the article ('And
finally') pairs nothing. A service 'unresponsive' is failing, as one 'not responding' is; one
called 'unreliable' is judged, no failure. Articles invented for these tests; the case of a
status before the conjunction, the judgement and the opening 'And' pass on the code before
and guard the reading."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, start_values, statuses


@pytest.mark.parametrize(
    ("told", "org", "service"),
    [
        (
            "Quendon Council said its website had been slow or unavailable for about two hours "
            "on Tuesday morning.",
            "Quendon Council",
            "website",
        ),
        (
            "Faxby Energy said its app had been slow and unavailable for most of Tuesday.",
            "Faxby Energy",
            "mobile_app",
        ),
    ],
)
def test_a_failure_paired_with_another_adjective_is_the_services(
    extract: Any, told: str, org: str, service: str
) -> None:
    record = extract("Local news\n\n" + told, published="2025-02-14")
    incident = incident_of(record, org)
    assert statuses(incident).get(service) == "disrupted", incident["services"]
    assert start_values(incident) == ["2025-02-11"], incident["dates"]


def test_a_status_before_the_conjunction_tells_one_of_its_own(extract: Any) -> None:
    told = (
        "Quendon Council said its website was down on Monday and back online on Tuesday after "
        "a cyber attack."
    )
    record = extract("Local news\n\n" + told, published="2025-02-14")
    incident = incident_of(record, "Quendon Council")
    assert statuses(incident).get("website") == "restored", incident["services"]


def test_an_unresponsive_service_is_failing(extract: Any) -> None:
    told = "Faxby Energy said its app had been slow and unresponsive for most of Tuesday."
    record = extract("Local news\n\n" + told, published="2025-02-14")
    incident = incident_of(record, "Faxby Energy")
    assert statuses(incident).get("mobile_app") == "disrupted", incident["services"]


def test_an_unreliable_service_is_a_judgement_no_failure(extract: Any) -> None:
    told = "Critics said Quendon Council's new website was unreliable and hard to use."
    record = extract("Local news\n\n" + told, published="2025-02-14")
    assert record["incidents"] == [], [i["organization"]["name"] for i in record["incidents"]]


def test_a_conjunction_opening_the_article_is_read(extract: Any) -> None:
    record = extract(
        "And finally\n\nQuendon Council said its website was down on Tuesday.",
        published="2025-02-14",
    )
    incident_of(record, "Quendon Council")
