"""Counter-examples from the second style review of round 58 (6d03dc0..ca345bb), each written
by the reviewer and run on both ends: nine of the ten fail on ca345bb (the unsecured server
passes there under a headline, which the reviewer ran without, and guards the new pattern
that reads it now). They keep the mend
from overreaching: the business's own account, names that only begin like a platform's
product, a date after a verb of saying, a relative clause's verb, data left on an unsecured
server, an email blunder, an 'It' that stands for no file, and a part named by place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses
from incident_extract.lexicon import load_rules
from incident_extract.organizations.filters import name_rejection

Extract = Callable[..., dict[str, Any]]
PUBLISHED = "2025-06-12"  # a Thursday


def test_the_companys_own_email_account_is_its_system(extract: Extract) -> None:
    record = extract(
        "Tessmoor Foods email accounts\n\nTessmoor Foods said hackers had taken over the "
        "company's email account on Monday and used it to send fake invoices to its customers.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Tessmoor Foods"))["internal_systems"] == "compromised"


@pytest.mark.parametrize("name", ["Windows Plus Ltd", "Windows Direct", "Ankr Protocol"])
def test_names_that_begin_or_end_like_a_product_stay_names(name: str) -> None:
    assert name_rejection(name, load_rules().victims) is None


def test_a_day_after_a_verb_of_saying_is_still_to_come(extract: Extract) -> None:
    record = extract(
        "Dunmere Stores website crash\n\nDunmere Stores said its website crashed on Tuesday "
        "after a software update. The retailer said Friday's relaunch of the website is "
        "expected to go ahead as planned.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Dunmere Stores"))["website"] == "restoration_expected"


def test_a_relative_clauses_verb_does_not_date_a_fronted_day(extract: Extract) -> None:
    record = extract(
        "Dunmere Stores shops closed\n\nDunmere Stores closed its shops on Tuesday after an IT "
        "failure. On Monday shops that closed will reopen, the retailer said.",
        published=PUBLISHED,
    )
    starts = [
        d["value"]
        for d in incident_of(record, "Dunmere Stores")["dates"]
        if d["role"] == "incident_start"
    ]
    assert starts == ["2025-06-10"]


def test_data_left_on_an_unsecured_server_was_let_out(extract: Extract) -> None:
    record = extract(
        "Dunmere Stores customer data left exposed\n\nDunmere Stores said the names and "
        "addresses of 12,000 customers were left on an unsecured server for three weeks "
        "before a researcher found them.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Dunmere Stores"))["customer_data"] == "compromised"


def test_an_email_blunder_is_a_data_breach(extract: Extract) -> None:
    record = extract(
        "Gym chain says sorry\n\nTessmoor Leisure has apologised after an email blunder "
        "revealed the home addresses of its gym members. The addresses were sent to 3,000 "
        "members in error last week.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Tessmoor Leisure")["incident_types"] == ["data_breach"]


def test_it_after_no_file_lists_nothing_taken(extract: Extract) -> None:
    record = extract(
        "Tessmoor Foods annual report\n\nTessmoor Foods published its annual report on Monday. "
        "It listed the names of its ten directors. On Wednesday hackers stole a file from "
        "Tessmoor Foods' web server.",
        published=PUBLISHED,
    )
    incident = incident_of(record, "Tessmoor Foods")
    assert incident["data_compromised"] is not True
    assert "customer_data" not in statuses(incident)


def test_a_part_named_by_place_leaves_the_rest_to_come(extract: Extract) -> None:
    record = extract(
        "Dunmere Stores shops\n\nDunmere Stores closed its shops on Monday after an IT "
        "failure. Its shops in Kent reopened on Wednesday, and the rest will follow next week, "
        "the retailer said.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Dunmere Stores"))["stores"] == "partially_restored"
