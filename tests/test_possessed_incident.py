"""An organisation named as the possessor of an incident is hit by it (issue 12, who): "X's
cyber attack", "X's outage", "X's IT meltdown", "X's botched migration to a new platform" tell
what happened to X, as "the X data breach" does, however far in the past the article recalls
it. Not the possessor's own act ("the team's attack", "the gang's raids"), a fault in what it
ships to others ("the vendor's faulty update", its devset convention), nor a phrase the
incident word only modifies ("X's bug bounty programme"). Every article here is written for
these tests; the guards passed on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names

Extract = Callable[..., dict[str, Any]]

LEDE = (
    "Ransomware shuts Wrensford Home's online shop\n\n"
    "Wrensford Home said on Tuesday that a ransomware attack had forced it to shut its online "
    "shop. "
)
PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    ("recalled", "kind"),
    [
        pytest.param(
            "Thornsett Bank's cyber attack in 2023 took its app offline for a week.",
            "cyber_attack",
            id="cyber-attack",
        ),
        pytest.param(
            "Last year Thornsett Bank's outage left customers unable to log in for two days.",
            "technical_outage",
            id="outage",
        ),
        pytest.param(
            "Thornsett Bank's IT meltdown in 2022 cost it £40m in compensation.",
            "technical_outage",
            id="meltdown",
        ),
        pytest.param(
            "Thornsett Bank's botched migration to a new banking platform in 2019 caused "
            "weeks of problems for its customers.",
            "technical_outage",
            id="botched-migration",
        ),
    ],
)
def test_the_possessor_of_an_incident_recalled_is_related(
    extract: Extract, recalled: str, kind: str
) -> None:
    record = extract(LEDE + recalled, published=PUBLISHED)
    assert record["incidents"][0]["organization"]["name"] == "Wrensford Home"
    recalled_incident = incident_of(record, "Thornsett Bank")
    assert recalled_incident["role"] == "related"
    assert kind in recalled_incident["incident_types"]


def test_the_possessor_of_the_story_s_outage_is_its_victim(extract: Extract) -> None:
    record = extract(
        "Quarry Lane Building Society's outage enters second day\n\n"
        "Quarry Lane Building Society's outage has left savers unable to use its app since "
        "Monday, the mutual said.",
        published="2025-06-10",
    )
    incident = incident_of(record, "Quarry Lane Building Society")
    assert incident["role"] == "primary"
    assert "technical_outage" in incident["incident_types"]


@pytest.mark.parametrize(
    ("told", "bystander"),
    [
        pytest.param(
            "Mardle Rovers' attack had been toothless for a month before Saturday's win.",
            "Mardle Rovers",
            id="a-team-s-attack",
        ),
        pytest.param(
            "Quorwen Security' faulty update crashed thousands of computers last July.",
            "Quorwen Security",
            id="a-vendor-s-faulty-update",
        ),
        pytest.param(
            "The flaw was reported through Lathkill Cloud's bug bounty programme.",
            "Lathkill Cloud",
            id="a-bug-bounty-programme",
        ),
    ],
)
def test_the_possessor_s_own_act_or_product_is_no_incident(
    extract: Extract, told: str, bystander: str
) -> None:
    """Guards."""
    record = extract(LEDE + told, published=PUBLISHED)
    assert bystander not in names(record)
