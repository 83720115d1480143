"""A leak site is the attackers' website, not a leak (issue 13, data and types): 'named it on
a data leak website', 'posted its name on an extortion leak blog' tell that a gang claims the
victim, not that data was taken from it, so they give no data_breach and leave
data_compromised unsaid (the case sets' threat report that drew its figures 'from leak sites'
had become an incident by the same reading). Data leaked ('had leaked customer data online')
is still taken. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param(
            "Pendlebrook Freight",
            "Haulier confirms cyber incident\n\n"
            "Pendlebrook Freight said on Monday it was dealing with a cyber incident after a "
            "criminal gang named it on a data leak website.",
            id="haulier-data-leak-website",
        ),
        pytest.param(
            "Brisgate College",
            "College confirms cyber incident\n\n"
            "Brisgate College said on Thursday it was investigating a cyber attack after a "
            "criminal gang posted its name on its data leak blog.",
            id="college-data-leak-blog",
        ),
    ],
)
def test_a_listing_on_a_leak_site_tells_no_theft(extract: Extract, name: str, text: str) -> None:
    incident = incident_of(extract(text, "2025-06-04"), name)
    assert "cyber_attack" in incident["incident_types"]
    assert "data_breach" not in incident["incident_types"]
    assert incident["data_compromised"] is None


def test_data_leaked_online_is_still_taken(extract: Extract) -> None:
    """Guard (passes on the code before): 'leaked' as a verb of the data is a theft."""
    text = (
        "Retailer says data leaked\n\n"
        "Tanbury Home said on Friday that hackers had leaked customer data online after a cyber "
        "attack on its website."
    )
    incident = incident_of(extract(text, "2025-06-04"), "Tanbury Home")
    assert statuses(incident).get("customer_data") == "compromised"
    assert "data_breach" in incident["incident_types"]


@pytest.mark.parametrize(
    ("text", "name", "service"),
    [
        pytest.param(
            "Builders' merchant staff data leaked\n\n"
            "A ransomware gang has published the payroll records of 1,200 employees of builders' "
            "merchant Corrigan & Pryce on its leak site, the company said on Monday.",
            "Corrigan & Pryce",
            "employee_data",
            id="published-on-its-leak-site",
        ),
        pytest.param(
            "Retailer data leaked\n\n"
            "Tanbury Home said a gang had posted the names and addresses of 4,000 of its "
            "customers on its leak site on Friday.",
            "Tanbury Home",
            "customer_data",
            id="posted-on-its-leak-site",
        ),
    ],
)
def test_data_published_on_a_leak_site_is_taken(
    extract: Extract, text: str, name: str, service: str
) -> None:
    """A review's counter-examples: data put on the site is data taken; the site's name hides
    only a bare mention of the leak."""
    incident = incident_of(extract(text, "2025-06-04"), name)
    assert statuses(incident).get(service) == "compromised"
    assert "data_breach" in incident["incident_types"]
