"""Customers spared a breach (issue 13, data statuses): when a story tells that the people a
business serves were not affected by, caught up in or involved in a breach, a leak or a theft,
their data is unaffected, as "customer data was not affected" is; so are their data told with
an owner's possessive and any kind ("members' booking records", "passengers' travel details").
Customers "not affected by the attack" may speak of shops or deliveries and tell nothing of
data, and a possessive owned by the business's staff ("clients' employee records") is no
customer data. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Payroll files stolen at Lanyon Leisure\n\n"
    "Hackers stole the bank details of 1,400 employees of gym chain Lanyon Leisure, the company "
    "said on Wednesday. "
)
PUBLISHED = "2025-09-11"


def services(record: dict[str, Any]) -> dict[str, str]:
    return statuses(incident_of(record, "Lanyon Leisure"))


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("It said gym members were not caught up in the breach.", id="caught-up"),
        pytest.param(
            "Members had not been affected by the breach, a spokeswoman said.",
            id="affected-by",
        ),
        pytest.param(
            "The chain said members' booking records were kept on another system and were not "
            "accessed.",
            id="possessive-kind",
        ),
    ],
)
def test_customers_spared_a_breach_have_their_data_unaffected(extract: Extract, told: str) -> None:
    found = services(extract(OPENING + told, PUBLISHED))
    assert found.get("employee_data") == "compromised"
    assert found.get("customer_data") == "unaffected"


def test_customers_spared_an_attack_say_nothing_of_data(extract: Extract) -> None:
    record = extract(
        "Ransomware hits Lanyon Leisure\n\n"
        "Lanyon Leisure said a ransomware attack had shut its head office systems on Monday. "
        "Members were not affected by the attack, and every gym opened as normal.",
        PUBLISHED,
    )
    assert "customer_data" not in services(record)


def test_clients_employee_records_are_not_customer_data(extract: Extract) -> None:
    record = extract(
        "Payroll firm hacked\n\n"
        "Lanyon Leisure, which runs payroll for other gym chains, said hackers took some "
        "clients' employee records last week.",
        PUBLISHED,
    )
    found = services(record)
    assert found.get("employee_data") == "compromised"
    assert "customer_data" not in found
