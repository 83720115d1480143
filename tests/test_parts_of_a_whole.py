"""A part back is not the whole back (issue 13, statuses): an organisation that took its
computer systems or its network down and then tells one part of them back ('staff email is
working again', 'its electronic patient record system is back') has its internal systems
partly back; the rest of the whole is not said back. A part told down and then back is a
whole return, and so is the whole told back after its parts. The claim keeps what it says of
its own part. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PART_BACK_AFTER_THE_WHOLE = [
    pytest.param(
        "Hatherop District Council",
        "Hatherop District Council hit by ransomware\n\n"
        "Hatherop District Council shut down its computer systems after a ransomware attack "
        "on 3 March, the council said.\n\n"
        "Residents were asked to phone the council instead of emailing. Staff email is "
        "working again, the council said on Tuesday.",
        id="council-email-after-computer-systems",
    ),
    pytest.param(
        "Allonby Health",
        "Allonby Health recovering from cyber attack\n\n"
        "Allonby Health said a cyber attack had forced it to take its IT systems offline "
        "last week.\n\n"
        "Its electronic patient record system is back, the company said on Friday.",
        id="clinic-record-system-after-it-systems",
    ),
    pytest.param(
        "Slaidburn Freight",
        "Slaidburn Freight restores payroll after attack\n\n"
        "Slaidburn Freight disconnected its network on 2 May after finding hackers inside it.\n\n"
        "The firm restored its payroll system on Monday, a spokesperson said.",
        id="haulier-payroll-after-network",
    ),
]


@pytest.mark.parametrize(("victim", "text"), PART_BACK_AFTER_THE_WHOLE)
def test_a_part_back_after_the_whole_went_down_is_partial(
    extract: Extract, victim: str, text: str
) -> None:
    incident = incident_of(extract(text, "2025-05-16"), victim)
    assert statuses(incident).get("internal_systems") == "partially_restored"


def test_the_claim_keeps_what_it_says_of_its_part(extract: Extract) -> None:
    """Guard (passes on the code before the rule): the state is partial, the claim is not."""
    text = PART_BACK_AFTER_THE_WHOLE[0].values[1]
    incident = incident_of(extract(text, "2025-05-16"), "Hatherop District Council")
    claims = {(c["service"], c["status"]) for c in incident["restoration_claims"]}
    assert ("internal_systems", "restored") in claims


def test_a_part_told_down_and_back_is_a_whole_return(extract: Extract) -> None:
    """Guard (passes on the code before the rule): the part that went down is the part
    that came back."""
    text = (
        "Kestrel Water email outage over\n\n"
        "Kestrel Water said its email system went down on Monday after a cyber attack.\n\n"
        "Email is working again, the company said on Wednesday."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Kestrel Water")
    assert statuses(incident).get("internal_systems") == "restored"


def test_the_whole_back_after_a_part_is_a_whole_return(extract: Extract) -> None:
    """Guard (passes on the code before the rule): the whole told back last."""
    text = (
        "Ferris Logistics back online\n\n"
        "Ferris Logistics took its network offline after a ransomware attack on Saturday.\n\n"
        "Email returned on Monday, and by Thursday all of its systems were back online, the "
        "company said."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Ferris Logistics")
    assert statuses(incident).get("internal_systems") == "restored"


def test_a_part_back_beside_its_whole_is_a_whole_return(extract: Extract) -> None:
    """The part and the whole told back in one clause, the part first."""
    text = (
        "Wyvern Foods systems back after attack\n\n"
        "Hackers shut down the computer systems of Wyvern Foods on Monday. Email and the "
        "computer systems were back on Wednesday."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Wyvern Foods")
    assert statuses(incident).get("internal_systems") == "restored"


NETWORKS_OF_ANOTHER_KIND = [
    pytest.param(
        "Ormsby Rail",
        "Ormsby Rail trains halted\n\n"
        "An IT outage halted trains across the Ormsby Rail network on Monday. Its back office "
        "systems were working again on Tuesday.",
        id="rail-network",
    ),
    pytest.param(
        "Wyvern Foods",
        "Wyvern Foods shuts stores\n\n"
        "Wyvern Foods shut stores across its network on Monday after a cyber attack "
        "disrupted its email. Email was working again on Tuesday.",
        id="stores-across-its-network",
    ),
]


@pytest.mark.parametrize(("victim", "text"), NETWORKS_OF_ANOTHER_KIND)
def test_a_network_of_trains_or_shops_is_no_whole_of_the_systems(
    extract: Extract, victim: str, text: str
) -> None:
    incident = incident_of(extract(text, "2025-05-16"), victim)
    assert statuses(incident).get("internal_systems") == "restored"
