"""A chat inside an app is the contact channel, not the app (issue 13, services): 'in-app chat
support', 'in-app messaging' are customer_service phrases, so the app inside them is no
mobile_app mention. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]


def test_in_app_chat_is_the_contact_channel(extract: Extract) -> None:
    incident = incident_of(
        extract(
            "Tillsworth Payments says hackers viewed customer details\n\n"
            "Tillsworth Payments said on Monday that hackers had viewed the personal details of "
            "3,000 customers. Its in-app chat support was suspended for most of Friday while "
            "the support tool was checked and has since resumed, the company said.",
            "2025-06-04",
        ),
        "Tillsworth Payments",
    )
    found = statuses(incident)
    assert found.get("customer_service") == "restored"
    assert "mobile_app" not in found
