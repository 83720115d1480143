"""A ransomware gang told as the doer of the attack on an organisation makes that attack
ransomware ("was hit by a ransomware gang", "attacked by the X ransomware group", "hit by X,
a ransomware group"); a gang that only claims or lists a victim names the attackers, no kind
of attack. Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of


def types_of(record: dict[str, Any], name: str) -> set[str]:
    return set(incident_of(record, name)["incident_types"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Bakery chain closes tills after cyber attack\n\n"
            "Oxhey Bakeries said on Monday that it was struck by a ransomware crew over the "
            "weekend and that its tills would take cash only until further notice.",
            "Oxhey Bakeries",
            id="the main victim, an unnamed gang",
        ),
        pytest.param(
            "Ferry operator's booking site down after cyber attack\n\n"
            "Calder Ferries said its booking website had been offline since Friday because of a "
            "cyber attack.\n\n"
            "Another operator, Westray Shipping, was attacked by the Marrowjack ransomware group "
            "in March and took two weeks to restore its ticket machines.",
            "Westray Shipping",
            id="a victim recalled in the background",
        ),
        pytest.param(
            "Engineering firm confirms attack\n\n"
            "Thornlea Engineering said its stock ordering system was down after it was hit "
            "by Quellfire, a ransomware group that has targeted manufacturers this year.",
            "Thornlea Engineering",
            id="the gang named before its label",
        ),
    ],
)
def test_a_gang_that_did_the_attack_makes_it_ransomware(extract: Any, text: str, name: str) -> None:
    record = extract(text, published="2025-06-16")
    assert {"ransomware", "cyber_attack"} <= types_of(record, name)


def test_a_gang_that_only_claims_the_victim_names_no_kind(extract: Any) -> None:
    record = extract(
        "Gang claims attack on water company\n\n"
        "Corrin Water said a cyber attack had disrupted its billing system last week. The "
        "Marrowjack ransomware group has since listed Corrin Water on its leak site. The "
        "company has not said whether its files were locked.",
        published="2025-06-16",
    )
    assert "ransomware" not in types_of(record, "Corrin Water")


def test_a_gang_that_only_targeted_the_victim_did_not_encrypt_it(extract: Any) -> None:
    record = extract(
        "Hotel group fends off hackers\n\n"
        "Linmoor Hotels said it had been targeted by a ransomware gang last week, but its "
        "security team shut the attackers out of its network before they could lock any "
        "files. Guests' card details were not affected.",
        published="2025-06-16",
    )
    assert "ransomware" not in types_of(record, "Linmoor Hotels")


def test_the_leak_site_a_gang_runs_is_no_asset_of_a_victim(extract: Any) -> None:
    record = extract(
        "Dental group's patient files leaked\n\n"
        "Penwick Dental said on Monday that patient files taken in a cyber attack last month "
        "had appeared on a leak site run by Grimwald, a ransomware group that has targeted "
        "clinics this year.",
        published="2025-06-16",
    )
    assert [incident["organization"]["name"] for incident in record["incidents"]] == [
        "Penwick Dental"
    ]


def test_a_crew_named_by_its_trade_before_its_name_is_the_attacker(extract: Any) -> None:
    record = extract(
        "Surveyors' client files leaked\n\n"
        "Client files from Dunlow Surveyors have been posted on a leak blog run by the hacking "
        "crew Morvane, after the firm was hacked in May.",
        published="2025-06-16",
    )
    assert [incident["organization"]["name"] for incident in record["incidents"]] == [
        "Dunlow Surveyors"
    ]
