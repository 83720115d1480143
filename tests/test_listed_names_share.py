"""What a sentence tells of names listed together belongs to every name in the list: a
determiner before the last name ("A, B and the C") still lists it, and data told taken
before the list ("stole staff data from A and the B") is each one's. An apposition after a
name ("A, the airport's largest carrier,") lists no one. A name listed between two companies is
one, whatever the model took it for. Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

LEAD = (
    "Tansley Foods said on Tuesday that hackers had stolen the bank details of 2,000 of its "
    "staff from its payroll provider."
)


@pytest.mark.parametrize(
    ("background", "listed"),
    [
        (
            "Ferriby Airways, Ockenden Pharmacy and the Swaleby Broadcasting Corporation have all "
            "confirmed that staff data was taken through the same provider.",
            ["Ferriby Airways", "Ockenden Pharmacy", "Swaleby Broadcasting Corporation"],
        ),
        (
            "Last year, criminals stole staff data from Ferriby Air and the Swaleby "
            "Broadcasting Corporation through their payroll provider.",
            ["Ferriby Air", "Swaleby Broadcasting Corporation"],
        ),
    ],
)
def test_data_told_of_listed_names_is_each_ones(
    extract: Any, background: str, listed: list[str]
) -> None:
    record = extract(f"{LEAD} {background}", published="2025-06-03")
    for name in listed:
        incident = incident_of(record, name)
        assert incident["data_compromised"] is True, name
        assert statuses(incident).get("employee_data") == "compromised", name


def test_an_apposition_after_a_name_lists_no_one(extract: Any) -> None:
    record = extract(
        "Ockenden Airport said a ransomware attack had knocked out its flight information "
        "boards on Monday. Check-in is handled on the airlines' own systems, and Ferriby Air, "
        "the airport's largest carrier, said its systems were not affected.",
        published="2025-06-03",
    )
    airport = statuses(incident_of(record, "Ockenden Airport"))
    assert airport.get("internal_systems") != "unaffected"


def test_a_comma_and_a_conjunction_after_a_lone_name_open_another_clause(extract: Any) -> None:
    # "A, and B and C said ...": B and C speak in a clause of their own, no members of the list
    record = extract(
        "Local news\n\nCriminals stole customer data from Ockenden Insurance, and Ferriby Bank "
        "and Swaleby Mutual said on Monday they were checking their own systems.",
        published="2025-06-03",
    )
    for name in ("Ferriby Bank", "Swaleby Mutual"):
        incidents = [i for i in record["incidents"] if i["organization"]["name"] == name]
        assert not incidents or incidents[0]["data_compromised"] is not True, name


@pytest.mark.parametrize("last", ["Bahnwerk Rail", "Germany's Bahnwerk Rail"])
def test_a_name_listed_between_companies_is_one_whatever_the_model_took_it_for(
    extract: Any, last: str
) -> None:
    # the model tags "Hexmail" a place; between two companies in one list it is a company,
    # and a place's possessive before the last one still lists it
    record = extract(
        "Local news\n\nRansomware hit hospitals on Friday. Corvida Telecom, Hexmail and "
        f"{last} were among the organisations hit.",
        published="2025-06-03",
    )
    found = {i["organization"]["name"] for i in record["incidents"]}
    assert {"Corvida Telecom", "Hexmail", "Bahnwerk Rail"} <= found
