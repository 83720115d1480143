"""Containment told by what it ended (issue 13, restoration claims): the attack's route shut
is a general (service null) restored claim, as "cut off the attackers' access" already was.

- access ended for the outsider the attackers came through: "cut off the vendor's access to
  its systems", "revoked the contractor's access";
- the attackers shut out, in the passive: "the attackers had been locked out", "the hackers
  were kicked out";
- a compromised thing disabled or removed, or suspicious use stopped: "disabled the
  compromised chat tool", "removed the infected laptops from its network", "blocked the
  suspicious logins".

Not customers' access cut off (a service stopped, no containment), nor a thing shut that
is no attacker's. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import claim_pairs

Extract = Callable[..., dict[str, Any]]

OPENING = (
    "Harlowmere Outfitters data breach\n\n"
    "Hackers broke into the Harlowmere Outfitters website on 3 May and stole customer card "
    "details, the retailer said on Tuesday. "
)

CONTAINED = [
    pytest.param(
        "The company cut off the vendor's access to its systems as soon as it spotted the "
        "activity.",
        id="vendor-access-cut-off",
    ),
    pytest.param(
        "It said it had revoked the contractor's access the same day.", id="contractor-revoked"
    ),
    pytest.param("It said the attackers had been locked out.", id="attackers-locked-out-passive"),
    pytest.param("The hackers were kicked out on 5 May, it added.", id="hackers-kicked-out"),
    pytest.param(
        "It said it disabled the compromised chat tool on all its websites.",
        id="compromised-tool-disabled",
    ),
    pytest.param(
        "Engineers removed the infected laptops from its network, the company said.",
        id="infected-laptops-removed",
    ),
    pytest.param(
        "It said it blocked the suspicious logins on 4 May.", id="suspicious-logins-blocked"
    ),
]


@pytest.mark.parametrize("told", CONTAINED)
def test_the_attacks_route_shut_is_a_general_return(extract: Extract, told: str) -> None:
    incident = extract(OPENING + told, "2025-05-21")["incidents"][0]
    assert (None, "restored") in claim_pairs(incident)


NOT_CONTAINED = [
    pytest.param(
        "The bank cut off customers' access to online banking while it investigated.",
        id="customers-access-cut-off",
    ),
    pytest.param("Staff were locked out of the email system for two days.", id="staff-locked-out"),
]


@pytest.mark.parametrize("told", NOT_CONTAINED)
def test_no_containment_without_the_attackers_route(extract: Extract, told: str) -> None:
    """Guards: a service's users shut out is no containment."""
    incident = extract(OPENING + told, "2025-05-21")["incidents"][0]
    assert (None, "restored") not in claim_pairs(incident)
