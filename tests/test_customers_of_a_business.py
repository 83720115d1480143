"""The customers of a business name it as the one they deal with, not as a vendor (issue 12,
who): "Customers of X have been told that their names and addresses were stolen" puts X on
the receiving end; "customers of" was read as the software frame, which rejected X whatever
its customers suffered. "Users of X's product" stays that frame. Every article here is
written for these tests; the guard passed on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"


def test_customers_told_their_data_was_stolen_name_the_business(extract: Extract) -> None:
    record = extract(
        "Opticians' customers told details were stolen\n\n"
        "Customers of Hobley Opticians have been told that their names, addresses and dates of "
        "birth were stolen by hackers.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Hobley Opticians"))["customer_data"] == "compromised"


def test_users_of_a_vendor_s_patched_product_name_no_victim(extract: Extract) -> None:
    """Guard: the vendor of a flawed product, named by its users, is no victim."""
    record = extract(
        "Patch urged for file-transfer flaw\n\n"
        "Users of Ferncastle Software's file-transfer product were urged on Tuesday to "
        "install a patch for a critical flaw.",
        published=PUBLISHED,
    )
    assert "Ferncastle Software" not in names(record)
