"""Data told 'on' or 'about' its owners is theirs, as data 'of' them is, however large their
count: 'stole records on 7 million customers from X' (customers' data), 'information about
current and former employees' (staff data), 'the details of about 2 million customers',
'details of its customers'. Not information on a thing that owns no data ('information on
its website'), nor about the attack, nor details given out ('did not release details of the
12,000 customers affected'). Articles invented for these tests; the guards pass on the code
before, and so do the cases of bare 'data' and 'information', which were read with their
owners already."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses


@pytest.mark.parametrize(
    ("told", "service"),
    [
        ("Hackers stole records on 7 million customers from Fenhurst Insurance.", "customer_data"),
        ("Hackers took data about 40,000 policyholders from Fenhurst Insurance.", "customer_data"),
        (
            "Hackers stole the details of about 2 million customers from Fenhurst Insurance.",
            "customer_data",
        ),
        (
            "Fenhurst Insurance said hackers had copied information about current and former "
            "employees.",
            "employee_data",
        ),
        ("Fenhurst Insurance said hackers had stolen details of its customers.", "customer_data"),
    ],
)
def test_data_on_or_about_its_owners_taken(extract: Any, told: str, service: str) -> None:
    record = extract("Insurer hacked\n\n" + told, published="2025-09-02")
    incident = incident_of(record, "Fenhurst Insurance")
    assert statuses(incident).get(service) == "compromised", incident["services"]


@pytest.mark.parametrize(
    "told",
    [
        "Fenhurst Insurance said hackers broke into its systems and posted information on "
        "its website.",
        "Fenhurst Insurance said hackers broke into its systems; it gave no details about "
        "the attack.",
        "Fenhurst Insurance said a cyber attack had disrupted its website. It did not release "
        "details of the 12,000 customers affected.",
    ],
)
def test_information_on_a_thing_is_no_personal_data(extract: Any, told: str) -> None:
    record = extract("Insurer hacked\n\n" + told, published="2025-09-02")
    incident = incident_of(record, "Fenhurst Insurance")
    found = statuses(incident)
    assert "compromised" not in (found.get("customer_data"), found.get("employee_data"))
