"""A count of a victim's people told affected, in a story that tells personal data taken,
counts those whose data was taken: 'Tresham Nurseries said about 2,100 of its staff were
affected' (its employee data), 'Quarley Travel said 14,000 of its loyalty members had been
affected' (its customers' data). Not people of no kind ('about 4,700 people are affected':
whose data the theft told), a count denied ('none of its customers', 'were not affected'),
people affected by an outage, a count in a story with no theft, nor a year before the
people. Articles invented for these tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

THEFT = (
    "Payroll firm hit by data theft\n\n"
    "Criminals stole employee records from Corrow Payroll Services, which runs payroll for "
    "several chains, after breaking into its file transfer server in March.\n\n"
)


@pytest.mark.parametrize(
    ("told", "name", "service"),
    [
        (
            "Tresham Nurseries said about 2,100 of its staff were affected.",
            "Tresham Nurseries",
            "employee_data",
        ),
        (
            "Pelham Footwear said some 900 current and former employees were among those affected.",
            "Pelham Footwear",
            "employee_data",
        ),
        (
            "Quarley Travel said 14,000 of its loyalty members had been affected.",
            "Quarley Travel",
            "customer_data",
        ),
        (
            "Stowell Dairies said around 650 workers in its pension scheme have been affected.",
            "Stowell Dairies",
            "employee_data",
        ),
        (
            "Hendra Motors said 3,200 of its customers were affected by the breach.",
            "Hendra Motors",
            "customer_data",
        ),
        (
            "Brockwell Pharmacy said around 1,300 of its pension scheme members were affected.",
            "Brockwell Pharmacy",
            "employee_data",
        ),
    ],
)
def test_a_count_told_affected_in_a_theft_story_is_its_data_taken(
    extract: Any, told: str, name: str, service: str
) -> None:
    record = extract(THEFT + told, published="2025-04-14")
    incident = incident_of(record, name)
    assert statuses(incident).get(service) == "compromised", incident["services"]
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    "told",
    [
        "Tresham Nurseries said none of its staff were affected.",
        "Tresham Nurseries said its 2,100 staff were not affected.",
        "Tresham Nurseries said about 2,100 of its customers were affected by the outage.",
        "Tresham Nurseries said that in 2024 customers were affected by a card outage.",
    ],
)
def test_no_count_of_people_whose_data_was_taken(extract: Any, told: str) -> None:
    record = extract(THEFT + told, published="2025-04-14")
    names = [i["organization"]["name"] for i in record["incidents"]]
    if "Tresham Nurseries" not in names:
        return  # no incident of its own is no data of its own taken either
    incident = incident_of(record, "Tresham Nurseries")
    found = statuses(incident)
    assert "compromised" not in (found.get("customer_data"), found.get("employee_data"))


def test_people_of_no_kind_leave_the_theft_its_own_kind(extract: Any) -> None:
    text = (
        "College staff data published\n\n"
        "Kelsworth College said files taken from its human resources system, including names "
        "and salary details of staff, had appeared on a leak site. About 4,700 people are "
        "affected, it said."
    )
    incident = incident_of(extract(text, published="2025-02-03"), "Kelsworth College")
    found = statuses(incident)
    assert found.get("employee_data") == "compromised", incident["services"]
    assert "customer_data" not in found, incident["services"]


def test_a_count_with_no_theft_told_is_no_data(extract: Any) -> None:
    text = (
        "Garden centre tills down\n\n"
        "Card payments failed at Tresham Nurseries on Saturday after an IT fault. The chain "
        "said about 2,100 of its customers were affected and that tills were working again "
        "by Sunday."
    )
    incident = incident_of(extract(text, published="2025-06-02"), "Tresham Nurseries")
    assert incident["data_compromised"] is not True
    assert "customer_data" not in statuses(incident), incident["services"]
