"""Personal data of the people who work, worked or applied to work for a business is employee
data (issue 13, services), whatever their job is called: "job applicants", "firefighters",
"police officers", "porters", "members of its staff pension scheme", named before or after the
data and behind "more than" a number. People who use the business are its customers: the
"salary details of 25,000 people who had applied for a mortgage" are customer data, though
salaries are what employment keeps; "data belonging to employees of its clients" stays the
employees'. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-03-21"


def services(record: dict[str, Any], organisation: str) -> dict[str, str]:
    return statuses(incident_of(record, organisation))


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Criminals copied the CVs and phone numbers of 8,000 job applicants from Trevanion "
            "Hotels' careers website, the hotel group said on Thursday.",
            id="job-applicants",
        ),
        pytest.param(
            "Trevanion Hotels said hackers had stolen the national insurance numbers and bank "
            "details of 2,300 current and retired members of its staff pension scheme.",
            id="pension-members",
        ),
        pytest.param(
            "Trevanion Hotels said the home addresses of more than 900 porters and cleaners were "
            "stolen when hackers broke into its rota system.",
            id="more-than-porters",
        ),
        pytest.param(
            "Trevanion Hotels has told its chefs and porters that hackers may have stolen their "
            "bank details.",
            id="named-before",
        ),
    ],
)
def test_data_of_those_who_work_or_applied_to_work_is_employee_data(
    extract: Extract, told: str
) -> None:
    record = extract("Hackers steal data at Trevanion Hotels\n\n" + told, PUBLISHED)
    found = services(record, "Trevanion Hotels")
    assert found.get("employee_data") == "compromised"
    assert found.get("customer_data") != "compromised"


def test_firefighters_data_is_the_services_staff_data(extract: Extract) -> None:
    record = extract(
        "Hackers copy firefighters' bank details\n\n"
        "Harlingford Fire and Rescue Service said criminals had copied the names and bank "
        "details of 640 firefighters from its payroll system last month.",
        PUBLISHED,
    )
    found = services(record, "Harlingford Fire and Rescue Service")
    assert found.get("employee_data") == "compromised"
    assert found.get("customer_data") != "compromised"


def test_salary_details_of_borrowers_are_customer_data(extract: Extract) -> None:
    record = extract(
        "Hackers steal data at Saltash Lending\n\n"
        "Saltash Lending said hackers stole the names and salary details of 25,000 people who "
        "had applied for a mortgage through its website this year.",
        PUBLISHED,
    )
    found = services(record, "Saltash Lending")
    assert found.get("customer_data") == "compromised"
    assert "employee_data" not in found


def test_data_belonging_to_clients_employees_stays_employee_data(extract: Extract) -> None:
    record = extract(
        "Payroll firm hacked\n\n"
        "Payroll provider Tenscore said personal data belonging to employees of several of its "
        "clients was stolen by hackers last week.",
        PUBLISHED,
    )
    found = services(record, "Tenscore")
    assert found.get("employee_data") == "compromised"
    assert "customer_data" not in found
