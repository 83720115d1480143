"""A platform's own products and protocols are no organisation (issue 12, products): 'Windows
11', 'Windows Message Queuing', 'Android 14', 'Remote Desktop Protocol' name software, and a
story about them, or an app failing on one of them, has no victim by that name. Every article
here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses
from incident_extract.lexicon import load_rules
from incident_extract.organizations.filters import name_rejection
from incident_extract.organizations.model import Rejection

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    "name",
    [
        "Windows 11",
        "Windows Message Queuing",
        "Windows Server 2022",
        "Android 14",
        "iOS 18",
        "Remote Desktop Protocol",
        "File Transfer Protocol",
    ],
)
def test_a_platforms_product_is_a_term(name: str) -> None:
    assert name_rejection(name, load_rules().victims) is Rejection.TERM


@pytest.mark.parametrize("name", ["Windowmaker Ltd", "Protocol Education", "Android Industries"])
def test_names_that_only_begin_or_end_like_one_are_names(name: str) -> None:
    """Guard: a firm whose name opens on 'Window' or 'Protocol', or that ends on another noun."""
    assert name_rejection(name, load_rules().victims) is None


def test_an_app_failing_on_a_platform_has_one_victim(extract: Extract) -> None:
    record = extract(
        "Outage hits Carrowmore Bank app\n\n"
        "Carrowmore Bank said its app stopped working on Monday for customers using Android 14 "
        "after an update. The bank said iPhone users were not affected and Android 14 users "
        "could use online banking instead.",
        published="2025-06-12",
    )
    assert names(record) == ["Carrowmore Bank"]
    assert statuses(incident_of(record, "Carrowmore Bank"))["mobile_app"] == "disrupted"
