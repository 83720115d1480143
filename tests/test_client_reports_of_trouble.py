"""What a client of an attacked supplier reports of its own trouble ties it as the
supplier's victim, however the trouble is worded:

- lateness: a service 'running up to five days late', 'arriving a day late', 'running
  behind' is disrupted, as 'delayed' is;
- a report that first tells what still works and then, after a contrast, what does not
  ('customers could still order online, but deliveries were delayed') is read on to the
  trouble; a report of only what works ties no one.

Articles invented for these tests; each but the guards fails on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

PUBLISHED = "2025-06-12"
OPENING = (
    "Ransomware attack on Corvane slows retail deliveries\n\n"
    "A ransomware attack on the logistics firm Corvane has slowed deliveries to the "
    "retailers that use its warehouses.\n\n"
)


@pytest.mark.parametrize(
    "report",
    [
        "Fashion retailer Pelham & Rose said home deliveries were running up to five days late.",
        "Fashion retailer Pelham & Rose said its home deliveries were arriving a day late.",
        "Fashion retailer Pelham & Rose said customers could still order online, but that "
        "home deliveries were delayed.",
    ],
)
def test_a_client_reporting_its_own_trouble_is_hit(extract: Any, report: str) -> None:
    client = incident_of(extract(OPENING + report, published=PUBLISHED), "Pelham & Rose")
    assert statuses(client).get("home_delivery") == "disrupted"


@pytest.mark.parametrize(
    "report",
    [
        "Fashion retailer Pelham & Rose said its stores and website were trading as normal.",
        "Fashion retailer Pelham & Rose said customers could still order online, but "
        "declined to comment further.",
    ],
)
def test_a_client_reporting_only_what_works_is_not_hit(extract: Any, report: str) -> None:
    record = extract(OPENING + report, published=PUBLISHED)
    names = [incident["organization"]["name"] for incident in record["incidents"]]
    assert "Pelham & Rose" not in names
